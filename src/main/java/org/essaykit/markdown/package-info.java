/**
 * Markdown to HTML with CommonMark Java, configured once and shared by all threads. Our dialect
 * (heading ids, callouts, dropped HTML comments) plugs in through CommonMark's own extension points;
 * rendering returns the HTML together with the table of contents and every link found.
 */
package org.essaykit.markdown;
