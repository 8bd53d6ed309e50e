package org.essaykit.liquid;

import org.essaykit.content.Document;
import org.essaykit.diag.Diagnostic;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Liqp's errors as ours: at the body's file:line:col, in words, with a hint. */
final class LiquidErrors {

    /** Liqp's messages end in "on line L, index I" (I counted from 0). */
    private static final Pattern WHERE = Pattern.compile("line (\\d+), index (\\d+)");
    private static final Pattern UNKNOWN_TAG = Pattern.compile("Invalid Tag: '([^']*)'");
    private static final Pattern UNKNOWN_FILTER = Pattern.compile("no filter available named: \\|?(\\S+)");

    private LiquidErrors() {
    }

    static Diagnostic diagnostic(RuntimeException e, Document document) {
        String text = messages(e);
        Matcher where = WHERE.matcher(text);
        int line = 1;
        int column = 1;
        if (where.find()) {
            line = Integer.parseInt(where.group(1));
            column = Integer.parseInt(where.group(2)) + 1;
        }
        Matcher tag = UNKNOWN_TAG.matcher(text);
        Matcher filter = UNKNOWN_FILTER.matcher(text);
        String message;
        String hint;
        Throwable missing = cause(e, java.nio.file.NoSuchFileException.class);
        if (missing != null) {
            String file = java.nio.file.Path.of(missing.getMessage()).getFileName().toString();
            message = "no include `" + file + "` in _includes/";
            hint = "add _includes/" + file + ", or fix the name in `{% include ... %}`";
        } else if (tag.find()) {
            message = "unknown Liquid tag `" + tag.group(1) + "`";
            hint = "the tags are Liquid's and Jekyll's (" + String.join(", ", JekyllTags.NAMES) + "); "
                    + "write `{% raw %}...{% endraw %}` around text that should stay as it is";
        } else if (filter.find()) {
            message = "unknown Liquid filter `" + filter.group(1) + "`";
            hint = "the filters are Liquid's and Jekyll's: " + String.join(", ", JekyllFilters.NAMES) + ", ...";
        } else {
            message = "Liquid: " + firstLine(text);
            hint = "write `{% raw %}...{% endraw %}` around text that should stay as it is, or fix the tag";
        }
        return Diagnostic.error(document.bodyPosition(line, column), message, hint);
    }

    private static Throwable cause(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    /** The message of an exception and its causes, where Liqp puts the position in one of them. */
    private static String messages(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 2000; t = t.getCause()) {
            text.append(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage()).append('\n');
        }
        return text.toString();
    }

    private static String firstLine(String text) {
        String line = text.strip();
        int end = line.indexOf('\n');
        return end < 0 ? line : line.substring(0, end);
    }
}
