/**
 * The site as a graph: rendered documents with their order, tags and (later) resolved links and
 * backlinks. Everything page planning needs to know about how documents relate.
 */
package org.essaykit.graph;
