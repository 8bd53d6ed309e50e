package org.essaykit.render;

/** Escaping for the few pieces of HTML and SVG we write without a template. */
final class Html {

    private Html() {
    }

    /** Safe in text and in double-quoted attribute values. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
