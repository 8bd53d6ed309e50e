package org.essaykit.cli;

import org.essaykit.content.Permalinks;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar pointed at a Jekyll-shaped folder ({@code _config.yml}, {@code _posts/}, no {@code content/},
 * no {@code templates/}): it builds with the theme the jar carries, every document at the URL Jekyll gives it.
 */
class JekyllRepositoryIT {

    private static final Path JAR = Path.of("target/essaykit.jar");

    @TempDir
    Path dir;

    @Test
    void theJarBuildsAJekyllRepositoryAsItIsWithItsOwnTheme() throws IOException, InterruptedException {
        Path repo = dir.resolve("blog");
        String printed = buildWithTheJar("jekyll-repo", repo);
        assertTrue(printed.contains("_posts/template.md:1:1: warning: skipped"), printed);

        Path site = repo.resolve("site");
        List<String> urls = Files.readAllLines(TestSite.resource("/sites/jekyll-repo.jekyll-output.txt")).stream()
                .filter(line -> line.startsWith("/")).toList();
        assertEquals(7, urls.size());
        for (String url : urls) {
            assertTrue(Files.isRegularFile(site.resolve(Permalinks.outputPath(url))), url + " is missing");
        }
        String post = Files.readString(site.resolve("essays/2023/01/30/offset.html"), StandardCharsets.UTF_8);
        assertTrue(post.contains("<a class=\"skip-link\" href=\"#main\">"), "our theme, from the jar: " + post);
        assertTrue(Files.isRegularFile(site.resolve("assets/style.css")), "the theme's assets, from the jar");
    }

    @Test
    void theJarRendersLiquidKramdownAndEmojiWithTheLibrariesItCarries() throws IOException, InterruptedException {
        Path repo = dir.resolve("blog");
        buildWithTheJar("jekyll-liquid", repo);
        String post = Files.readString(repo.resolve("site/2015/02/liquid/index.html"), StandardCharsets.UTF_8);
        assertTrue(post.contains("This is Liquid and kramdown, and this post is LIQUID IN A POST."), post);
        assertTrue(post.contains("<h2 id=\"liquid-first\">"), post);
        assertTrue(post.contains("Done \uD83C\uDF89"), post);
        assertTrue(Files.isRegularFile(repo.resolve("site/old-liquid/index.html")), "redirect_from");
    }

    /** Copies a fixture folder to {@code repo} and builds it with the packaged jar; what it printed on stderr. */
    private String buildWithTheJar(String fixture, Path repo) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), JAR + " is made by `mvn package`; run `mvn verify`");
        TestSite.copyTree(TestSite.resource("/sites/" + fixture), repo);
        Path err = dir.resolve("err.txt");
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString(), "build", "--source", repo.toString())
                .redirectError(err.toFile()).redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertTrue(build.waitFor(120, TimeUnit.SECONDS), "the build still runs");
        String printed = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, build.exitValue(), printed);
        return printed;
    }
}
