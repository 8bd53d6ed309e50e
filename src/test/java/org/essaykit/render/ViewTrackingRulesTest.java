package org.essaykit.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import org.essaykit.content.LoadOptions;
import org.essaykit.diag.Diagnostics;
import org.essaykit.pipeline.BuildRequest;
import org.essaykit.pipeline.Pipeline;
import org.essaykit.pipeline.StageTimer;
import org.essaykit.live.ViewKeys;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code serve}'s page cache relies on to skip a page: a template sees nothing but its page's model and the
 * site view, and every value in them is compared in a way that cannot miss a change. A keyed view is read through
 * its record components (so each read is tracked); any other value is compared by {@code equals}, which must
 * then cover everything a template can show of it: records of such values, strings, numbers, lists and maps.
 * A view type of another kind (a class with identity equality, a lazily computed field, an array) would make
 * pages wrong or rendered for nothing: this test names it, on our own site, which uses every view type.
 */
class ViewTrackingRulesTest {

    @Test
    void everyValueAPageModelHoldsIsTrackedOrComparedByValue() {
        Diagnostics diagnostics = new Diagnostics();
        Pipeline.Assembled site = Pipeline.assemble(new BuildRequest(Path.of("."), Path.of("target/unused-site"),
                LoadOptions.published(TestSite.NOW)), diagnostics, new StageTimer());
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted()::toString);
        Set<String> untracked = new TreeSet<>();
        Set<String> keyed = new TreeSet<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PlannedPage page : site.pages()) {
            page.model().forEach((name, value) -> check(value, page.url() + " " + name, untracked, keyed, seen));
        }
        assertEquals(Set.of(), untracked, "values the page cache cannot compare");
        assertTrue(keyed.containsAll(List.of("PostView", "TagView", "YearGroup")), keyed::toString);
    }

    /**
     * Pebble's own functions, filters and tests are functions of their arguments; ours ({@code url}, {@code absUrl})
     * read the site config too, whose change starts a new live session. A template calling anything else (a new
     * function that reads the site, say) fails here until its inputs are tracked and it is added.
     */
    private static final Set<String> PURE = Set.of(
            "url", "absUrl", "range", "max", "min", "parent", "block",
            "abbreviate", "abs", "capitalize", "date", "default", "escape", "first", "join", "last", "length",
            "lower", "numberformat", "raw", "replace", "reverse", "rsort", "slice", "sort", "split", "title", "trim",
            "upper", "urlencode", "merge", "defined", "empty", "even", "odd", "iterable", "map", "null");

    private static final Pattern TAG = Pattern.compile("\\{[{%](.*?)[}%]\\}", Pattern.DOTALL);
    private static final Pattern CALL = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)\\s*\\(");
    private static final Pattern FILTER = Pattern.compile("\\|\\s*([A-Za-z_]\\w*)");
    private static final Pattern TEST = Pattern.compile("\\bis\\s+(?:not\\s+)?([A-Za-z_]\\w*)");
    private static final Pattern MACRO = Pattern.compile("macro\\s+([A-Za-z_]\\w*)");
    private static final Set<String> WORDS = Set.of("if", "elseif", "for", "in", "and", "or", "not", "is", "set",
            "macro", "include", "extends", "import", "with");

    @Test
    void templatesCallOnlyFunctionsOfTheirArgumentsAndTheConfig() throws IOException {
        List<Path> folders = List.of(Path.of("templates")); // ours, which the jar also carries as the built-in theme
        Set<String> called = new TreeSet<>();
        Set<String> macros = new TreeSet<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                    Matcher tag = TAG.matcher(Files.readString(file));
                    while (tag.find()) {
                        String code = tag.group(1).replaceAll("\"[^\"]*\"|'[^']*'", "\"\"");
                        for (Pattern pattern : List.of(CALL, FILTER, TEST)) {
                            Matcher m = pattern.matcher(code);
                            while (m.find()) {
                                called.add(m.group(1));
                            }
                        }
                        Matcher macro = MACRO.matcher(code);
                        while (macro.find()) {
                            macros.add(macro.group(1));
                        }
                    }
                }
            }
        }
        called.removeAll(WORDS);
        called.removeAll(macros);
        assertTrue(called.contains("url") && called.contains("length"), called::toString);
        called.removeAll(PURE);
        assertEquals(Set.of(), called, "called by a template, and not known to read only its arguments and the config");
    }

    private static void check(Object value, String where, Set<String> untracked, Set<String> keyed, Set<Object> seen) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof SafeString || !seen.add(value)) {
            // (Pebble's SafeString, and our StoredHtml, compare by their HTML)
            return;
        }
        if (value instanceof List<?> list) {
            list.forEach(item -> check(item, where + "[]", untracked, keyed, seen));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> check(item, where + "." + key, untracked, keyed, seen));
        } else if (value.getClass().isRecord()) {
            if (ViewKeys.of(value) != null) {
                keyed.add(value.getClass().getSimpleName());
            }
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                if (component.getType().isArray()) {
                    untracked.add(value.getClass().getName() + "." + component.getName() + " is an array ("
                            + where + ")");
                    continue;
                }
                try {
                    component.getAccessor().setAccessible(true);
                    check(component.getAccessor().invoke(value), where + "." + component.getName(), untracked, keyed,
                            seen);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        } else {
            untracked.add(value.getClass().getName() + " (" + where + ")");
        }
    }
}
