package org.essaykit.cli;

import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a user meets it: exit codes, help, messages. */
class CliTest {

    @TempDir
    Path dir;

    @Test
    void printsItsVersion() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.code());
        assertTrue(run.out().matches("essaykit \\d+\\.\\d+\\.\\d+.*\\R"), run.out());
    }

    @Test
    void everySubcommandHasHelp() {
        CliRun run = CliRun.of("build", "--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("--source=DIR"), run.out());
        assertTrue(run.out().contains("Exit codes:"), run.out());
        assertEquals(0, CliRun.of("--help").code());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, CliRun.of("build", "--no-such-option").code());
        assertEquals(2, CliRun.of("frobnicate").code());
        assertEquals(2, CliRun.of().code());
        CliRun missing = CliRun.of("build", "--source", dir.resolve("nope").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("is not a folder"), missing.err());
    }

    @Test
    void buildsAnySiteFolderIntoTheGivenOutput() {
        TestSite site = TestSite.in(dir.resolve("s")).write("content/posts/a.md", "---\ntitle: A\n---\nHi\n");
        Path out = dir.resolve("elsewhere");
        CliRun run = CliRun.of("build", "--source", site.root().toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("built "), run.out());
        assertTrue(out.resolve("posts/a/index.html").toFile().isFile());
    }

    @Test
    void contentErrorsExitWithOneAndListEveryError() {
        TestSite site = TestSite.in(dir)
                .write("content/posts/a.md", "---\ntitle: A\ndate: nope\n---\n")
                .write("content/posts/b.md", "no front matter\n");
        CliRun run = CliRun.of("build", "--source", site.root().toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("content/posts/a.md:3:7: error: cannot read the date `nope`"), run.err());
        assertTrue(run.err().contains("content/posts/b.md:1:1: error: missing title"), run.err());
        assertTrue(run.err().contains("build failed: 2 errors;"), run.err());
    }

    @Test
    void urlAndBaseurlOptionsTakeThePlaceOfTheConfig() throws Exception {
        TestSite site = TestSite.in(dir).write("content/posts/a.md", "---\ntitle: A\n---\nHi\n");
        CliRun run = CliRun.of("build", "--source", site.root().toString(), "--url", "https://me.github.io",
                "--baseurl", "/repo/");
        assertEquals(0, run.code(), run.err());
        String html = java.nio.file.Files.readString(site.out().resolve("posts/a/index.html"));
        assertTrue(html.contains("href=\"https://me.github.io/repo/posts/a/\""), html);
        assertTrue(html.contains("href=\"/repo/assets/site.css\""), html);

        CliRun bad = CliRun.of("build", "--source", site.root().toString(), "--baseurl", "repo");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("`baseurl` must be a path such as `/repo`, not `repo`"), bad.err());
    }
}
