package org.essaykit.markdown;

import org.essaykit.highlight.Languages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A fenced block's info string, Hugo's way: {@code python {linenos=true, hl_lines="2-4 7", linenostart=10}}.
 * The language is the first word; options sit in braces, separated by commas or spaces.
 *
 * @param language    as written (empty for none)
 * @param lineNumbers whether lines are numbered
 * @param firstLine   the number of the first line
 * @param highlighted the numbers of the lines to mark, counted from 1 whatever {@code linenostart} says
 * @param problems    what is wrong with it, in order
 */
record CodeBlockInfo(String language, boolean lineNumbers, int firstLine, Set<Integer> highlighted,
                     List<Problem> problems) {

    /**
     * @param offset where in the info string the problem is
     * @param error  an error (the build fails) rather than a warning (the block renders plain)
     */
    record Problem(int offset, boolean error, String message, String hint) {
    }

    private static final List<String> OPTIONS = List.of("linenos", "hl_lines", "linenostart");

    CodeBlockInfo {
        highlighted = Collections.unmodifiableSet(new TreeSet<>(highlighted));
        problems = List.copyOf(problems);
    }

    static CodeBlockInfo parse(String info) {
        String text = info == null ? "" : info;
        int brace = text.indexOf('{');
        String language = (brace < 0 ? text : text.substring(0, brace)).strip();
        int space = language.indexOf(' ');
        language = space < 0 ? language : language.substring(0, space);
        List<Problem> problems = new ArrayList<>();
        if (!Languages.isPlain(language) && Languages.find(language).isEmpty()) {
            List<String> close = Languages.closeTo(language);
            problems.add(new Problem(text.indexOf(language), false, "no highlighting for the language `" + language + "`: the block is shown plain",
                    (close.isEmpty() ? "" : "did you mean " + String.join(", ", close) + "? ")
                            + "write ```text for plain text on purpose; README \"Code\" lists the languages"));
        }
        boolean lineNumbers = false;
        int firstLine = 1;
        Set<Integer> highlighted = new TreeSet<>();
        if (brace >= 0) {
            int close = text.lastIndexOf('}');
            if (close < brace) {
                problems.add(new Problem(brace, true, "the options of a code block are not closed with `}`",
                        "write ```python {linenos=true, hl_lines=\"2-4\"}"));
                close = text.length();
            }
            for (Option option : options(text, brace + 1, close)) {
                switch (option.key()) {
                    case "linenos" -> {
                        lineNumbers = !option.value().equals("false");
                        if (!List.of("true", "false", "table", "inline").contains(option.value())) {
                            problems.add(option.problem("linenos is `true` or `false`, not `" + option.value() + "`", "write linenos=true"));
                        }
                    }
                    case "linenostart" -> {
                        try {
                            firstLine = Integer.parseInt(option.value());
                            lineNumbers = true;
                        } catch (NumberFormatException e) {
                            problems.add(option.problem("linenostart `" + option.value() + "` is not a whole number", "write linenostart=10"));
                        }
                    }
                    case "hl_lines" -> {
                        String wrong = lineSet(option.value(), highlighted);
                        if (wrong != null) {
                            problems.add(option.problem("hl_lines: `" + wrong + "` is not a line number or a range of them",
                                    "write hl_lines=\"2-4 7\": line numbers counted from 1, ranges with -"));
                        }
                    }
                    default -> problems.add(new Problem(option.offset(), false, "code blocks have no option `" + option.key() + "`",
                            org.essaykit.diag.Suggestions.closest(option.key(), OPTIONS).map(s -> "did you mean " + s + "? ").orElse("")
                                    + "the options are " + String.join(", ", OPTIONS)));
                }
            }
        }
        return new CodeBlockInfo(language, lineNumbers, firstLine, highlighted, problems);
    }

    private record Option(int offset, String key, String value) {
        Problem problem(String message, String hint) {
            return new Problem(offset, true, message, hint);
        }
    }

    /** {@code key=value} pairs between {@code from} and {@code to}; a value may be quoted to hold spaces or commas. */
    private static List<Option> options(String text, int from, int to) {
        List<Option> options = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == ' ' || c == ',' || c == '\t') {
                i++;
                continue;
            }
            int start = i;
            while (i < to && text.charAt(i) != '=' && text.charAt(i) != ' ' && text.charAt(i) != ',') {
                i++;
            }
            String key = text.substring(start, i);
            String value = "true";
            if (i < to && text.charAt(i) == '=') {
                i++;
                if (i < to && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
                    int end = text.indexOf(text.charAt(i), i + 1);
                    end = end < 0 || end > to ? to : end;
                    value = text.substring(i + 1, end);
                    i = end + 1;
                } else {
                    int valueStart = i;
                    while (i < to && text.charAt(i) != ' ' && text.charAt(i) != ',') {
                        i++;
                    }
                    value = text.substring(valueStart, i);
                }
            }
            options.add(new Option(start, key, value));
        }
        return options;
    }

    /** Adds the lines of {@code "2-4 7"} (or {@code "2-4,7"}, {@code [2, 4]}); returns the part that is wrong, or null. */
    private static String lineSet(String value, Set<Integer> lines) {
        for (String part : value.replace('[', ' ').replace(']', ' ').replace('"', ' ').split("[\\s,]+")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] ends = part.split("-", -1);
            try {
                int first = Integer.parseInt(ends[0]);
                int last = ends.length == 2 ? Integer.parseInt(ends[1]) : first;
                if (ends.length > 2 || first < 1 || last < first || last - first > 100_000) {
                    return part;
                }
                for (int line = first; line <= last; line++) {
                    lines.add(line);
                }
            } catch (NumberFormatException e) {
                return part;
            }
        }
        return null;
    }
}
