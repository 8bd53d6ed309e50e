package org.essaykit.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.essaykit.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Citations in comment bodies: formatted with the post's bibliography, listed under the comment, and safe. */
class CommentCitationTest {

    static final String BIB = """
            @misc{hubinger2019,
              title = {Risks from Learned Optimization in Advanced Machine Learning Systems},
              author = {Hubinger, Evan and van Merwijk, Chris and Mikulik, Vladimir and Skalse, Joar and Garrabrant, Scott},
              year = {2019},
              url = {https://arxiv.org/abs/1906.01820}
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aCommentCitesWithThePostsBibliographyAndNothingItWroteBecomesMarkup() {
        TestSite site = TestSite.in(dir)
                .write("content/site.yaml", "title: T\nbibliography: refs.bib\n")
                .write("content/refs.bib", BIB)
                .write("content/posts/p.md", "---\ntitle: P\n---\n\nA post.\n")
                .write("content/posts/p.comments.yaml", """
                        - id: c1
                          author: Ada
                          body: "As @hubinger2019 put it [<img src=x onerror=alert(1)> @hubinger2019, p. 3]; not @ada, `[@hubinger2019]`, or [@nokey]."
                        """);
        TestSite.copyTree(Path.of("templates"), site.root().resolve("templates")); // our theme shows comments
        site.buildClean();
        Element comment = Jsoup.parse(site.read("posts/p/index.html")).getElementById("comment-c1");
        Element body = comment == null ? null : comment.parent();
        String html = site.read("posts/p/index.html");
        assertTrue(html.contains("<a class=\"citation\" href=\"#cref-c1-hubinger2019\" data-cites=\"hubinger2019\">Hubinger et al. (2019)</a>"), html);
        assertTrue(html.contains("<div class=\"csl-entry\" id=\"cref-c1-hubinger2019\">Hubinger, Evan"), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt; Hubinger et al. 2019, p. 3)"), html);
        assertFalse(html.contains("<img src=\"x\""), "the commenter's markup stays text");
        assertTrue(html.contains("not @ada, <code>[@hubinger2019]</code>, or [@nokey]."), html);
        assertEquals(1, Jsoup.parse(html).select(".comment-references .csl-entry").size());
        assertTrue(body == null || body.text().contains("Hubinger"));
    }
}
