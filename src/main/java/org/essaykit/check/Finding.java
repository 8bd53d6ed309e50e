package org.essaykit.check;

import org.essaykit.diag.SourcePos;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem the checker found.
 *
 * @param rule     a stable id for reports and SARIF ({@code broken-link}, {@code missing-fragment}, ...)
 * @param url      the URL as written in the page ("" for problems that are not about a URL)
 * @param output   where in the built site: the path is relative to the site folder
 * @param source   the Markdown position that produced the link, when known
 * @param template the template that produced the link when it did not come from Markdown, else ""
 * @param hint     how to fix it; "" when there is nothing useful to add
 */
public record Finding(Level level, String rule, String message, String url, SourcePos output,
                      Optional<SourcePos> source, String template, String hint) implements Comparable<Finding> {

    /** The SARIF levels: only errors fail a run. */
    public enum Level {
        ERROR, WARNING, NOTE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::primary)
            .thenComparing(Finding::output)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(level);
        Objects.requireNonNull(rule);
        Objects.requireNonNull(message);
        Objects.requireNonNull(output);
        url = url == null ? "" : url;
        source = source == null ? Optional.empty() : source;
        template = template == null ? "" : template;
        hint = hint == null ? "" : hint;
    }

    /** Where a reader should go to fix it: the Markdown when known, else the output file. */
    public SourcePos primary() {
        return source.orElse(output);
    }

    Finding attributed(Optional<SourcePos> markdown, String producedBy) {
        return new Finding(level, rule, message, url, output, markdown, producedBy, hint);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
