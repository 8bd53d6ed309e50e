package org.essaykit.comments;

import org.essaykit.markdown.SafeUrls;
import org.essaykit.diag.SourcePos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(30)
class CommentBodiesTest {

    private static final CommentBodies BODIES = new CommentBodies("/repo");

    static RenderedComment render(String body) {
        return BODIES.render(new Comment("x", null, null, false, null, null, null, body, SourcePos.startOf(Path.of("t")), Map.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:x",
            "java\u0000script:x", "\u000Ejavascript:x", "data:text/html,x", "vbscript:x", "VBScript:x", "jar:x",
            "java\u200bscript:x", "file:///etc/passwd"})
    void refusesEverySchemeButHttpHttpsAndMailtoHoweverSpelled(String url) {
        assertFalse(SafeUrls.allowed(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a:b", "http://x", "mailto:a@b.org", "/posts/x/", "../x", "#comment-a",
            "x.html?q=a:b", "HTTPS://EXAMPLE.ORG"})
    void keepsHttpHttpsMailtoAndRelativeUrls(String url) {
        assertTrue(SafeUrls.allowed(url), url);
    }

    @Test
    void escapesRawHtmlAndMarksLinksAsUserContent() {
        assertEquals("<p>&lt;b onclick=\"x\"&gt;hi&lt;/b&gt; <a rel=\"nofollow ugc noopener\" href=\"https://example.org\">"
                        + "site</a></p>\n",
                render("<b onclick=\"x\">hi</b> [site](https://example.org)").html());
    }

    @Test
    void putsTheBasePathBeforeRootRelativeUrlsAsOnEveryPage() {
        RenderedComment c = render("[x](/posts/x/) [a](#comment-a) [no](javascript:x) ![i](/i.png)");
        assertTrue(c.html().contains("href=\"/repo/posts/x/\""), c.html());
        assertTrue(c.html().contains("href=\"#comment-a\""), c.html());
        assertTrue(c.html().contains("src=\"/repo/i.png\""), c.html());
        assertEquals(List.of("/posts/x/", "#comment-a"), c.links());
    }

    @Test
    void keepsTheWordsOfAnImageWhoseUrlIsRefused() {
        assertEquals("<p>a diagram</p>\n", render("![a diagram](javascript:alert(1))").html());
    }

    @Test
    void rendersAHugeBodyQuickly() {
        String body = ("word ".repeat(200) + "*emphasis* [link](https://example.org) <i>raw</i>\n\n").repeat(2_000);
        assertTrue(render(body).text().length() > 2_000_000);
    }

    @Test
    void rendersPathologicalNestingQuickly() {
        assertTrue(render(">".repeat(20_000) + " deep\n" + "[".repeat(50_000) + "*".repeat(50_000)).html().length() > 0);
    }
}
