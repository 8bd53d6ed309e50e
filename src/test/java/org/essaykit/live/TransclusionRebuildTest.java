package org.essaykit.live;

import org.essaykit.content.LoadOptions;
import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.Diagnostics;
import org.essaykit.pipeline.BuildRequest;
import org.essaykit.pipeline.Pipeline;
import org.essaykit.pipeline.StageTimer;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code serve} and embeds: an edit of an embedded section renders the pages showing it again (through a page that
 * embeds a page that embeds it, too), and the site then equals a clean build byte for byte.
 */
class TransclusionRebuildTest {

    private static final Path FIXTURE = Path.of("src/test/resources/sites/transclusion");
    private static final LoadOptions OPTIONS = LoadOptions.published(TestSite.NOW);

    @TempDir
    Path dir;
    private TestSite site;
    private LiveBuild live;

    @BeforeEach
    void start() {
        site = TestSite.fixture(FIXTURE, dir);
        TestSite.copyTree(Path.of("templates"), dir.resolve("templates"));
        live = LiveBuild.of(new BuildRequest(dir, dir.resolve("site"), OPTIONS));
        assertMatchesCleanBuild(live.start());
    }

    private LiveBuild.Outcome edit(String path, String from, String to) {
        site.write(path, read(path).replace(from, to));
        LiveBuild.Outcome outcome = live.rebuild(Set.of(dir.resolve(path)));
        assertMatchesCleanBuild(outcome);
        return outcome;
    }

    @Test
    void editingAnEmbeddedSectionRendersThePagesShowingIt() {
        LiveBuild.Outcome outcome = edit("content/posts/leaf.md", "The leaf's point", "The leaf's sharper point");
        assertEquals(List.of("/posts/host/", "/posts/leaf/", "/posts/middle/"),
                outcome.work().pagesRendered().stream().filter(p -> p.startsWith("/posts/")).sorted().toList());
        assertTrue(page(outcome, "posts/host/index.html").contains("The leaf's sharper point"));
    }

    @Test
    void editingTheDefinitionOfAConceptRendersItsHost() {
        LiveBuild.Outcome outcome = edit("content/concepts/mesa-optimizer.md", "searches over plans", "searches over many plans");
        assertTrue(page(outcome, "posts/host/index.html").contains("searches over many plans"));
        assertFalse(outcome.work().pagesRendered().contains("/posts/middle/"), "middle shows nothing of the concept");
    }

    @Test
    void aCycleMadeWhileServingIsReportedAndItsFixRecovers() {
        String leaf = read("content/posts/leaf.md");
        site.write("content/posts/leaf.md", leaf + "\n![[host]]\n");
        LiveBuild.Outcome broken = live.rebuild(Set.of(dir.resolve("content/posts/leaf.md")));
        assertNull(broken.site());
        assertTrue(broken.diagnostics().stream().anyMatch(d -> d.isError() && d.message().contains("closes a cycle")),
                broken.diagnostics()::toString);
        site.write("content/posts/leaf.md", leaf);
        assertMatchesCleanBuild(live.rebuild(Set.of(dir.resolve("content/posts/leaf.md"))));
    }

    @Test
    void aPageThatStartsOrStopsEmbeddingWhileServingIsFilledAsACleanBuildFillsIt() {
        LiveBuild.Outcome added = edit("content/posts/leaf.md", "Not shown.", "Not shown.\n\n![[mesa-optimizer#definition]]");
        assertTrue(page(added, "posts/leaf/index.html").contains("searches over plans"), "the new embed is filled");
        LiveBuild.Outcome removed = edit("content/posts/leaf.md", "\n\n![[mesa-optimizer#definition]]", "");
        assertFalse(page(removed, "posts/leaf/index.html").contains("searches over plans"));
        LiveBuild.Outcome host = edit("content/posts/middle.md", "![[", "[[");
        assertTrue(host.work().pagesRendered().contains("/posts/middle/"));
    }

    @Test
    void aNewTitleOfAnEmbeddedPageReachesTheWordsOfEveryEmbedByItsSlug() {
        LiveBuild.Outcome outcome = edit("content/posts/leaf.md", "title: Leaf", "title: The fallen leaf");
        // middle embeds ![[leaf#the-point]], by the slug the edit kept; leaf's backlinks quote the embed's words.
        String leaf = page(outcome, "posts/leaf/index.html");
        assertTrue(leaf.contains("Embedded: The fallen leaf") && !leaf.contains("Embedded: Leaf"), leaf);
    }

    private static String page(LiveBuild.Outcome outcome, String path) {
        return new String(IncrementalRebuildTest.bytes(List.of(outcome.site().file(path).orElseThrow())).get(path),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private void assertMatchesCleanBuild(LiveBuild.Outcome outcome) {
        if (outcome.site() == null) {
            fail(outcome.diagnostics().stream().map(Diagnostic::format).toList().toString());
        }
        Map<String, byte[]> served = IncrementalRebuildTest.bytes(outcome.site().files().values());
        Diagnostics diagnostics = new Diagnostics();
        Map<String, byte[]> clean = IncrementalRebuildTest.bytes(Pipeline.assemble(new BuildRequest(dir, dir.resolve("site"), OPTIONS),
                diagnostics, new StageTimer()).files());
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted()::toString);
        assertEquals(clean.keySet(), served.keySet());
        for (String path : clean.keySet()) {
            if (!Arrays.equals(clean.get(path), served.get(path))) {
                fail("first differing file: " + path + "\n--- clean\n" + new String(clean.get(path))
                        + "\n--- served\n" + new String(served.get(path)));
            }
        }
    }

    private String read(String path) {
        try {
            return java.nio.file.Files.readString(dir.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
