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

    /**
     * TeaVM 0.15's JavaScript prints {@code a + (b + c)} and {@code a * (b / c)} without their parentheses, so
     * the browser rounds differently from the JVM (see package-info); {@code x += b + c} and {@code x *= b / c}
     * are the same trap.
     */
    @Test
    void noRightNestedSumsOrProductsThatTeavmsJavascriptReassociates() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            // The web adapters compute no read-outs, only timings and pixels.
            for (Path file : walk.filter(p -> p.toString().endsWith(".java") && !SOURCES.relativize(p).startsWith("web"))
                    .sorted().toList()) {
                String code = withoutComments(Files.readString(file, StandardCharsets.UTF_8));
                for (String found : rightNested(code)) {
                    problems.add(file.getFileName() + ": `" + found + "`: write it left to right");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theReassociationScanFindsTheTrapsAndOnlyThem() {
        assertEquals(List.of("+ (2 * sum + k * lo)", "* (m / c)", "+= 1 + rate", "*= r / n"), rightNested(
                "x = k * hi + (2 * sum + k * lo); y += 1 + rate; z = lr * (m / c) / d; t *= r / n;"));
        assertEquals(List.of(), rightNested("x = 2 * sum + k * lo + k * hi; y += rate; z = m / c * lr / d;"
                + " n = (a + 1) + (a + 1) * d; q = a - (b - c) * e; r = a * (b - c); s = a + (int) b; t = f(a + b);"
                + " w *= used ? 1 + g * s : 1;"));
    }

    /** Pairs of operator and operand that TeaVM's JavaScript may reassociate, as written. */
    static List<String> rightNested(String code) {
        List<String> found = new ArrayList<>();
        Matcher group = Pattern.compile("(?<=[\\w)\\]] )([+*]) \\(").matcher(code);
        while (group.find()) {
            int open = group.end() - 1;
            int close = matching(code, open);
            String inside = code.substring(open + 1, close);
            String after = code.substring(close + 1).stripLeading();
            boolean sum = group.group(1).equals("+");
            // Is the group the operator's whole right operand? Not if a tighter operator takes it first.
            boolean whole = after.isEmpty() || (sum ? "*/%.[" : ".[").indexOf(after.charAt(0)) < 0;
            if (whole && hasTopLevel(inside, sum ? "+-" : "*/")) {
                found.add(group.group(1) + " (" + inside + ")");
            }
        }
        Matcher compound = Pattern.compile("([+*])= ([^;]*);").matcher(code);
        while (compound.find()) {
            if (hasTopLevel(compound.group(2), compound.group(1).equals("+") ? "+-" : "*/")) {
                found.add(compound.group(1) + "= " + compound.group(2));
            }
        }
        return found;
    }

    private static int matching(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            depth += code.charAt(i) == '(' ? 1 : code.charAt(i) == ')' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return code.length() - 1;
    }

    /** Whether {@code expression} has a binary operator from {@code operators} outside parentheses. */
    private static boolean hasTopLevel(String expression, String operators) {
        if (expression.contains("?")) {
            return false; // a conditional: its parentheses are kept, whatever its branches hold
        }
        int depth = 0;
        for (int i = 1; i + 1 < expression.length(); i++) {
            char c = expression.charAt(i);
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            if (depth == 0 && operators.indexOf(c) >= 0 && expression.charAt(i - 1) == ' '
                    && expression.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
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
