package org.essaykit.valid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.essaykit.testing.HtmlChecker;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Nu HTML Checker on the citation fixture site built with our theme: citations of three styles, reference
 * lists (numeric ones with their margins), the /references/ page, and a comment that cites.
 */
class CitationValidityTest {

    @TempDir
    Path dir;

    @Test
    void everyPageOfTheCitationFixtureWithOurThemeIsValid() {
        TestSite site = TestSite.fixture(Path.of("src/test/resources/sites/citations"), dir);
        TestSite.copyTree(Path.of("templates"), site.root().resolve("templates"));
        site.write("content/posts/mesa.comments.yaml", "- id: c1\n  author: Ada\n  body: \"Compare [see @langosco2022, p. 4]"
                + " and @hubinger2019.\"\n");
        site.buildClean();
        assertTrue(site.read("posts/mesa/index.html").contains("id=\"cref-c1-langosco2022\""));
        assertTrue(site.read("references/index.html").contains("<link rel=\"stylesheet\" href=\"/assets/citations.css\">"));
        HtmlChecker checker = new HtmlChecker();
        List<String> pages = TestSite.files(site.out()).stream().filter(f -> f.endsWith(".html")).toList();
        List<HtmlChecker.Message> errors = pages.stream()
                .flatMap(page -> checker.check(page, site.out().resolve(page)).stream())
                .filter(m -> m.severity() == HtmlChecker.Severity.ERROR).toList();
        assertEquals("", errors.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }
}
