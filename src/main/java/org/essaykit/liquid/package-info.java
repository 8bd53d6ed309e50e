/**
 * Liquid in posts and pages, rendered before their Markdown as Jekyll does: Liqp (Jekyll's flavour) with the tags
 * and filters Jekyll adds, {@code site.*} from the config and {@code _data/}, {@code page.*} from the document,
 * includes from {@code _includes/}. Errors are reported at the body's file:line:col.
 */
package org.essaykit.liquid;
