package org.essaykit.pipeline;

import org.essaykit.content.LoadOptions;
import org.essaykit.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Jekyll repository built as it is ({@code _config.yml}, {@code _posts/}, a collection, {@code defaults:}, no
 * {@code content/} or {@code site.yaml}): every document at the URL real Jekyll gives it, with Jekyll's heading ids.
 * What Jekyll 4.3 made of the same folder is in {@code sites/jekyll-repo.jekyll-output.txt}
 * ({@code bench/jekyll-compare.py --golden} writes it).
 */
class JekyllRepositoryTest {

    @TempDir
    Path dir;

    private BuildResult result;

    @BeforeEach
    void build() {
        TestSite.copyTree(TestSite.resource("/sites/jekyll-repo"), dir);
        result = Pipeline.build(new BuildRequest(dir, dir.resolve("site"), LoadOptions.published(TestSite.NOW)));
        assertTrue(result.succeeded(), TestSite.formatted(result));
    }

    @Test
    void everyDocumentIsWhereJekyllPutsItWithJekyllsHeadingIds() throws IOException {
        for (Map.Entry<String, List<String>> document : jekyllOutput().entrySet()) {
            String url = document.getKey();
            Path page = dir.resolve("site").resolve(org.essaykit.content.Permalinks.outputPath(url));
            assertTrue(Files.isRegularFile(page), url + " is missing");
            if (url.equals("/")) {
                continue; // the Jekyll theme's home page: ours takes its place
            }
            Element body = Jsoup.parse(page.toFile(), "UTF-8").selectFirst("div.essay-body");
            List<String> ids = body.select("h1, h2, h3, h4, h5, h6").stream()
                    .map(h -> h.hasAttr("id") ? h.id() : "(none)").toList();
            assertEquals(document.getValue(), ids, "heading ids of " + url);
        }
    }

    @Test
    void warnsOnceAboutWhatItLeavesOutAndNeverStops() {
        assertEquals("""
                _config.yml:9:18: warning: `github_username` is not used by essaykit
                    hint: templates can read it as `site.params.github_username`
                _posts/2023-02-01-git-date.md:3:9: warning: unknown layout `fancy`: the page uses the `post` layout
                    hint: create templates/fancy.html or use one of: concept, page, post
                _posts/template.md:1:1: warning: skipped: a file in _posts/ is a post only when its name starts with its date, as in Jekyll
                    hint: rename it `YYYY-MM-DD-template.md` to publish it, or move it out of _posts/
                feed.xml:1:1: warning: left out: a page of the Jekyll theme, made with Liquid and layouts
                    hint: essaykit makes its own home page, archive, tags, feed and sitemap with its theme
                index.md:1:1: warning: left out: the Jekyll theme's home page
                    hint: essaykit makes its own home page with its theme""", TestSite.formatted(result));
    }

    @Test
    void readsTheConfigAndCopiesWhatJekyllCopies() {
        Path site = dir.resolve("site");
        String post = read(site.resolve("essays/2023/01/30/offset.html"));
        assertTrue(post.contains("<a href=\"/repo/about.html\">about</a>"), "baseurl from _config.yml: " + post);
        assertTrue(read(site.resolve("essays/2023/02/01/git-date.html")).contains("Git Date"), "titled from its slug");
        assertTrue(read(site.resolve("index.html")).contains("A Jekyll repository"), "the title");
        assertTrue(Files.isRegularFile(site.resolve("README.md")), "Markdown without front matter is copied");
        assertTrue(Files.isRegularFile(site.resolve("assets/pixel.png")));
        assertFalse(Files.exists(site.resolve("notes.txt")), "excluded");
        assertFalse(Files.exists(site.resolve("notes/hidden.html")), "a collection without output");
        assertFalse(Files.exists(site.resolve("_layouts")));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** URL to heading ids, as Jekyll made them. */
    private static Map<String, List<String>> jekyllOutput() throws IOException {
        Map<String, List<String>> documents = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Files.readAllLines(TestSite.resource("/sites/jekyll-repo.jekyll-output.txt"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (line.startsWith("  #")) {
                current.add(line.substring(3));
            } else {
                current = new ArrayList<>();
                documents.put(line, current);
            }
        }
        return documents;
    }
}
