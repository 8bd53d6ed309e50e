/**
 * Reads a site folder into immutable records: site config, posts and pages with their front matter,
 * and static files. Jekyll compatibility (the {@code _posts} layout, its dates and permalinks) lives here.
 */
package org.essaykit.content;
