package org.essaykit.cli;

import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A GitHub Pages project site (baseurl {@code /repo}) whose content writes root-relative URLs the way Jekyll
 * blogs do: in Markdown links and images, raw HTML, data-table cells and comments. Every one gets the base
 * path exactly once, which {@code essaykit check} proves by finding nothing broken.
 */
class ProjectSiteBaseurlTest {

    @TempDir
    Path dir;

    private TestSite site;

    @BeforeEach
    void build() {
        site = TestSite.fixture(TestSite.resource("/sites/project-site"), dir);
        // Our own theme, which shows comments and links every page the way a real site does.
        TestSite.copyTree(Path.of("templates"), dir.resolve("templates"));
        site.buildClean();
    }

    @Test
    void essaykitCheckFindsNoBrokenLinkUnderTheBasePath() {
        CliRun run = CliRun.of("check", site.out().toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().startsWith("0 errors, 0 warnings"), run.out());
    }

    @Test
    void markdownAndRawHtmlUrlsGetTheBasePathOnce() {
        String first = site.read("posts/first/index.html");
        assertTrue(first.contains("<a href=\"/repo/about/\">about</a>"), first);
        assertTrue(first.contains("<a href=\"/repo/about/?from=first\">"), first);
        assertTrue(first.contains("<img src=\"/repo/img/pixel.png\" alt=\"a pixel\" loading=\"lazy\" />"), first);
        assertTrue(first.contains("<a href=\"/repo/about/\">about again</a>"), first);
        assertTrue(first.contains("<a href=\"/repo\">home</a>"), first);
        assertTrue(first.contains("<p>Raw HTML too: <a href=\"/repo/about/\">about</a> and "
                + "<img src=\"/repo/img/pixel.png\" alt=\"a pixel\"></p>"), first);
        assertTrue(first.contains("<a href='/repo/posts/second/'>the second essay</a>"), first);
        assertTrue(first.contains("<a href=\"//example.org/x\">"), first);
        assertTrue(first.contains("<td><a href=\"/repo/about/\">About</a></td>"), "data-table cells: " + first);
        assertFalse(first.contains("/repo/repo"), first);
    }

    @Test
    void commentBodiesGetTheBasePathOnce() {
        String second = site.read("posts/second/index.html");
        assertTrue(second.contains("href=\"/repo/posts/first/\""), second);
        assertTrue(second.contains("href=\"/repo/about/\""), second);
        assertFalse(second.contains("/repo/repo"), second);
    }
}
