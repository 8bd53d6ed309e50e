package org.essaykit.simc;

import org.essaykit.diag.Diagnostic;
import org.essaykit.sim.Readout;
import org.essaykit.sim.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A site's own simulations as the build loads them (javac in-process; TeaVM is the integration test's): the starter
 * simulation runs on this JVM, and each kind of broken simulation is one error at its file:line:col.
 */
class SiteSimulationsTest {

    private static final Path STARTER = Path.of("src/main/starter/simulations/ProxyCorrection.java");

    private static final String HINT = System.lineSeparator() + "    hint: ";

    @TempDir
    Path site;

    private SiteSimulations load(String file, String code) throws IOException {
        Path source = site.resolve("simulations").resolve(file);
        Files.createDirectories(source.getParent());
        Files.writeString(source, code);
        return SiteSimulations.load(site);
    }

    private static List<String> errors(SiteSimulations simulations) {
        return simulations.problems().stream().map(Diagnostic::format).toList();
    }

    /** A starter simulation with its name, and a line of code inserted after its class line. */
    private static String starter(String name, String extraMember) throws IOException {
        return Files.readString(STARTER).replace("\"proxy-correction\"", "\"" + name + "\"")
                .replace("public class ProxyCorrection implements Simulation {",
                        "public class ProxyCorrection implements Simulation {" + extraMember);
    }

    @Test
    void theStarterSimulationJoinsTheCatalogAndRunsOnTheJvm() throws IOException {
        SiteSimulations simulations = load("ProxyCorrection.java", Files.readString(STARTER));
        assertEquals(List.of(), errors(simulations));
        assertEquals(List.of("evolution", "gridworld", "in-context-gd", "orderings", "proxy-correction"),
                simulations.catalog().names());
        assertTrue(simulations.catalog().isSite("proxy-correction"));
        Simulation sim = simulations.catalog().named("proxy-correction").orElseThrow();
        List<Readout> run = sim.start(1).runSteps(sim.defaultSteps());
        assertEquals(1.0, run.get(0).values().get("proxy"));
        double last = run.get(run.size() - 1).values().get("proxy");
        assertTrue(last > 0 && last < 0.2, "most proxies corrected after 60 steps at 5%: " + last);
    }

    /** The example in the API's package docs is a simulation that compiles, keeps the rules and runs. */
    @Test
    void thePackageDocsExampleIsAWorkingSimulation() throws IOException {
        String docs = Files.readString(Path.of("src/main/java/org/essaykit/sim/package-info.java"));
        String example = docs.substring(docs.indexOf("<pre>{@code") + "<pre>{@code".length(), docs.indexOf("}</pre>"))
                .lines().map(line -> line.replaceFirst("^ \\* ?", "")).collect(java.util.stream.Collectors.joining("\n"));
        SiteSimulations simulations = load("CoinFlips.java", example);
        assertEquals(List.of(), errors(simulations));
        Simulation flips = simulations.catalog().named("coin-flips").orElseThrow();
        double heads = flips.start(7).runSteps(100).get(100).values().get("heads");
        assertTrue(heads > 0.3 && heads < 0.7, "about half: " + heads);
    }

    @Test
    void unchangedSourcesCompileNothing() throws IOException {
        SiteSimulations first = load("ProxyCorrection.java", Files.readString(STARTER));
        Path classFile = first.cache().classes().resolve("ProxyCorrection.class");
        FileTime compiled = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(classFile, compiled);
        SiteSimulations again = SiteSimulations.load(site);
        assertEquals(first.cache(), again.cache());
        assertEquals(compiled, Files.getLastModifiedTime(classFile), "the class was not compiled again");
        SiteSimulations edited = load("ProxyCorrection.java", starter("proxy-correction", " // edited"));
        assertTrue(!edited.cache().equals(first.cache()), "an edit compiles into a new folder");
        assertTrue(Files.exists(edited.cache().classes().resolve("ProxyCorrection.class")));
        assertTrue(!Files.exists(first.cache().folder()), "the cache keeps one version of the sources");
    }

    @Test
    void aSyntaxErrorIsJavacsMessageAtItsLineAndColumn() throws IOException {
        SiteSimulations simulations = load("ProxyCorrection.java",
                Files.readString(STARTER).replace("return 60;", "return 60"));
        assertEquals(List.of("simulations/ProxyCorrection.java:52:18: error: ';' expected"), errors(simulations));
        assertEquals(List.of(), simulations.catalog().site(), "nothing of the site's loads");
    }

    @Test
    void aRuleBreachIsAnErrorWithTheReasonAndTheFix() throws IOException {
        String code = Files.readString(STARTER).replace("(double) withProxy / models", "Math.log(withProxy)");
        assertEquals(List.of("simulations/ProxyCorrection.java:75:34: error: `Math.log` in a simulation: its last bit "
                        + "may differ in the browser: use DetMath.log" + HINT + "a simulation must give the same numbers "
                        + "on the JVM and in every browser; the rules are in the package docs of org.essaykit.sim"),
                errors(load("ProxyCorrection.java", code)));
    }

    @Test
    void aSimulationWithoutANoArgumentConstructorIsNamedAtItsDeclaration() throws IOException {
        SiteSimulations simulations = load("ProxyCorrection.java",
                starter("proxy-correction", "\n    public ProxyCorrection(int models) { }"));
        assertEquals(List.of("simulations/ProxyCorrection.java:17:14: error: simulation ProxyCorrection has no public "
                + "constructor without arguments" + HINT + "add `public ProxyCorrection() { }`: essaykit makes each "
                + "simulation with it"), errors(simulations));
    }

    @Test
    void aNameThatABuiltInSimulationHasIsTaken() throws IOException {
        assertEquals(List.of("simulations/ProxyCorrection.java:17:14: error: simulation ProxyCorrection is named "
                        + "`evolution`, a name already taken" + HINT + "choose a name that is none of: evolution, "
                        + "gridworld, in-context-gd, orderings"),
                errors(load("ProxyCorrection.java", starter("evolution", ""))));
        assertEquals(List.of("simulations/ProxyCorrection.java:17:14: error: simulation ProxyCorrection is named "
                        + "`Proxy Correction`" + HINT + "name() returns lower-case words joined by hyphens "
                        + "(e.g. goal-drift), as ```sim NAME writes it"),
                errors(load("ProxyCorrection.java", starter("Proxy Correction", ""))));
    }

    @Test
    void aSiteWithoutSimulationsCompilesNothing() {
        SiteSimulations simulations = SiteSimulations.load(site);
        assertEquals(List.of(), simulations.problems());
        assertEquals(List.of(), simulations.catalog().site());
        assertTrue(!Files.exists(site.resolve(".essaykit-cache")));
    }
}
