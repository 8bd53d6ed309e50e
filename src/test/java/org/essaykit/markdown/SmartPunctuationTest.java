package org.essaykit.markdown;

import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** smart_typography: curly quotes, dashes, ellipses and arrows in text; code, URLs and other sites untouched. */
class SmartPunctuationTest {

    @TempDir
    Path dir;

    private String build(String config) {
        TestSite site = TestSite.in(dir)
                .write("content/site.yaml", "title: T\nurl: https://example.org\n" + config)
                .write("content/posts/p.md", "---\ntitle: P\n---\n\n"
                        + "\"Quoted\" -- it's 'so' --- wait... evolution -> humans, *\"emphasis\"*.\n\n"
                        + "`\"code\" -- x` and https://example.com/a--b and [link](https://example.com/c--d).\n");
        site.buildClean();
        return site.read("posts/p/index.html");
    }

    @Test
    void textGetsTypographersPunctuation() {
        String html = build("smart_typography: true\n");
        assertTrue(html.contains("\u201CQuoted\u201D \u2013 it\u2019s \u2018so\u2019 \u2014 wait\u2026 evolution \u2192 humans, "
                + "<em>\u201Cemphasis\u201D</em>."), html);
    }

    @Test
    void codeAndUrlsStayAsWritten() {
        String html = build("smart_typography: true\n");
        assertTrue(html.contains("<code>&quot;code&quot; -- x</code>"), html);
        assertTrue(html.contains(">https://example.com/a--b</a>"), html);
        assertTrue(html.contains("href=\"https://example.com/c--d\""), html);
    }

    @Test
    void offUnlessTheSiteAsks() {
        assertTrue(build("").contains("&quot;Quoted&quot; -- it's"));
    }
}
