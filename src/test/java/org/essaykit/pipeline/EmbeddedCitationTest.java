package org.essaykit.pipeline;

import org.essaykit.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Citations travel with an embedded section: the entries it cites come under the embed with ids of the host, and
 * its citations still lead to the entries on the page they were written on.
 */
class EmbeddedCitationTest {

    @TempDir
    Path dir;

    @Test
    void anEmbeddedSectionBringsItsCitedEntries() {
        TestSite site = TestSite.in(dir)
                .write("content/site.yaml", "title: T\nbibliography: refs.bib\n")
                .write("content/refs.bib", """
                        @article{hubinger2019,
                          title = {Risks from Learned Optimization in Advanced Machine Learning Systems},
                          author = {Hubinger, Evan},
                          year = {2019}
                        }
                        """)
                .write("content/posts/source.md", "---\ntitle: Source\n---\n\n## Definition\n\nThe term is from "
                        + "[@hubinger2019].\n\n## Later\n\nMore.\n")
                .write("content/posts/host.md", "---\ntitle: Host\n---\n\nBefore.\n\n![[source#definition]]\n");
        BuildResult result = site.build();
        assertTrue(result.succeeded(), TestSite.formatted(result));
        Document host = Jsoup.parse(site.read("posts/host/index.html"));
        Element embed = host.selectFirst("figure.embed");
        assertNotNull(embed, host.html());
        Element citation = embed.selectFirst("a.citation");
        assertNotNull(citation, embed.outerHtml());
        assertEquals("/posts/source/#ref-hubinger2019", citation.attr("href"), "the entry on the citing page");
        Element entry = host.selectFirst(".csl-entry[id]");
        assertNotNull(entry, "the cited entry comes with the section: " + host.html());
        assertTrue(entry.text().contains("Risks from Learned Optimization"), entry.text());
        assertEquals(1, host.select("[id=" + entry.id() + "]").size(), "its id is unique in the host");
        assertTrue(!host.text().contains("More."), "the section ends at the next heading");
    }
}
