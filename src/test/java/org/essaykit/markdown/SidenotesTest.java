package org.essaykit.markdown;

import org.essaykit.content.Document;
import org.essaykit.content.SiteConfig.HeadingIdStyle;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Footnotes written again as sidenotes beside their references: {@code src/test/resources/markdown/sidenotes/}
 * holds a golden page (reviewed by hand; rerun with {@code -Dessaykit.updateGoldens=true} after an intended change).
 */
class SidenotesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/markdown/sidenotes");
    private static final MarkdownEngine ENGINE = new MarkdownEngine(HeadingIdStyle.GITHUB);

    private static String html(String markdown, Map<String, Object> frontMatter) {
        Document post = MarkdownEngineTest.post(markdown);
        return ENGINE.render(new Document(post.source(), post.kind(), post.slug(), post.url(), post.title(), null, null,
                null, List.of(), List.of(), "post", false, null, null, List.of(), null, 0, frontMatter, Map.of(),
                markdown, 5)).html();
    }

    @Test
    void rendersAsReviewed() throws IOException {
        String out = html(Files.readString(GOLDEN.resolve("sidenotes.md")), Map.of());
        Path expected = GOLDEN.resolve("sidenotes.html");
        if (Boolean.getBoolean("essaykit.updateGoldens") || !Files.exists(expected)) {
            Files.writeString(expected, out, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected), out);
    }

    /** Each sidenote shows the number its reference shows, whatever order the definitions were written in. */
    @Test
    void aSidenoteIsNumberedAsItsReference() {
        String out = html("One[^z] two[^y] three[^x] and one again[^z].\n\n[^x]: X.\n[^y]: Y.\n[^z]: Z.\n", Map.of());
        Matcher refs = Pattern.compile("data-footnote-ref>(\\d+)</a></sup><small class=\"sidenote\" hidden=\"\">"
                + "<span class=\"sidenote-number\">(\\d+)</span> <span class=\"sidenote-para\">(\\w)\\.").matcher(out);
        StringBuilder pairs = new StringBuilder();
        while (refs.find()) {
            pairs.append(refs.group(1)).append('=').append(refs.group(2)).append(refs.group(3)).append(' ');
        }
        assertEquals("1=1Z 2=2Y 3=3X ", pairs.toString(), out);
    }

    /** References side by side stay so: their notes follow the pair, in order. */
    @Test
    void notesOfAdjacentReferencesFollowThemAll() {
        String out = html("A claim.[^1][^2] More.\n\n[^1]: One.\n[^2]: Two.\n", Map.of());
        assertTrue(out.contains("data-footnote-ref>1</a></sup><sup class=\"footnote-ref\"><a href=\"#fn-2\" id=\"fnref-2\""
                + " data-footnote-ref>2</a></sup><small class=\"sidenote\" hidden=\"\"><span class=\"sidenote-number\">1</span>"
                + " <span class=\"sidenote-para\">One.</span></small><small class=\"sidenote\" hidden=\"\">"
                + "<span class=\"sidenote-number\">2</span>"), out);
    }

    /** 10,000 notes, each referenced twice, half of them side by side in one paragraph: still a quick render. */
    @Test
    @org.junit.jupiter.api.Timeout(20)
    void tenThousandNotesRenderInTime() {
        StringBuilder body = new StringBuilder("Side by side:");
        for (int i = 0; i < 5000; i++) {
            body.append("[^n").append(i).append(']');
        }
        body.append("\n\n");
        for (int i = 5000; i < 10000; i++) {
            body.append("Claim ").append(i).append(".[^n").append(i).append("] Again.[^n").append(i - 5000).append("]\n\n");
        }
        for (int i = 0; i < 10000; i++) {
            body.append("[^n").append(i).append("]: Note ").append(i).append(".\n");
        }
        String out = html(body.toString(), Map.of());
        assertEquals(10000, out.split("<small class=\"sidenote\"", -1).length - 1);
        assertTrue(out.contains("<span class=\"sidenote-number\">10000</span> <span class=\"sidenote-para\">Note 9999."));
    }

    @Test
    void aPostCanTurnThemOff() {
        String markdown = "Claim.[^1]\n\n[^1]: Source.\n";
        assertTrue(html(markdown, Map.of()).contains("class=\"sidenote\""));
        String off = html(markdown, Map.of("sidenotes", false));
        assertFalse(off.contains("sidenote"), off);
        assertTrue(off.contains("<li id=\"fn-1\">"), off);
    }

    @Test
    void aSiteCanTurnThemOff() {
        MarkdownOptions options = MarkdownOptions.defaults(HeadingIdStyle.GITHUB);
        MarkdownEngine off = new MarkdownEngine(new MarkdownOptions(options.headingIds(), Map.of(), null, "", false,
                null, false, false, null, null, false, options.plainBodyBytes()));
        assertFalse(off.render(MarkdownEngineTest.post("Claim.[^1]\n\n[^1]: Source.\n")).html().contains("sidenote"));
    }

    /** The feed has no theme to hide them: its notes stand at the end only. */
    @Test
    void theFeedHasNoSidenotes() {
        RenderedMarkdown rendered = ENGINE.render(MarkdownEngineTest.post(
                "Claim.[^1]\n\n| a |\n| - |\n| b[^2] |\n\n[^1]: Source.\n[^2]: Cell.\n"));
        assertTrue(rendered.html().contains("<aside class=\"sidenote\""), rendered.html());
        assertFalse(rendered.feedHtml().contains("sidenote"), rendered.feedHtml());
        assertTrue(rendered.feedHtml().contains("<li id=\"fn-2\">"), rendered.feedHtml());
    }

    /** The note is not counted twice: its words and links are found once. */
    @Test
    void theNoteIsReadOnce() {
        RenderedMarkdown rendered = ENGINE.render(MarkdownEngineTest.post(
                "Claim.[^1]\n\n[^1]: See [there](https://example.org/).\n"));
        assertEquals(1, rendered.links().size());
    }
}
