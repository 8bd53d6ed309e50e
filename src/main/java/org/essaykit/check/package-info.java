/**
 * The link checker: an offline pass over a built site that resolves every URL exactly as a browser and
 * GitHub Pages would (base path, index files, fragments), an opt-in external pass over HTTP, and reports
 * in text, JSON, JUnit XML and SARIF.
 */
package org.essaykit.check;
