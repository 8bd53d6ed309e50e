package org.essaykit.serve;

import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Edits on disk reach open tabs: the watcher, the rebuild, the event stream and the served site together. */
@Timeout(120)
class ServeLiveTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String HELLO = "content/posts/hello.md";

    @TempDir
    Path dir;

    private static String post(String title, String body) {
        return "---\ntitle: " + title + "\ndate: 2025-01-01\n---\n\n" + body + "\n";
    }

    @Test
    void anEditReloadsABreakShowsErrorsOverTheLastGoodSiteAndAFixReloads() throws Exception {
        TestSite site = TestSite.in(dir).write(HELLO, post("Hello", "First words."));
        try (RunningServer server = RunningServer.of(site); EventStream events = server.events()) {
            String version = events.next("hello", WAIT).data();

            site.write(HELLO, post("Hello", "Edited words."));
            assertNotEquals(version, events.next("reload", WAIT).data());
            assertTrue(server.get("/posts/hello/").body().contains("Edited words."));

            site.write(HELLO, post("Hello", "Broken words, see [the other](missing.md)."));
            String errors = events.next("errors", WAIT).data();
            assertTrue(errors.contains("{\"file\":\"content/posts/hello.md\",\"line\":6,\"column\":19,"
                    + "\"severity\":\"error\",\"message\":"), errors);
            HttpResponse<String> stillGood = server.get("/posts/hello/");
            assertEquals(200, stillGood.statusCode());
            assertTrue(stillGood.body().contains("Edited words."), "the last good page is still served");
            try (EventStream late = server.events()) {
                late.next("hello", WAIT);
                assertEquals(errors, late.next(WAIT).data(), "a tab opened while broken is told at once");
            }

            site.write(HELLO, post("Hello", "Fixed words."));
            events.next("reload", WAIT);
            assertTrue(server.get("/posts/hello/").body().contains("Fixed words."));
            try (EventStream late = server.events()) {
                late.next("hello", WAIT);
                assertNull(late.poll(Duration.ofMillis(300)), "no errors once fixed");
            }
        }
    }

    @Test
    void templatesConfigStaticFilesAndNewFoldersAreWatched() throws Exception {
        TestSite site = TestSite.in(dir).write(HELLO, post("Hello", "Words."));
        try (RunningServer server = RunningServer.of(site); EventStream events = server.events()) {
            events.next("hello", WAIT);

            site.write("content/posts/2025/may/nested.md", post("Nested", "In a new folder."));
            awaitServed(server, events, "/posts/nested/", page -> page.body().contains("In a new folder."));

            site.write("content/files/new.txt", "a new static file");
            awaitServed(server, events, "/files/new.txt", page -> page.body().equals("a new static file"));

            site.write("templates/404.html", "{% extends \"base.html\" %}{% block main %}<p>Nothing here.</p>{% endblock %}");
            awaitServed(server, events, "/missing/", page -> page.body().contains("Nothing here."));

            site.write("content/site.yaml", "title: Renamed site\nurl: https://example.org\n");
            awaitServed(server, events, "/", page -> page.body().contains("Renamed site"));

            site.delete("content/posts/2025/may/nested.md");
            awaitServed(server, events, "/posts/nested/", page -> page.statusCode() == 404);
        }
    }

    /** Waits, reload by reload, until the page is as expected: one save may take more than one rebuild. */
    private static void awaitServed(RunningServer server, EventStream events, String path,
                                    Predicate<HttpResponse<String>> expected) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!expected.test(server.get(path))) {
            assertTrue(System.nanoTime() < deadline, path + " never showed the change");
            events.next("reload", WAIT);
        }
    }

    @Test
    void rapidSavesAreCoalescedIntoFewRebuilds() throws Exception {
        TestSite site = TestSite.in(dir).write(HELLO, post("Hello", "Save 0."));
        try (RunningServer server = RunningServer.of(site); EventStream events = server.events()) {
            events.next("hello", WAIT);
            int before = server.builds.size();
            int saves = 20;
            for (int i = 1; i <= saves; i++) {
                site.write(HELLO, post("Hello", "Save " + i + "."));
            }
            awaitServed(server, events, "/posts/hello/", page -> page.body().contains("Save " + saves + "."));
            Thread.sleep(300); // any rebuild still to come would have started by now
            int rebuilds = server.builds.size() - before;
            assertTrue(rebuilds >= 1 && rebuilds <= saves / 4, saves + " saves made " + rebuilds + " rebuilds");
            assertTrue(server.builds.get(server.builds.size() - 1).succeeded());
        }
    }

    @Test
    void swapFilesAndTheOutputFolderDoNotRebuild() throws Exception {
        TestSite site = TestSite.in(dir).write(HELLO, post("Hello", "Words."));
        try (RunningServer server = RunningServer.of(site); EventStream events = server.events()) {
            events.next("hello", WAIT);
            int before = server.builds.size();
            site.write("content/posts/.hello.md.swp", "vim's swap file");
            site.write("content/posts/hello.md~", "a backup");
            site.write("site/index.html", "a build's output");
            assertNull(events.poll(Duration.ofMillis(500)), "no rebuild for files that are not sources");
            assertEquals(before, server.builds.size());
        }
    }

    @Test
    void draftsAndFuturePostsAreServedButNotBuilt() throws Exception {
        TestSite site = TestSite.in(dir)
                .write(HELLO, post("Hello", "Published."))
                .write("content/posts/draft.md", "---\ntitle: A draft\ndraft: true\n---\n\nNot yet.\n")
                .write("content/posts/future.md", "---\ntitle: Tomorrow\ndate: 2099-01-01\n---\n\nLater.\n");
        try (RunningServer server = RunningServer.of(site)) {
            assertTrue(server.get("/posts/draft/").body().contains("Not yet."));
            assertTrue(server.get("/posts/future/").body().contains("Later."));
            assertTrue(server.get("/").body().contains("A draft"));
        }
        site.buildClean();
        assertTrue(site.exists("posts/hello/index.html"));
        assertFalse(site.exists("posts/draft/index.html"));
        assertFalse(site.exists("posts/future/index.html"));
        assertFalse(site.read("index.html").contains("A draft"));
        assertFalse(site.read("posts/hello/index.html").contains("_essaykit"), "the script is never built");
    }

    @Test
    void aBaseurlSiteIsServedUnderItsPathAndTheRootRedirectsThere() throws Exception {
        TestSite site = TestSite.in(dir)
                .write("content/site.yaml", "title: T\nurl: https://example.org\nbaseurl: /repo\n")
                .write(HELLO, post("Hello", "Words."));
        try (RunningServer server = RunningServer.of(site)) {
            assertTrue(server.server.address().toString().endsWith("/repo/"), server.server.address().toString());
            assertEquals("/repo/", server.get("/").headers().firstValue("Location").orElseThrow());
            assertEquals("/repo/", server.get("/repo").headers().firstValue("Location").orElseThrow());
            assertEquals(200, server.get("/repo/").statusCode());
            assertEquals(200, server.get("/repo/posts/hello/").statusCode());
            assertTrue(server.get("/repo/posts/hello/").body().contains("href=\"/repo/assets/site.css\""));
            assertEquals(404, server.get("/posts/hello/").statusCode());
        }
    }

    @Test
    void aSiteBrokenFromTheStartShowsItsErrorsThenTheSiteOnceFixed() throws Exception {
        TestSite site = TestSite.in(dir).write(HELLO, "---\ndate: 2025-01-01\n---\n\nNo title.\n");
        try (RunningServer server = RunningServer.of(site); EventStream events = server.events()) {
            HttpResponse<String> page = server.get("/posts/hello/");
            assertEquals(503, page.statusCode());
            assertTrue(page.body().contains("/_essaykit/reload.js"), "the page can show the overlay");
            events.next("hello", WAIT);
            assertTrue(events.next(WAIT).data().contains("content/posts/hello.md"));

            site.write(HELLO, post("Hello", "Now it builds."));
            events.next("reload", WAIT);
            assertTrue(server.get("/posts/hello/").body().contains("Now it builds."));
        }
    }

    private static void assertNotEquals(String unexpected, String actual) {
        org.junit.jupiter.api.Assertions.assertNotEquals(unexpected, actual);
    }
}
