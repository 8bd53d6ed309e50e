package org.essaykit.simc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that keep a simulation's numbers the same on the JVM, in WebAssembly and in JavaScript (see the
 * package docs of {@code org.essaykit.sim}), checked on source text: essaykit's own cores ({@code SimRulesTest})
 * and every site's simulations ({@link SiteSimulations}) are held to the same list.
 */
public final class SimRules {

    /** Where a rule is broken: an offset into the source, what is written there, why it is not allowed and the fix. */
    public record Breach(int offset, String found, String reason) {
    }

    /** API a simulation may not use, why, and what to use instead. */
    private record Rule(Pattern pattern, String found, String reason) {
        Rule(String found, String reason) {
            // A word boundary in front, so LinkedHashMap is not HashMap.
            this(Pattern.compile((Character.isLetter(found.charAt(0)) ? "\\b" : "") + Pattern.quote(found)), found,
                    reason);
        }
    }

    private static final List<Rule> FORBIDDEN = List.of(
            new Rule("java.util.Random", "differs in the browser: use Rng"),
            new Rule("new Random(", "differs in the browser: use Rng"),
            new Rule("SplittableRandom", "not in TeaVM: use Rng"),
            new Rule("ThreadLocalRandom", "not in TeaVM: use Rng"),
            new Rule("Math.random", "unseeded: use Rng"),
            new Rule("Math.fma", "not in TeaVM: write a * b + c"),
            new Rule("String.format", "TeaVM lacks %e/%g: return numbers and let the page format them"),
            new Rule(".formatted(", "TeaVM lacks %e/%g: return numbers and let the page format them"),
            new Rule("java.awt", "no AWT in the browser"),
            new Rule("java.lang.reflect", "no reflection in the browser"),
            new Rule("Class.forName", "no reflection in the browser"),
            new Rule("getDeclared", "no reflection in the browser"),
            new Rule("Thread", "no threads in the browser"),
            new Rule("java.util.concurrent", "no threads or executors in the browser"),
            new Rule("synchronized", "no threads in the browser"),
            new Rule("parallel", "no parallel streams in the browser"),
            new Rule("HashMap", "iteration order differs in the browser: use LinkedHashMap"),
            new Rule("HashSet", "iteration order differs in the browser: use LinkedHashSet"),
            new Rule("Map.of(", "iteration order is unspecified: use a LinkedHashMap"),
            new Rule("Set.of(", "iteration order is unspecified: use a LinkedHashSet or a List"),
            new Rule("Math.log", "its last bit may differ in the browser: use DetMath.log"),
            new Rule("Math.exp", "its last bit may differ in the browser: use DetMath.exp"),
            new Rule("Math.pow", "its last bit may differ in the browser: multiply, or use DetMath.exp and DetMath.log"),
            new Rule("Math.sin", "its last bit may differ in the browser"),
            new Rule("Math.cos", "its last bit may differ in the browser"),
            new Rule("Math.tan", "its last bit may differ in the browser"),
            new Rule("StrictMath", "not what a browser computes"),
            new Rule("System.nanoTime", "no clocks in a deterministic simulation"),
            new Rule("System.currentTimeMillis", "no clocks in a deterministic simulation"),
            new Rule("org.teavm", "the browser adapters are essaykit's: a simulation is plain Java")
    );

    private static final Pattern OTHER_ESSAYKIT = Pattern.compile("org\\.essaykit\\.(?!sim\\.[A-Z*])[\\w.]*");
    /** The file's own package statement, which may name any package. */
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+[\\w.]+\\s*;", Pattern.MULTILINE);
    private static final Pattern RIGHT_GROUP = Pattern.compile("(?<=[\\w)\\]] )([+*]) \\(");
    private static final Pattern COMPOUND = Pattern.compile("([+*])= ([^;]*);");
    private static final String REASSOCIATED = "TeaVM's JavaScript computes `a + (b + c)` as `(a + b) + c`, which "
            + "rounds differently: write it left to right (`b + c + a`, `b / c * a`)";

    private SimRules() {
    }

    /** Every breach in a source file, in the order they are written. */
    public static List<Breach> check(String source) {
        String code = withoutComments(source);
        List<Breach> breaches = new ArrayList<>();
        Matcher other = OTHER_ESSAYKIT.matcher(PACKAGE.matcher(code).replaceFirst(m -> " ".repeat(m.group().length())));
        while (other.find()) {
            breaches.add(new Breach(other.start(), other.group(),
                    "a simulation uses only org.essaykit.sim from essaykit, whose API is stable"));
        }
        for (Rule rule : FORBIDDEN) {
            Matcher found = rule.pattern().matcher(code);
            while (found.find()) {
                breaches.add(new Breach(found.start(), rule.found(), rule.reason()));
            }
        }
        breaches.addAll(rightNested(code));
        breaches.sort(java.util.Comparator.comparingInt(Breach::offset));
        return breaches;
    }

    /**
     * Pairs of operator and operand that TeaVM 0.15's JavaScript reassociates, as written: a right operand of
     * {@code +} or {@code *} that is a parenthesised sum or product, and {@code x += b + c}, {@code x *= b / c}.
     */
    public static List<Breach> rightNested(String code) {
        List<Breach> found = new ArrayList<>();
        Matcher group = RIGHT_GROUP.matcher(code);
        while (group.find()) {
            int open = group.end() - 1;
            int close = matching(code, open);
            String inside = code.substring(open + 1, close);
            String after = code.substring(close + 1).stripLeading();
            boolean sum = group.group(1).equals("+");
            // Is the group the operator's whole right operand? Not if a tighter operator takes it first.
            boolean whole = after.isEmpty() || (sum ? "*/%.[" : ".[").indexOf(after.charAt(0)) < 0;
            if (whole && hasTopLevel(inside, sum ? "+-" : "*/")) {
                found.add(new Breach(group.start(), group.group(1) + " (" + inside + ")", REASSOCIATED));
            }
        }
        Matcher compound = COMPOUND.matcher(code);
        while (compound.find()) {
            if (hasTopLevel(compound.group(2), compound.group(1).equals("+") ? "+-" : "*/")) {
                found.add(new Breach(compound.start(), compound.group(1) + "= " + compound.group(2), REASSOCIATED));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Breach::offset));
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

    /**
     * The code with its comments blanked (each character a space, line breaks kept), so a comment may explain
     * a rule by naming what it forbids and every offset still points where the writer wrote it.
     */
    public static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            int end;
            if (c == '"') {
                end = i + 1;
                while (end < source.length() && source.charAt(end) != '"' && source.charAt(end) != '\n') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, source.length());
                out.append(source, i, end);
            } else if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? source.length() : end;
                blank(source, i, end, out);
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                blank(source, i, end, out);
            } else {
                out.append(c);
                end = i + 1;
            }
            i = end;
        }
        return out.toString();
    }

    private static void blank(String source, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            out.append(source.charAt(i) == '\n' ? '\n' : ' ');
        }
    }
}
