package org.essaykit.render;

import org.essaykit.pipeline.BuildResult;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The theme the jar carries: any folder of Markdown builds, and a site replaces only the templates it wants to. */
class BuiltInThemeTest {

    @TempDir
    Path dir;

    @Test
    void aSiteWithoutTemplatesBuildsWithOurThemeAndItsAssets() throws IOException {
        TestSite site = TestSite.bare(dir)
                .write("content/posts/first.md", "---\ntitle: First\ntags: [notes]\n---\n\n## Start\n\nText.\n")
                .write("content/about.md", "---\ntitle: About\n---\nMe.\n");
        site.buildClean();
        assertTrue(site.read("posts/first/index.html").contains("<a class=\"skip-link\" href=\"#main\">"));
        assertTrue(site.exists("tags/notes/index.html"));
        assertTrue(site.exists("archive/index.html"));
        assertArrayEquals(Files.readAllBytes(Path.of("templates/assets/style.css")),
                Files.readAllBytes(site.out().resolve("assets/style.css")), "the theme's stylesheet as it is");
        assertTrue(site.exists("assets/search.js"));
    }

    @Test
    void aSiteOverridesOneTemplateAndTheRestComeFromOurTheme() {
        TestSite site = TestSite.bare(dir)
                .write("templates/post.html", "{% extends \"base.html\" %}\n{% block main %}<article><h1>{{ page.title }}"
                        + "</h1>{{ page.content }}</article>{% endblock %}\n") // the README's example
                .write("content/posts/first.md", "---\ntitle: First\n---\nText.\n");
        site.buildClean();
        String post = site.read("posts/first/index.html");
        assertTrue(post.contains("<article><h1>First</h1><p>Text.</p>\n</article>"), post);
        assertTrue(post.contains("<a class=\"skip-link\" href=\"#main\">"), "our base.html around it: " + post);
        assertTrue(site.read("index.html").contains("<a class=\"skip-link\""), "our home page");
        assertTrue(site.exists("assets/style.css"), "no templates/assets/ of its own: ours");
    }

    @Test
    void aSiteWithItsOwnAssetsPublishesOnlyThem() {
        TestSite site = TestSite.in(dir).write("content/posts/first.md", "---\ntitle: First\n---\nText.\n");
        site.buildClean();
        assertTrue(site.exists("assets/site.css"));
        assertFalse(site.exists("assets/style.css"));
    }

    @Test
    void theHintForAnUnknownLayoutListsOurLayoutsToo() {
        TestSite site = TestSite.bare(dir).write("content/posts/a.md", "---\ntitle: A\nlayout: essay\n---\nHi\n");
        BuildResult result = site.build();
        assertTrue(result.succeeded());
        assertEquals("content/posts/a.md:3:9: warning: unknown layout `essay`: the page uses the `post` layout\n"
                + "    hint: create templates/essay.html or use one of: concept, page, post", TestSite.formatted(result));
    }
}
