/** Creates new things for authors: a post with its front matter, a whole starter site. */
package org.essaykit.scaffold;
