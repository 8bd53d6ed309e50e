package org.essaykit.render;

import org.essaykit.content.ContentLoader;
import org.essaykit.content.LoadOptions;
import org.essaykit.content.SiteSource;
import org.essaykit.diag.Diagnostics;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.SiteGraph;
import org.essaykit.markdown.MarkdownEngine;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which pages exist and which documents each one shows: what incremental rebuilds will rely on. */
class PagePlannerTest {

    @TempDir
    Path dir;

    private Map<String, PlannedPage> plan(TestSite site) {
        Diagnostics diagnostics = new Diagnostics();
        SiteSource source = ContentLoader.load(site.root(), LoadOptions.published(TestSite.NOW), diagnostics);
        MarkdownEngine markdown = new MarkdownEngine(source.config().headingIds());
        List<RenderedDocument> rendered = source.documents().stream()
                .map(doc -> new RenderedDocument(doc, markdown.render(doc))).toList();
        SiteGraph graph = SiteGraph.build(source, org.essaykit.content.SiteIndex.of(source), rendered, java.util.Map.of(), diagnostics);
        List<PlannedPage> pages = new PagePlanner(new Templates(source.root(), source.config()))
                .plan(graph, diagnostics).pages();
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted().toString());
        return pages.stream().collect(Collectors.toMap(PlannedPage::url, p -> p));
    }

    @Test
    void everyPostPageListingAndSitePageIsPlannedWithItsTemplateAndFile() {
        TestSite site = TestSite.in(dir)
                .write("content/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\ntags: [x]\n---\n")
                .write("content/posts/b.md", "---\ntitle: B\ndate: 2024-01-02\ntags: [y]\n---\n")
                .write("content/posts/c.md", "---\ntitle: C\ndate: 2024-01-03\ntags: [x]\n---\n")
                .write("content/about.md", "---\ntitle: About\n---\n");
        Map<String, PlannedPage> pages = plan(site);

        assertEquals(List.of("/", "/404.html", "/about/", "/archive/", "/posts/a/", "/posts/b/", "/posts/c/",
                "/search/", "/tags/", "/tags/x/", "/tags/y/"), pages.keySet().stream().sorted().toList());
        assertEquals("post", pages.get("/posts/a/").template());
        assertEquals("posts/a/index.html", pages.get("/posts/a/").outputPath());
        assertEquals("tag", pages.get("/tags/x/").template());
        assertEquals("404.html", pages.get("/404.html").outputPath());
    }
}
