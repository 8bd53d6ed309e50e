package org.essaykit.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import org.essaykit.markdown.CompactText;

/**
 * A rendered body as templates print it: trusted HTML, kept as UTF-8 and decoded only while a page is written,
 * so that the views of every page, made before any is rendered, do not hold a second copy of every body.
 */
final class StoredHtml extends SafeString {

    private final CompactText html;

    StoredHtml(CompactText html) {
        super("");
        this.html = html;
    }

    @Override
    public String toString() {
        return html.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredHtml stored && stored.html.equals(html);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }
}
