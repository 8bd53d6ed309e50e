package org.essaykit.cite;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.format.HtmlFormat;

import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.FS_ITALIC;
import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.FW_BOLD;

/**
 * citeproc-java's HTML with elements instead of inline styles (a site's Content-Security-Policy may forbid
 * {@code style} attributes, and a feed reader strips them), and each bibliography entry carrying the anchor
 * its citations link to.
 */
final class EntryHtml extends HtmlFormat {

    /** The prefix of an entry's id: {@code ref-KEY}, as Pandoc writes it. */
    static final String ID_PREFIX = "ref-";

    @Override
    protected String doFormatBibliographyEntry(TokenBuffer buffer, RenderContext ctx, int index) {
        String entry = super.doFormatBibliographyEntry(buffer, ctx, index).strip();
        String open = "<div class=\"csl-entry\">";
        return "<div class=\"csl-entry\" id=\"" + ID_PREFIX + attribute(ctx.getItemData().getId()) + "\">"
                + entry.substring(open.length()) + "\n";
    }

    /** Only what HTML needs escaped: letters stay letters ({@code ü}, not {@code &uuml;}). */
    @Override
    protected String escape(String str) {
        return str == null ? null : attribute(str);
    }

    @Override
    protected String openFontStyle(int fontStyle) {
        return fontStyle == FS_ITALIC ? "<i>" : "<span class=\"csl-oblique\">";
    }

    @Override
    protected String closeFontStyle(int fontStyle) {
        return fontStyle == FS_ITALIC ? "</i>" : "</span>";
    }

    @Override
    protected String openFontVariant(int fontVariant) {
        return "<span class=\"csl-small-caps\">";
    }

    @Override
    protected String openFontWeight(int fontWeight) {
        return fontWeight == FW_BOLD ? "<b>" : "<span class=\"csl-light\">";
    }

    @Override
    protected String closeFontWeight(int fontWeight) {
        return fontWeight == FW_BOLD ? "</b>" : "</span>";
    }

    @Override
    protected String openTextDecoration(int textDecoration) {
        return "<u>";
    }

    @Override
    protected String closeTextDecoration(int textDecoration) {
        return "</u>";
    }

    /** A key as an attribute value: keys may hold {@code & < > "} in BibTeX. */
    static String attribute(String key) {
        return key.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
