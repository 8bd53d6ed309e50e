package org.essaykit.simc;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our own simulations are held to the rules every site's are ({@link SimRules}): they stay portable to TeaVM and
 * give the same numbers in a browser. The rules themselves find what they should and nothing else.
 */
class SimRulesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/essaykit/sim");

    /** Every source of the API, the built-in simulations and the chart they draw: all run in the browser too. */
    private static List<Path> cores() throws IOException {
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            return walk.filter(p -> p.toString().endsWith(".java") && !SOURCES.relativize(p).startsWith("web"))
                    .sorted().toList();
        }
    }

    @Test
    void ourSimulationsKeepEveryRule() throws IOException {
        List<Path> cores = cores();
        assertTrue(cores.size() >= 14, "found the sources: " + cores);
        List<String> problems = new ArrayList<>();
        for (Path file : cores) {
            String code = Files.readString(file, StandardCharsets.UTF_8);
            for (SimRules.Breach breach : SimRules.check(code)) {
                problems.add(org.essaykit.diag.SourcePos.atOffset(SOURCES.relativize(file), code, breach.offset()) + ": `"
                        + breach.found() + "`: " + breach.reason());
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Only the browser adapters in sim.web touch TeaVM: the JVM runs the cores without it. */
    @Test
    void onlyTheWebAdaptersUseTeavm() throws IOException {
        for (Path file : cores()) {
            assertTrue(!SimRules.withoutComments(Files.readString(file)).contains("org.teavm"), file.toString());
        }
        assertTrue(Files.exists(SOURCES.resolve("web/SimPage.java")), "the bundle's entry point");
    }

    @Test
    void forbiddenApiIsFoundWhereItIsWrittenAndCommentsMayNameIt() {
        String code = "import java.util.HashMap;\n// Math.log is not allowed\nclass A { double x = Math.exp(1); "
                + "java.util.LinkedHashMap<String, Double> ok; }";
        assertEquals(List.of("HashMap@17: iteration order differs in the browser: use LinkedHashMap",
                        "Math.exp@74: its last bit may differ in the browser: use DetMath.exp"),
                SimRules.check(code).stream().map(b -> b.found() + "@" + b.offset() + ": " + b.reason()).toList());
    }

    @Test
    void aSimulationUsesNoEssaykitPackageButTheApi() {
        assertEquals(List.of("org.essaykit.sim.host.Chart", "org.essaykit.markdown.X"),
                SimRules.check("import org.essaykit.sim.Rng; import org.essaykit.sim.*; import org.essaykit.sim.host.Chart;"
                        + " import org.essaykit.markdown.X;").stream().map(SimRules.Breach::found).toList());
    }

    @Test
    void theReassociationScanFindsTheTrapsAndOnlyThem() {
        assertEquals(List.of("+ (2 * sum + k * lo)", "+= 1 + rate", "* (m / c)", "*= r / n"), found(
                "x = k * hi + (2 * sum + k * lo); y += 1 + rate; z = lr * (m / c) / d; t *= r / n;"));
        assertEquals(List.of(), found("x = 2 * sum + k * lo + k * hi; y += rate; z = m / c * lr / d;"
                + " n = (a + 1) + (a + 1) * d; q = a - (b - c) * e; r = a * (b - c); s = a + (int) b; t = f(a + b);"
                + " w *= used ? 1 + g * s : 1;"));
    }

    private static List<String> found(String code) {
        return SimRules.rightNested(code).stream().map(SimRules.Breach::found).toList();
    }

    @Test
    void theScanBlanksCommentsButKeepsOffsetsAndStrings() {
        assertEquals("int a = 1; " + " ".repeat("// Math.log".length()) + "\n"
                        + " ".repeat("/* java.util.Random */".length()) + "int b = \"// x\";",
                SimRules.withoutComments("int a = 1; // Math.log\n/* java.util.Random */int b = \"// x\";"));
    }
}
