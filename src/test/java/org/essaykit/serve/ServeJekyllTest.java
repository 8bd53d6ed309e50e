package org.essaykit.serve;

import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code essaykit serve} on a Jekyll repository as it is: its Liquid and kramdown served, and an edit reloaded. */
@Timeout(120)
class ServeJekyllTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String POST = "_posts/2015-02-03-liquid.md";
    private static final String PAGE = "/blog/2015/02/liquid/";

    @TempDir
    Path dir;

    @Test
    void servesTheRenderedLiquidAndReloadsAnEditedPost() throws Exception {
        TestSite site = TestSite.jekyll("jekyll-liquid", dir);
        try (RunningServer server = RunningServer.of(site); EventStream events = server.events()) {
            events.next("hello", WAIT);
            HttpResponse<String> page = server.get(PAGE);
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains("This is Liquid and kramdown, and this post is LIQUID IN A POST."));
            assertTrue(page.body().contains("<h2 id=\"liquid-first\">"), "the IAL's heading id");

            site.write(POST, "---\ntitle: Liquid in a post\n---\nNow {{ page.title | downcase }} says "
                    + "[hi]({% post_url 2014-01-01-first %}).\n");
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!server.get(PAGE).body().contains("Now liquid in a post says")) {
                assertTrue(System.nanoTime() < deadline, "the edit never showed");
                events.next("reload", WAIT);
            }
            assertTrue(server.get(PAGE).body().contains("<a href=\"/blog/2014/01/first/\">hi</a>"));
        }
    }
}
