package org.essaykit.content;

import org.essaykit.diag.Diagnostics;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

/**
 * {@code serve} updates the site index by the documents an edit changed instead of making it again; whatever the
 * edit, the updated index must answer every question as an index made from scratch does.
 */
class SiteIndexTest {

    @TempDir
    Path dir;

    private TestSite site;

    @BeforeEach
    void writeSite() {
        site = TestSite.in(dir);
        site.write("content/concepts/mesa.md", "---\ntitle: Mesa-optimizer\naliases: [inner optimizer]\n---\n\nAn idea.\n");
        site.write("content/posts/a.md", "---\ntitle: Alpha\ndate: 2024-01-01\n---\n\nA mesa-optimizer.\n");
        site.write("content/posts/b.md", "---\ntitle: Beta\ndate: 2024-01-02\naliases: [Shared]\n---\n\nB.\n");
        site.write("content/posts/c.md", "---\ntitle: Shared\ndate: 2024-01-03\n---\n\nC.\n");
    }

    @Test
    void aNewTitleIsFoundByItAndNoLongerByTheOld() {
        assertUpdatedAsNew("content/posts/a.md", "---\ntitle: Alpha, retitled\ndate: 2024-01-01\n---\n\nA.\n");
    }

    @Test
    void aTitleAnotherDocumentAlsoBearsMakesTheNameAmbiguousInTheSourcesOrder() {
        assertUpdatedAsNew("content/posts/a.md", "---\ntitle: Beta\ndate: 2024-01-01\n---\n\nA.\n");
        assertUpdatedAsNew("content/posts/c.md", "---\ntitle: Alpha\ndate: 2024-01-03\n---\n\nC.\n");
    }

    @Test
    void aNameStillBorneByAnotherDocumentStaysAmongTheNames() {
        assertUpdatedAsNew("content/posts/c.md", "---\ntitle: Gamma\ndate: 2024-01-03\n---\n\nC.\n");
        assertUpdatedAsNew("content/posts/b.md", "---\ntitle: Beta\ndate: 2024-01-02\n---\n\nB.\n");
    }

    @Test
    void aNewSlugMovesTheDocumentsUrl() {
        assertUpdatedAsNew("content/posts/a.md", "---\ntitle: Alpha\ndate: 2024-01-01\nslug: first\n---\n\nA.\n");
    }

    @Test
    void aConceptsNewAliasIsAMentionToo() {
        SiteIndex updated = assertUpdatedAsNew("content/concepts/mesa.md",
                "---\ntitle: Mesa-optimizer\naliases: [inner optimizer, learned optimizer]\n---\n\nAn idea.\n");
        assertEquals(1, updated.conceptMentions().orElseThrow().find("a learned optimizer here").size());
    }

    /** Edits one file, and compares the index updated by it with one made from the site as it is now. */
    private SiteIndex assertUpdatedAsNew(String file, String text) {
        SiteSource before = load();
        SiteIndex earlier = SiteIndex.of(before);
        site.write(file, text);
        SiteSource after = load();
        Map<Document, Document> replaced = new HashMap<>();
        for (int i = 0; i < before.documents().size(); i++) {
            if (!before.documents().get(i).equals(after.documents().get(i))) {
                replaced.put(before.documents().get(i), after.documents().get(i));
            }
        }
        assertEquals(1, replaced.size(), "the edit changes one document");
        SiteIndex updated = earlier.replacing(after, replaced);
        assertNotSame(earlier, updated);
        assertEquals(answers(SiteIndex.of(after), after), answers(updated, after));
        return updated;
    }

    private SiteSource load() {
        return ContentLoader.load(site.root(), LoadOptions.published(TestSite.NOW), new Diagnostics());
    }

    /** Every answer an index gives about a site: its names, what each means, each document's URL. */
    private static Map<String, List<String>> answers(SiteIndex index, SiteSource source) {
        Map<String, List<String>> answers = new TreeMap<>();
        answers.put("(names)", List.copyOf(index.names()));
        TreeSet<String> asked = new TreeSet<>(index.names());
        source.documents().forEach(doc -> {
            asked.add(doc.title());
            asked.add(doc.slug());
            answers.put("(url) " + doc.source(), List.of(index.urlOf(doc.source()).orElse("none")));
        });
        asked.addAll(List.of("Alpha", "Beta", "Shared", "Gamma", "inner optimizer", "learned optimizer"));
        for (String name : asked) {
            answers.put(name, index.named(name).stream().map(doc -> doc.source() + " " + doc.title() + " " + doc.url())
                    .toList());
        }
        answers.put("(documents)", index.documents().stream().map(Document::title).toList());
        return answers;
    }
}
