package org.essaykit.markdown;

import org.essaykit.content.SiteConfig.HeadingIdStyle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden files of the code and figure syntax: {@code src/test/resources/markdown/code-figures/NAME.md} renders to
 * {@code NAME.html} (reviewed by hand). After an intended change, rerun with {@code -Dessaykit.updateGoldens=true}
 * and review the diff.
 */
class CodeAndFiguresGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/markdown/code-figures");

    @TempDir
    static Path site;

    /** A site folder with the images the golden pages show: a raster image wider than the column, an SVG. */
    @BeforeAll
    static void images() throws IOException {
        Files.createDirectories(site.resolve("content/images"));
        ImageIO.write(new BufferedImage(1400, 700, BufferedImage.TYPE_INT_RGB), "png",
                site.resolve("content/images/chart.png").toFile());
        Files.createDirectories(site.resolve("content/posts/x"));
        Files.writeString(site.resolve("content/posts/x/arrow.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 40\"><path d=\"M0 20h110\"/></svg>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"code", "figures"})
    void rendersAsReviewed(String name) throws IOException {
        MarkdownEngine engine = new MarkdownEngine(MarkdownEngineTest.options(Map.of(), site));
        String markdown = Files.readString(GOLDEN.resolve(name + ".md"));
        RenderedMarkdown rendered = engine.render(MarkdownEngineTest.post(markdown));
        StringBuilder out = new StringBuilder(rendered.html());
        rendered.problems().forEach(p -> out.append("<!-- ").append(p.format().replace(System.lineSeparator(), " / ")).append(" -->\n"));
        Path expected = GOLDEN.resolve(name + ".html");
        if (Boolean.getBoolean("essaykit.updateGoldens") || !Files.exists(expected)) {
            Files.writeString(expected, out, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected), out.toString());
        assertTrue(Files.exists(expected));
    }

    /** A simulation's figure takes an id too, and counts among the page's figures (its SVG is too long for a golden). */
    @org.junit.jupiter.api.Test
    void aSimulationFigureIsNumberedWithTheImages() {
        MarkdownEngine engine = new MarkdownEngine(MarkdownEngineTest.options(Map.of(), site));
        RenderedMarkdown rendered = engine.render(MarkdownEngineTest.post(
                "See @fig:run after @fig:chart.\n\n![A chart](/images/chart.png){#fig:chart}\n\n```sim evolution {#fig:run}\nseed: 2\n```\n"));
        assertEquals(java.util.List.of(), rendered.problems());
        assertTrue(rendered.html().contains("<a href=\"#fig:run\" class=\"xref\">Figure 2</a> after <a href=\"#fig:chart\" class=\"xref\">Figure 1</a>"),
                rendered.html());
        assertTrue(rendered.html().contains("<figure class=\"sim\" data-sim=\"evolution\""), rendered.html());
        assertTrue(rendered.html().contains("id=\"fig:run\">"), rendered.html());
        assertTrue(rendered.html().contains("<figcaption><span class=\"figure-label\">Figure 2:</span> <strong>"), rendered.html());
        assertEquals(java.util.List.of("evolution"), rendered.simulations());
    }

    /** A post may caption a simulation in its own words, as inline Markdown; the model's source still follows. */
    @org.junit.jupiter.api.Test
    void aSimulationFigureTakesTheCaptionThePostGivesIt() {
        RenderedMarkdown rendered = new MarkdownEngine(HeadingIdStyle.GITHUB).render(MarkdownEngineTest.post(
                "```sim evolution {#fig:run}\ncaption: Replicators *against* a test, with $n = 2$; see @fig:run.\n```\n"));
        assertEquals(java.util.List.of(), rendered.problems());
        String caption = rendered.html().substring(rendered.html().indexOf("<figcaption>"));
        assertTrue(caption.startsWith("<figcaption><span class=\"figure-label\">Figure 1:</span> Replicators"
                + " <em>against</em> a test, with <math>"), caption);
        assertTrue(caption.contains("see <a href=\"#fig:run\" class=\"xref\">Figure 1</a>. Source: Lehman et al."), caption);
        assertTrue(!caption.contains("<strong>"), "the simulation's own title gives way: " + caption);
        assertEquals(new Section("Figure 1", "Replicators against a test, with n = 2; see Figure 1."),
                rendered.sections().get("fig:run"), "a link to the figure previews its caption");
    }
}
