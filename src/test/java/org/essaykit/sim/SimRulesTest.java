package org.essaykit.sim;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cores stay portable to TeaVM and give the same numbers in a browser: their sources use nothing from
 * other essaykit packages and none of the APIs that break or differ there.
 */
class SimRulesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/essaykit/sim");

    /** API, and why it is not allowed. */
    private static final String[][] FORBIDDEN = {
            {"java.util.Random", "differs in the browser: use Rng"},
            {"new Random(", "differs in the browser: use Rng"},
            {"SplittableRandom", "not in TeaVM: use Rng"},
            {"ThreadLocalRandom", "not in TeaVM: use Rng"},
            {"Math.random", "unseeded: use Rng"},
            {"Math.fma", "not in TeaVM"},
            {"String.format", "TeaVM lacks %e/%g; format in the caller"},
            {".formatted(", "TeaVM lacks %e/%g; format in the caller"},
            {"java.awt", "no AWT in the browser"},
            {"java.lang.reflect", "no reflection"},
            {"Class.forName", "no reflection"},
            {"getDeclared", "no reflection"},
            {"Thread", "no threads"},
            {"java.util.concurrent", "no threads or executors"},
            {"synchronized", "no threads"},
            {"parallel", "no parallel streams"},
            {"HashMap", "iteration order differs in the browser: use LinkedHashMap"},
            {"HashSet", "iteration order differs in the browser: use LinkedHashSet"},
            {"Map.of(", "iteration order is unspecified"},
            {"Set.of(", "iteration order is unspecified"},
            {"Math.log", "last bit may differ in the browser: use DetMath"},
            {"Math.exp", "last bit may differ in the browser: use DetMath"},
            {"Math.pow", "last bit may differ in the browser"},
            {"Math.sin", "last bit may differ in the browser"},
            {"Math.cos", "last bit may differ in the browser"},
            {"Math.tan", "last bit may differ in the browser"},
            {"StrictMath", "not what a browser computes"},
            {"System.nanoTime", "no clocks in a deterministic core"},
            {"System.currentTimeMillis", "no clocks in a deterministic core"},
    };

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void coresImportNoOtherEssaykitPackageAndNoForbiddenApi() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(files.size() >= 10, "found the sources: " + files);
        for (Path file : files) {
            String code = withoutComments(Files.readString(file, StandardCharsets.UTF_8));
            Matcher imports = IMPORT.matcher(code);
            while (imports.find()) {
                String name = imports.group(2);
                if (name.startsWith("org.essaykit.") && !name.startsWith("org.essaykit.sim.")) {
                    problems.add(file.getFileName() + ": imports " + name);
                }
            }
            if (Pattern.compile("org\\.essaykit\\.(?!sim\\b)").matcher(code).find()) {
                problems.add(file.getFileName() + ": names another essaykit package");
            }
            for (String[] rule : FORBIDDEN) {
                // A word boundary in front, so LinkedHashMap is not HashMap.
                String boundary = Character.isLetter(rule[0].charAt(0)) ? "\\b" : "";
                if (Pattern.compile(boundary + Pattern.quote(rule[0])).matcher(code).find()) {
                    problems.add(file.getFileName() + ": uses " + rule[0] + " (" + rule[1] + ")");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Only the browser adapters in sim.web may touch TeaVM: the JVM loads the cores, never TeaVM's classes. */
    @Test
    void onlyTheWebAdaptersUseTeavm() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                boolean web = SOURCES.relativize(file).startsWith("web");
                if (!web && withoutComments(Files.readString(file, StandardCharsets.UTF_8)).contains("org.teavm")) {
                    problems.add(file.getFileName() + ": uses TeaVM outside org.essaykit.sim.web");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(Files.exists(SOURCES.resolve("web/SimPage.java")), "the bundle's entry point");
    }

    @Test
    void theScanSeesThroughCommentsButNotCode() {
        assertEquals("int a = 1; \nint b;", withoutComments("int a = 1; // Math.log\n/* java.util.Random */int b;"));
    }

    /** The code with its comments removed, so a comment may explain a rule by naming what it forbids. */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != '"') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                out.append(source, i, Math.min(end + 1, source.length()));
                i = end + 1;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
