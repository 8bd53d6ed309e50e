package org.essaykit.cli;

import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code essaykit check} as a user meets it: exit codes, formats, config from the site folder. */
class CheckCommandTest {

    @TempDir
    Path dir;

    private TestSite builtSite(String siteYaml) {
        TestSite site = TestSite.in(dir).write("content/site.yaml", siteYaml)
                .write("content/posts/a.md", "---\ntitle: A\n---\nSee [b](../b/).\n")
                .write("content/posts/b.md", "---\ntitle: B\n---\nBack to [a](../a/).\n");
        site.buildClean();
        return site;
    }

    @Test
    void cleanSiteExitsWithZero() {
        TestSite site = builtSite("title: T\nurl: https://example.org\n");
        CliRun run = CliRun.of("check", site.out().toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().startsWith("0 errors, 0 warnings, 0 notes in "), run.out());
    }

    @Test
    void brokenLinksExitWithOneAndAreListedWithTheirPosition() {
        TestSite site = builtSite("title: T\nurl: https://example.org\n");
        site.delete("site/posts/b/index.html");
        CliRun run = CliRun.of("check", site.out().toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(run.out().contains("posts/a/index.html:9:"), run.out());
        assertTrue(run.out().contains(": error: broken link `../b/` in a href: nothing is published at /posts/b/"),
                run.out());
    }

    @Test
    void readsTheBaseurlFromSiteYamlNextToTheSiteFolderUnlessOverridden() {
        TestSite site = builtSite("title: T\nurl: https://me.github.io\nbaseurl: /repo\n");
        assertEquals(0, CliRun.of("check", site.out().toString()).code());
        CliRun overridden = CliRun.of("check", "--baseurl", "/other", site.out().toString());
        assertEquals(1, overridden.code());
        assertTrue(overridden.out().contains("leaves the base path /other/"), overridden.out());
    }

    @Test
    void writesTheChosenFormatToTheOutputFile() throws IOException {
        TestSite site = builtSite("title: T\nurl: https://example.org\n");
        Path report = dir.resolve("report.sarif");
        CliRun run = CliRun.of("check", "--format", "sarif", "--output", report.toString(), site.out().toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.readString(report, StandardCharsets.UTF_8).contains("\"version\": \"2.1.0\""));
        assertTrue(run.out().contains("report written to"), run.out());
    }

    @Test
    void usageAndConfigErrorsExitWithTwo() {
        TestSite site = builtSite("title: T\nurl: https://example.org\n");
        String out = site.out().toString();
        assertEquals(2, CliRun.of("check", dir.resolve("nope").toString()).code());
        assertEquals(2, CliRun.of("check", "--format", "pdf", out).code());
        assertEquals(2, CliRun.of("check", "--ignore-url", "([", out).code());
        assertEquals(2, CliRun.of("check", "--url", "not a url", out).code());
        assertEquals(2, CliRun.of("check", "--baseurl", "repo://x", out).code());
        site.write("content/site.yaml", "title: T\nurl: ftp://nope\n");
        CliRun badConfig = CliRun.of("check", out);
        assertEquals(2, badConfig.code());
        assertTrue(badConfig.err().contains("content/site.yaml:2:"), badConfig.err());
    }

    @Test
    void helpListsTheExitCodes() {
        CliRun run = CliRun.of("check", "--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("Exit codes:") && run.out().contains("--external"), run.out());
    }
}
