/** Writes the finished site: every file into a fresh folder that replaces {@code site/} only when all is well. */
package org.essaykit.output;
