package org.essaykit.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.essaykit.diag.Diagnostic;
import org.essaykit.pipeline.BuildResult;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a writer sees when a citation or a bibliography is wrong: the exact message at the exact place. */
class CitationDiagnosticsTest {

    private static final String BIB = """
            @article{hubinger2019,
              title = {Risks from Learned Optimization in Advanced Machine Learning Systems},
              author = {Hubinger, Evan},
              year = {2019}
            }
            @article{langosco2022,
              title = {Goal Misgeneralization in Deep Reinforcement Learning},
              author = {Langosco, Lauro},
              year = {2022}
            }
            """;

    @TempDir
    Path dir;

    private static List<String> errors(BuildResult result) {
        assertFalse(result.succeeded(), "the build should fail");
        return result.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
    }

    /** The errors of a site whose config ends with {@code config}, with {@code bib} as refs.bib and one post. */
    private List<String> errorsOf(String config, String bib, String post) {
        return errors(TestSite.in(dir).write("content/site.yaml", "title: T\nbibliography: refs.bib\n" + config)
                .write("content/refs.bib", bib).write("content/posts/p.md", "---\ntitle: P\n---\n" + post).build());
    }

    @Test
    void unknownKeyIsAnErrorAtTheKeyWithTheClosestKey() {
        assertEquals(List.of("content/posts/p.md:5:31: error: no bibliography entry has the key 'langosko2022'\n"
                + "    hint: did you mean @langosco2022?"),
                errorsOf("", BIB, "First line.\nAs argued [see @hubinger2019; @langosko2022, p. 3].\n"));
    }

    /** A group the writer's line wrapping split is one citation, and its keys are found on their own lines. */
    @Test
    void aGroupWrappedOverTwoLinesIsOneCitationWithEachKeyWhereItIsWritten() {
        assertEquals(List.of("content/posts/p.md:5:1: error: no bibliography entry has the key 'langosko2022'\n"
                        + "    hint: did you mean @langosco2022?"),
                errorsOf("", BIB, "As argued [see @hubinger2019;\n@langosko2022, p. 3].\n"));
        TestSite site = TestSite.in(dir).write("content/site.yaml", "title: T\nbibliography: refs.bib\n")
                .write("content/refs.bib", BIB)
                .write("content/posts/p.md", "---\ntitle: P\n---\nAs argued [see @hubinger2019;\n@langosco2022, p. 3].\n");
        BuildResult good = site.build();
        assertTrue(good.succeeded(), TestSite.formatted(good));
        String html = site.read("posts/p/index.html");
        assertTrue(html.contains("data-cites=\"hubinger2019 langosco2022\""), html);
        assertFalse(html.contains("[see @"), "no citation text left: " + html);
    }

    @Test
    void inTextWordOneTypoFromAKeyIsReportedButAHandleStaysText() {
        assertEquals(List.of("content/posts/p.md:4:18: error: no bibliography entry has the key 'hubinger2018'\n"
                + "    hint: did you mean @hubinger2019?"),
                errorsOf("", BIB, "Ask @someone, as @hubinger2018 did.\n"));
    }

    @Test
    void malformedBibEntryIsAnErrorAtItsLineInTheBibFile() {
        assertEquals(List.of("content/refs.bib:12:9: error: this entry is never closed\n"
                + "    hint: check that its braces balance and it ends with }"),
                errorsOf("", BIB + "\n@article{broken2020,\n  title = {Unclosed,\n  year = 2020\n}\n", "As argued [@hubinger2019].\n"));
    }

    @Test
    void aFieldWithoutItsCommaIsAnErrorAtTheFieldThatFollows() {
        assertEquals(List.of("content/refs.bib:14:3: error: malformed BibTeX: Encountered unexpected token: \"year\" <NAME>\n"
                + "    hint: fields are written name = {value} or name = \"value\", separated by commas"),
                errorsOf("", BIB + "\n@article{broken2020,\n  title = {No comma}\n  year = 2020\n}\n", "As argued [@hubinger2019].\n"));
    }

    @Test
    void missingBibliographyFileIsAnErrorAtTheFrontMatterKey() {
        BuildResult result = TestSite.in(dir)
                .write("content/posts/p.md", "---\ntitle: P\nbibliography: nowhere.bib\n---\nAs argued [@x].\n")
                .build();
        assertEquals(List.of("content/posts/p.md:3:15: error: no bibliography file content/nowhere.bib\n"
                + "    hint: bibliography files are named relative to content/, e.g. bibliography: references.bib"), errors(result));
    }

    @Test
    void unknownStyleNamesTheClosestBundledOne() {
        assertEquals(List.of("content/site.yaml:1:1: error: no bundled citation style is called 'ieeee'\n"
                + "    hint: did you mean ieee? bundled: chicago-author-date, apa, ieee, modern-language-association;"
                + " or give a .csl file relative to content/"),
                errorsOf("csl: ieeee\n", BIB, "As argued [@hubinger2019].\n"));
    }

    @Test
    void withoutABibliographyCitationSyntaxStaysText() {
        TestSite site = TestSite.in(dir)
                .write("content/posts/p.md", "---\ntitle: P\n---\nWrite to [@team] or @someone.\n");
        site.buildClean();
        assertTrue(site.read("posts/p/index.html").contains("Write to [@team] or @someone."));
    }
}
