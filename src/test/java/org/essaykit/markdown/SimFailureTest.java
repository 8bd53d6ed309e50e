package org.essaykit.markdown;

import org.essaykit.content.SiteConfig.HeadingIdStyle;
import org.essaykit.diag.Diagnostic;
import org.essaykit.simc.SiteSimulations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A site's simulation whose code throws while the build draws its figure's default run is an error at the block,
 * naming the simulation's own line: the build goes on with the other pages and never crashes.
 */
class SimFailureTest {

    @TempDir
    Path site;

    @Test
    void aSimulationThatThrowsIsAnErrorAtTheBlockWithItsOwnLine() throws IOException {
        String code = Files.readString(Path.of("src/main/starter/simulations/ProxyCorrection.java")).replace(
                "int before = withProxy;", "int before = withProxy;\n                if (steps() == 2) { throw new IllegalStateException(\"no models left\"); }");
        Path source = site.resolve("simulations/ProxyCorrection.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, code);
        SiteSimulations simulations = SiteSimulations.load(site);
        assertEquals(List.of(), simulations.problems());
        MarkdownEngine engine = new MarkdownEngine(MarkdownOptions.defaults(HeadingIdStyle.GITHUB)
                .withSimulations(simulations.catalog()));
        RenderedMarkdown rendered = engine.render(MarkdownEngineTest.post("Text.\n\n```sim proxy-correction\n```\n"));
        assertEquals(List.of("content/posts/x.md:7:1: error: simulation `proxy-correction` failed: "
                        + "java.lang.IllegalStateException: no models left" + System.lineSeparator()
                        + "    hint: it threw at ProxyCorrection.java:66 (advance); a simulation's code must not throw"),
                rendered.problems().stream().map(Diagnostic::format).toList());
    }
}
