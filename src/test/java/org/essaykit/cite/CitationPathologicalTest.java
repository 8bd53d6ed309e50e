package org.essaykit.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input made to be slow, each built within a timeout generous for a loaded 2-core machine: what the build costs
 * is measured by bench/CitationCost.java, not here.
 */
class CitationPathologicalTest {

    @TempDir
    Path dir;

    static String entry(int i) {
        return "@article{key" + i + ",\n  title = {Work number " + i + " on {Learned} Optimization},\n  author = {Author"
                + (char) ('A' + i % 26) + ", Ann and Second, Bo},\n  journal = {Journal " + i % 7 + "},\n  year = {"
                + (1990 + i % 35) + "},\n  doi = {10.1000/" + i + "}\n}\n";
    }

    @Test
    @Timeout(120)
    void tenThousandCitationsInOnePost() {
        String bib = IntStream.range(0, 50).mapToObj(CitationPathologicalTest::entry).collect(Collectors.joining("\n"));
        String body = IntStream.range(0, 10_000).mapToObj(i -> i % 3 == 0 ? "As @key" + i % 50 + " says."
                        : "A claim [see @key" + i % 50 + ", p. " + i + "; @key" + (i + 1) % 50 + "].")
                .collect(Collectors.joining(" "));
        TestSite site = TestSite.in(dir)
                .write("content/site.yaml", "title: T\nbibliography: refs.bib\n")
                .write("content/refs.bib", bib)
                .write("content/posts/many.md", "---\ntitle: Many\n---\n\n" + body + "\n");
        site.buildClean();
        String html = site.read("posts/many/index.html");
        assertEquals(10_000, html.split("class=\"citation\"", -1).length - 1, "every citation made");
        assertEquals(50, html.split("class=\"csl-entry\"", -1).length - 1, "one entry per work");
    }

    @Test
    @Timeout(120)
    void aBibliographyOfFiveThousandEntries() {
        String bib = IntStream.range(0, 5_000).mapToObj(CitationPathologicalTest::entry).collect(Collectors.joining("\n"));
        TestSite site = TestSite.in(dir)
                .write("content/site.yaml", "title: T\nbibliography: refs.bib\n")
                .write("content/refs.bib", bib)
                .write("content/posts/one.md", "---\ntitle: One\n---\n\nAs @key4999 and [@key0; @key2500] show.\n")
                .write("content/posts/typo.md", "---\ntitle: Typo\n---\n\nSee [@key49999].\n");
        var result = site.build();
        assertEquals(1, result.errorCount(), TestSite.formatted(result));
        assertTrue(TestSite.formatted(result).contains("no bibliography entry has the key 'key49999'"), TestSite.formatted(result));
        site.delete("content/posts/typo.md").buildClean();
        assertTrue(site.read("posts/one/index.html").contains("id=\"ref-key4999\""));
    }
}
