package org.essaykit.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The small parsers under the checker: URL references, srcset, CSS url(), Retry-After. */
class UrlParsingTest {

    private static final Url PAGE = Url.parse("https://example.org/repo/posts/x/index.html");

    private static String resolve(String ref) {
        return Url.parse(ref).resolveAgainst(PAGE).toString();
    }

    @Test
    void resolvesReferencesAsBrowsersDo() {
        assertEquals("https://example.org/repo/posts/x/a.png", resolve("a.png"));
        assertEquals("https://example.org/repo/posts/y/", resolve("../y/"));
        assertEquals("https://example.org/", resolve("../../../../../"));
        assertEquals("https://example.org/repo/posts/x/index.html#f", resolve("#f"));
        assertEquals("https://example.org/repo/posts/x/index.html?q=1", resolve("?q=1"));
        assertEquals("https://example.org/repo/posts/x/index.html", resolve(""));
        assertEquals("https://other.org/x", resolve("//other.org/x"));
        assertEquals("https://example.org/a/b", resolve("\\a\\b"));
        assertEquals("https://example.org/repo/posts/x/a%20b", resolve("  a%20b\n"));
        assertEquals("https://example.org/repo/posts/x/a b:c", resolve("a b:c"), "not a scheme");
        assertEquals("mailto:x@example.org", resolve("MAILTO:x@example.org"));
    }

    @Test
    void comparesOriginsWithoutCaseOrDefaultPorts() {
        assertEquals("https://example.org", Url.parse("HTTPS://Example.ORG:443/x").origin());
        assertEquals("http://example.org:8080", Url.parse("http://example.org:8080/").origin());
    }

    @Test
    void decodesPercentEncodingOnlyWhenItIsWellFormedUtf8() {
        assertEquals("café and 100%", SiteAddress.decodeOrNull("caf%C3%A9 and 100%25"));
        assertNull(SiteAddress.decodeOrNull("100%"));
        assertNull(SiteAddress.decodeOrNull("%zz"));
        assertNull(SiteAddress.decodeOrNull("%C3"), "half a UTF-8 sequence");
    }

    @Test
    void readsEverySrcsetCandidateIncludingUrlsWithCommas() {
        assertEquals(List.of("a.png", "b.png", "c.png"), Srcset.urls("a.png 1x, b.png 2x,c.png 3x"));
        assertEquals(List.of("a,b.png", "c.png"), Srcset.urls(" a,b.png 640w, c.png 1280w "));
        assertEquals(List.of("a.png,b.png"), Srcset.urls("a.png,b.png"), "the standard reads one URL here");
        assertEquals(List.of("a.png", "b.png"), Srcset.urls("a.png, b.png"));
        assertEquals(List.of("a.png"), Srcset.urls("a.png (max-width: 3px, 4px) 1x"));
        assertEquals(List.of(), Srcset.urls("  , "));
    }

    @Test
    void findsCssUrlsButNotInComments() {
        List<CssUrls.CssUrl> urls = CssUrls.in("/* url(no.png) */\na { b: url( 'x y.png' ) url(z.png) }\n@import \"i.css\";");
        assertEquals(List.of("x y.png", "z.png", "i.css"), urls.stream().map(CssUrls.CssUrl::url).toList());
    }

    @Test
    void readsRetryAfterInSecondsOrAsADate() {
        java.time.Instant now = java.time.Instant.parse("2026-01-01T00:00:00Z");
        assertEquals(java.time.Duration.ofSeconds(3), ExternalPass.retryAfter("3", now));
        assertEquals(java.time.Duration.ofSeconds(90), ExternalPass.retryAfter("Thu, 01 Jan 2026 00:01:30 GMT", now));
        assertNull(ExternalPass.retryAfter("soon", now));
    }
}
