/**
 * Citations (issue 15.1): Pandoc citation syntax, bibliographies (BibTeX through JBibTeX, CSL JSON) with errors at
 * their line, CSL styles (bundled or the site's), and formatting through citeproc-java. Depends only on diag and
 * the CSL processor; the Markdown dialect and the comment renderer call it.
 */
package org.essaykit.cite;
