/**
 * Citations (issue 15.1), first pieces: Pandoc citation syntax, BibTeX keys with errors at their line, and the
 * unknown-key error. Depends only on diag; not yet wired into Markdown or the pipeline.
 */
package org.essaykit.cite;
