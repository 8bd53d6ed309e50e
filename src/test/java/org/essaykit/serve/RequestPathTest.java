package org.essaykit.serve;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Request paths are decoded strictly: every way of spelling a step out of the site is refused. */
class RequestPathTest {

    @Test
    void decodesFolderAndFileUrls() throws Exception {
        assertEquals(new RequestPath(List.of(), true), RequestPath.parse("/"));
        assertEquals(new RequestPath(List.of("posts", "x"), true), RequestPath.parse("/posts/x/"));
        assertEquals(new RequestPath(List.of("feed.xml"), false), RequestPath.parse("/feed.xml"));
        assertEquals(List.of("caf\u00e9 notes"), RequestPath.parse("/caf%C3%A9%20notes").segments());
    }

    @Test
    void refusesEverySpellingOfStepsOutAndHiddenSeparators() {
        for (String raw : List.of(
                "/../etc/passwd", "/posts/../../etc/passwd", "/./x", "/posts/..",
                "/%2e%2e/etc/passwd", "/%2E%2E/etc/passwd", "/.%2e/x", "/%2e/x",
                "/a%2fb", "/a%2F..%2Fb", "/..%2f..%2fetc/passwd",
                "/a%5cb", "/..%5c..%5cetc", "/a\\b", "/..\\..\\etc",
                "/%c0%ae%c0%ae/x", "/%c0%af", "/%e0%80%ae%e0%80%ae/x", "/%f0%80%80%af", "/%ed%a0%80",
                "/a%00b", "/%0d%0aSet-Cookie:x", "/a%", "/a%4", "/a%zz",
                "//etc/passwd", "/a//b", "relative", "/caf\u00e9")) {
            assertThrows(RequestPath.Rejected.class, () -> RequestPath.parse(raw), raw);
        }
    }
}
