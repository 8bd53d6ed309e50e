package org.essaykit.browser;

import org.essaykit.testing.BrowserSession;
import org.essaykit.testing.MathCorpus;
import org.essaykit.testing.StaticServer;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The formula corpus (over 200 formulas from papers, {@link MathCorpus}) built into a post with our theme and
 * laid out by Chromium: every formula is MathML that the browser lays out as math (display {@code math} or
 * {@code block math}), with no {@code merror} and a box of non-zero size; fractions stack their numerator above
 * their denominator, and an equation reference links to its numbered equation.
 */
@Timeout(300)
class MathCorpusBrowserTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();
    @TempDir
    static Path dir;
    static StaticServer server;
    static ChromeDriver browser;
    static List<MathCorpus.Formula> formulas;

    @BeforeAll
    static void buildAndServe() throws Exception {
        formulas = MathCorpus.formulas();
        TestSite site = TestSite.in(dir)
                .write("content/posts/corpus.md", "---\ntitle: Corpus\n---\n\n" + MathCorpus.markdown(formulas))
                .write("content/posts/numbered.md", "---\ntitle: Numbered\n---\n\nBy @eq:euler, all is one."
                        + "\n\n$$\ne^{i\\pi} + 1 = 0 \\label{eq:euler}\n$$\n");
        TestSite.copyTree(Path.of("templates"), site.root().resolve("templates"));
        assertTrue(site.buildClean().succeeded());
        server = session.closeAfter(new StaticServer(site.out(), ""));
        browser = session.browser();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    @Test
    void everyFormulaIsLaidOutAsMathWithABox() {
        browser.get(server.url("/posts/corpus/"));
        List<MathCorpus.Formula> expected = MathCorpus.mathElements(formulas);
        @SuppressWarnings("unchecked")
        List<List<Object>> boxes = (List<List<Object>>) new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> js("""
                const maths = [...document.querySelectorAll('main math')];
                return maths.length === 0 ? null : maths.map(m => {
                  const r = m.getBoundingClientRect();
                  return [r.width, r.height, getComputedStyle(m).display, m.querySelectorAll('merror').length];
                });"""));
        assertEquals(expected.size(), boxes.size(), "one <math> per formula shown");
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            List<Object> box = boxes.get(i);
            double width = ((Number) box.get(0)).doubleValue();
            double height = ((Number) box.get(1)).doubleValue();
            String display = (String) box.get(2);
            if (width <= 0 || height <= 0 || !(display.equals("math") || display.equals("block math") || display.equals("block"))
                    || ((Number) box.get(3)).intValue() > 0) {
                bad.add("line " + expected.get(i).line() + ": " + box + " " + expected.get(i).tex());
            }
        }
        assertEquals(List.of(), bad, "formulas without a math box");
        assertTrue(expected.size() >= 400, "inline and display forms of 200 formulas and more");
    }

    @Test
    void fractionsStackAndDisplayMathIsWiderThanItsInlineForm() {
        browser.get(server.url("/posts/corpus/"));
        Object unstacked = js("""
                return [...document.querySelectorAll('main mfrac')].filter(f => {
                  const [num, den] = f.children;
                  return !num || !den || num.getBoundingClientRect().bottom > den.getBoundingClientRect().top + 1;
                }).length;""");
        assertEquals(0L, unstacked, "fractions whose numerator is not above their denominator");
        assertTrue((Long) js("return document.querySelectorAll('main mfrac').length") > 50);
        // The sum with limits: as display math its limits go above and below, so it is taller than inline.
        Object taller = js("""
                const sums = [...document.querySelectorAll('main math')].filter(m => m.textContent.startsWith('∑n=1∞1n2'));
                return sums.length === 2 && sums[1].getBoundingClientRect().height > sums[0].getBoundingClientRect().height;""");
        assertEquals(Boolean.TRUE, taller);
    }

    @Test
    void aReferenceLinksToItsNumberedEquation() {
        browser.get(server.url("/posts/numbered/"));
        Object link = js("const a = document.querySelector('a.eq-ref');"
                + " return [a.textContent, a.getAttribute('href'), document.getElementById('eq:euler').textContent.endsWith('(1)')];");
        assertEquals(List.of("(1)", "#eq:euler", true), link);
    }
}
