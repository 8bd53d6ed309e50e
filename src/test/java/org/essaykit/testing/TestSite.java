package org.essaykit.testing;

import org.essaykit.pipeline.BuildRequest;
import org.essaykit.pipeline.BuildResult;
import org.essaykit.pipeline.Pipeline;
import org.essaykit.content.LoadOptions;
import org.essaykit.diag.Diagnostic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A small site written inline by a test (the way Hugo's integration tests do it): files as text, the
 * minimal test templates by default, then a real build into {@code site/}.
 */
public final class TestSite {

    /** A fixed "now" so that tests never depend on the day they run. */
    public static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    /** A site in {@code dir} with {@code content/site.yaml} titled "Test site" and the minimal templates. */
    public static TestSite in(Path dir) {
        TestSite site = new TestSite(dir);
        site.write("content/site.yaml", "title: Test site\nurl: https://example.org\n");
        copyTree(resource("/minimal-templates"), dir.resolve("templates"));
        return site;
    }

    /** A site in {@code dir} with {@code content/site.yaml} and no templates: it builds with the built-in theme. */
    public static TestSite bare(Path dir) {
        TestSite site = new TestSite(dir);
        site.write("content/site.yaml", "title: Test site\nurl: https://example.org\n");
        return site;
    }

    /** A site already in {@code dir} (made by {@code essaykit init}, say), as it is. */
    public static TestSite existing(Path dir) {
        return new TestSite(dir);
    }

    /** A Jekyll repository in {@code dir}: a copy of the fixture folder {@code sites/NAME}, read as it is. */
    public static TestSite jekyll(String fixture, Path dir) {
        copyTree(resource("/sites/" + fixture), dir);
        return new TestSite(dir);
    }

    /**
     * A copy of the fixture site {@code src/test/resources/sites/NAME} in {@code dir}: its content, and its
     * own templates or else the minimal test templates.
     */
    public static TestSite fixture(Path fixture, Path dir) {
        copyTree(fixture.resolve("content"), dir.resolve("content"));
        Path templates = fixture.resolve("templates");
        copyTree(Files.isDirectory(templates) ? templates : resource("/minimal-templates"), dir.resolve("templates"));
        return new TestSite(dir);
    }

    public static Path resource(String name) {
        try {
            return Path.of(TestSite.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Path out() {
        return root.resolve("site");
    }

    public TestSite write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TestSite delete(String path) {
        try {
            Files.delete(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public BuildResult build() {
        return build(LoadOptions.published(NOW));
    }

    public BuildResult build(LoadOptions options) {
        return Pipeline.build(new BuildRequest(root, out(), options));
    }

    /** Builds and fails the test with every diagnostic if the build did not succeed. */
    public BuildResult buildClean() {
        BuildResult result = build();
        if (!result.succeeded()) {
            throw new AssertionError("build failed:\n" + formatted(result));
        }
        return result;
    }

    /** Builds the site folder {@code source} into {@code out} as of {@link #NOW}; fails the test on any error. */
    public static Path buildInto(Path source, Path out) {
        BuildResult result = Pipeline.build(new BuildRequest(source, out, LoadOptions.published(NOW)));
        if (!result.succeeded()) {
            throw new AssertionError("build of " + source + " failed:\n" + formatted(result));
        }
        return out;
    }

    /** This repository's own site (content/ and templates/), built into {@code out}. */
    public static Path buildOurSite(Path out) {
        return buildInto(Path.of("").toAbsolutePath(), out);
    }

    public static String formatted(BuildResult result) {
        return result.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }

    public String read(String sitePath) {
        try {
            return Files.readString(out().resolve(sitePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String sitePath) {
        return Files.exists(out().resolve(sitePath));
    }

    /** Every file below {@code dir}, relative path to SHA-256: equal maps mean byte-identical trees. */
    public static Map<String, String> digest(Path dir) {
        Map<String, String> digests = new TreeMap<>();
        if (!Files.exists(dir)) {
            return digests;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                digests.put(dir.relativize(file).toString().replace('\\', '/'),
                        HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return digests;
    }

    public static List<String> files(Path dir) {
        return List.copyOf(digest(dir).keySet());
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
