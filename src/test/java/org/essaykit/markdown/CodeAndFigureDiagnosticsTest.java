package org.essaykit.markdown;

import org.essaykit.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Wrong code blocks, references and images: each reported at its file:line:col, with the words a writer reads. */
class CodeAndFigureDiagnosticsTest {

    @TempDir
    Path site;

    private List<String> problems(String body) {
        MarkdownEngine engine = new MarkdownEngine(MarkdownEngineTest.options(Map.of(), site));
        return engine.render(MarkdownEngineTest.post(body)).problems().stream().map(Diagnostic::format)
                .map(s -> s.replace(System.lineSeparator(), "\n")).toList();
    }

    @Test
    void anUnknownLanguageIsAWarningWithCloseNamesAtItsColumn() {
        assertEquals(List.of("content/posts/x.md:6:4: warning: no highlighting for the language `pyhton`: the block is shown plain\n"
                        + "    hint: did you mean python? write ```text for plain text on purpose; README \"Code\" lists the languages"),
                problems("Text.\n```pyhton\nx = 1\n```\n"));
        assertEquals(List.of("content/posts/x.md:5:6: warning: no highlighting for the language `typescrpt`: the block is shown plain\n"
                        + "    hint: did you mean typescript? write ```text for plain text on purpose; README \"Code\" lists the languages"),
                problems("~~~  typescrpt\nlet a;\n~~~\n"));
    }

    @Test
    void aPlainBlockAndAKnownLanguageAreQuiet() {
        assertEquals(List.of(), problems("```text\nx\n```\n\n```RUST\nfn main() {}\n```\n\n```\nno language\n```\n"));
    }

    @Test
    void wrongOptionsAreErrorsAtTheOption() {
        assertEquals(List.of("content/posts/x.md:5:24: error: hl_lines: `4-2` is not a line number or a range of them\n"
                        + "    hint: write hl_lines=\"2-4 7\": line numbers counted from 1, ranges with -",
                "content/posts/x.md:5:40: warning: code blocks have no option `linenum`\n"
                        + "    hint: did you mean linenos? the options are linenos, hl_lines, linenostart"),
                problems("```java {linenos=true, hl_lines=\"4-2\", linenum=1}\nclass A {}\n```\n"));
    }

    @Test
    void aReferenceToNoFigureIsAnErrorWithTheClosestId() throws IOException {
        Files.createDirectories(site.resolve("content/images"));
        Files.writeString(site.resolve("content/images/a.svg"), "<svg width=\"10\" height=\"20\"></svg>");
        assertEquals(List.of("content/posts/x.md:7:24: error: no figure or table of this page has the id `fig:evolutoin`\n"
                        + "    hint: did you mean @fig:evolution? give it with {#fig:evolutoin} after the image, or at the end of a `Table:` caption"),
                problems("![Evolution](/images/a.svg){#fig:evolution}\n\nSee @fig:evolution and @fig:evolutoin.\n"));
    }

    @Test
    void aMissingImageIsAnErrorAtTheImageWithTheClosestFile() throws IOException {
        Files.createDirectories(site.resolve("content/images"));
        Files.writeString(site.resolve("content/images/chart.svg"), "<svg width=\"10\" height=\"20\"></svg>");
        assertEquals(List.of("content/posts/x.md:6:5: error: the image `/images/chrat.svg` is not a file of the site (looked for /images/chrat.svg)\n"
                        + "    hint: did you mean /images/chart.svg? put the file at content/images/chrat.svg (a relative path is read from the page's URL)"),
                problems("Intro.\nSee ![a chart](/images/chrat.svg) here.\n"));
    }

    @Test
    void anIdGivenTwiceIsAnError() throws IOException {
        Files.createDirectories(site.resolve("content/images"));
        Files.writeString(site.resolve("content/images/a.svg"), "<svg width=\"10\" height=\"20\"></svg>");
        List<String> problems = problems("![A](/images/a.svg){#fig:a}\n\n![B](/images/a.svg){#fig:a}\n");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("content/posts/x.md:7:1: error: the id `fig:a` is given twice on this page"), problems.get(0));
    }

    @Test
    void remoteImagesAreNotLookedFor() {
        assertEquals(List.of(), problems("![x](https://example.org/x.png)\n\n![y](data:image/png;base64,AAAA)\n"));
    }
}
