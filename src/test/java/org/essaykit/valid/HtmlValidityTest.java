package org.essaykit.valid;

import org.essaykit.pipeline.PaginationTest;
import org.essaykit.testing.HtmlChecker;
import org.essaykit.testing.MathCorpus;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page essaykit generates passes the Nu HTML Checker with zero errors: our own site (content/ and
 * templates/ of this repository) and both fixture sites. Warnings are printed but do not fail.
 */
class HtmlValidityTest {

    private static HtmlChecker checker;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUpChecker() {
        long start = System.nanoTime();
        checker = new HtmlChecker();
        System.out.printf("Nu HTML Checker set up in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void everyPageOfOurSiteIsValid() {
        assertValid(TestSite.buildOurSite(dir.resolve("site")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jekyll-blog", "knowledge-base"})
    void everyPageOfAFixtureSiteIsValid(String name) {
        TestSite fixture = TestSite.fixture(Path.of("src/test/resources/sites", name), dir);
        assertValid(TestSite.buildInto(fixture.root(), fixture.out()));
    }

    @Test
    void aRedirectPageKeepingAnOldUrlIsValid() {
        TestSite site = ForumLinkTest.movedPost(dir);
        assertTrue(TestSite.files(site.out()).contains("posts/old-name/index.html"));
        assertValid(site.out());
    }

    @Test
    void paginatedListsAndAFullListOfBacklinksAreValid() {
        TestSite site = PaginationTest.withHub(PaginationTest.site(dir, "paginate: 2\n", 9), 55);
        assertTrue(site.build().succeeded());
        assertTrue(TestSite.files(site.out()).containsAll(List.of("page/2/index.html", "tags/x/page/5/index.html",
                "posts/hub/links/index.html", "posts/hub/links/page/3/index.html")));
        assertValid(site.out());
    }

    @Test
    void aPageWithMathAndCommentsWithMathIsValid() {
        TestSite site = TestSite.in(dir)
                .write("content/posts/math.md", "---\ntitle: Math\n---\n\nInline $\\frac{a}{b}$ and \\(x^2\\), "
                        + "display in a paragraph $$\\sum_{i=1}^n i$$ and \\eqref{eq:m}.\n\n"
                        + "$$\n\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix} \\label{eq:m}\n$$\n\n"
                        + "\\[ \\begin{cases} x & x > 0 \\\\ 0 & \\text{else} \\end{cases} \\]\n\n"
                        + "$$ \\hat{\\theta} = \\operatorname*{arg\\,max}_\\theta \\mathcal{L}(\\theta) \\boxed{x} \\cancel{y} $$ {#eq:n}\n\n"
                        // Temml writes elements inside <mo> and a third child in <munder> here; we mend both.
                        + "$$ \\mathop{multi}_i x = \\underset{x}{\\operatorname{argmax}} f(x) $$\n")
                .write("content/posts/math.comments.yaml", "- id: c1\n  author: A\n  body: \"Why $\\\\sqrt{2}$? $$x^2 \\\\color{red}{y}$$\"\n");
        TestSite.copyTree(Path.of("templates"), site.root().resolve("templates"));
        assertTrue(site.build().succeeded(), () -> TestSite.formatted(site.build()));
        assertTrue(site.read("posts/math/index.html").contains("<math display=\"block\""));
        assertTrue(site.read("posts/math/index.html").contains("<msqrt>"), "math in the comment");
        assertValid(site.out());
    }

    @Test
    void theFormulaCorpusIsValid() {
        TestSite site = TestSite.in(dir).write("content/posts/corpus.md",
                "---\ntitle: Corpus\n---\n\n" + MathCorpus.markdown(MathCorpus.formulas()));
        assertTrue(site.build().succeeded(), () -> TestSite.formatted(site.build()));
        assertValid(site.out());
    }

    @Test
    void theCheckerReportsErrorsWithTheirPosition() {
        String broken = "<!DOCTYPE html>\n<html lang=\"en\"><head><title>t</title></head>\n"
                + "<body><p><div>block in a paragraph</div><a href=\"x\" href=\"y\">twice</a></body></html>\n";
        List<HtmlChecker.Message> errors = errors(checker.check("broken.html",
                broken.getBytes(StandardCharsets.UTF_8)));
        assertFalse(errors.isEmpty(), "a duplicate attribute must be an error");
        assertTrue(errors.stream().anyMatch(e -> e.line() == 3 && e.text().contains("Duplicate attribute")),
                errors::toString);
    }

    private static void assertValid(Path site) {
        long start = System.nanoTime();
        List<HtmlChecker.Message> messages = new ArrayList<>();
        List<String> pages = TestSite.files(site).stream().filter(f -> f.endsWith(".html")).toList();
        for (String page : pages) {
            messages.addAll(checker.check(page, site.resolve(page)));
        }
        System.out.printf("checked %d pages in %d ms%n", pages.size(), (System.nanoTime() - start) / 1_000_000);
        messages.stream().filter(m -> m.severity() == HtmlChecker.Severity.WARNING).forEach(System.out::println);
        List<HtmlChecker.Message> errors = errors(messages);
        assertTrue(pages.size() > 3, "expected a site with pages in " + site);
        assertEquals("", errors.stream().map(Object::toString).collect(Collectors.joining("\n")),
                errors.size() + " HTML errors (fix the template, the Markdown renderer or the comment renderer"
                        + " that writes them)");
    }

    private static List<HtmlChecker.Message> errors(List<HtmlChecker.Message> messages) {
        return messages.stream().filter(m -> m.severity() == HtmlChecker.Severity.ERROR).toList();
    }
}
