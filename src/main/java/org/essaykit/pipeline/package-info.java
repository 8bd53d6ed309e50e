/** The build pipeline: the one place where the order of the stages lives. */
package org.essaykit.pipeline;
