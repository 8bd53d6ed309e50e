package org.essaykit.comments;

import org.essaykit.content.SiteConfig;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** How replies to one comment (and the top-level comments) are ordered: {@code comments_order} in site.yaml. */
public enum CommentOrder {
    /** As written in the thread file. */
    WRITTEN,
    /** Highest score first; unscored last; ties as written. */
    SCORE,
    /** Oldest first; undated last; ties as written. */
    DATE;

    public static final String KEY = "comments_order";

    public static Optional<CommentOrder> parse(String text) {
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The site's order; an unknown value (reported by the comments stage) falls back to WRITTEN. */
    public static CommentOrder of(SiteConfig config) {
        Object value = config.params().get(KEY);
        return value == null ? WRITTEN : parse(value.toString()).orElse(WRITTEN);
    }

    /** A stable sort with this comparator keeps written order for ties. */
    Comparator<RenderedComment> comparator() {
        return switch (this) {
            case WRITTEN -> (a, b) -> 0;
            case SCORE -> Comparator.comparing((RenderedComment c) -> c.comment().score(),
                    Comparator.nullsLast(Comparator.<Long>reverseOrder()));
            case DATE -> Comparator.comparing((RenderedComment c) -> c.comment().date(),
                    Comparator.nullsLast(OffsetDateTime.timeLineOrder()));
        };
    }
}
