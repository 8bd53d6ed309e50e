package org.essaykit.markdown;

import org.commonmark.node.CustomBlock;

import java.util.Locale;

/** A highlighted block (GitHub's alerts): note, tip, important, warning or caution. */
final class Callout extends CustomBlock {

    enum Type {
        NOTE, TIP, IMPORTANT, WARNING, CAUTION;

        String title() {
            String lower = name().toLowerCase(Locale.ROOT);
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }

        String cssName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Type type;

    Callout(Type type) {
        this.type = type;
    }

    Type type() {
        return type;
    }
}
