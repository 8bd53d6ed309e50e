/**
 * From graph to pages: plans which URL gets which template and model, renders them with Pebble
 * (autoescape and strict variables on), and writes the feed, sitemap and other generated files.
 */
package org.essaykit.render;
