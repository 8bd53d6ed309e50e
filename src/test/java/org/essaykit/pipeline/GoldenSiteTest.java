package org.essaykit.pipeline;

import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds each fixture site under {@code src/test/resources/sites/NAME} and compares every output file
 * with the reviewed golden copy in {@code NAME/expected/}. After an intended change, regenerate with
 * {@code mvn test -Dtest=GoldenSiteTest -Dessaykit.updateGoldens=true} and review the diff in git.
 */
class GoldenSiteTest {

    private static final Path SITES = Path.of("src/test/resources/sites");
    private static final boolean UPDATE = Boolean.getBoolean("essaykit.updateGoldens");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"jekyll-blog", "knowledge-base"})
    void buildsExactlyTheGoldenOutput(String name) throws IOException {
        Path fixture = SITES.resolve(name);
        TestSite.fixture(fixture, dir);
        Path out = dir.resolve("site");
        BuildResult result = Pipeline.build(new BuildRequest(dir, out,
                org.essaykit.content.LoadOptions.published(TestSite.NOW)));
        assertTrue(result.succeeded(), TestSite.formatted(result));

        Path expected = fixture.resolve("expected");
        if (UPDATE) {
            if (Files.exists(expected)) {
                try (var walk = Files.walk(expected)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            TestSite.copyTree(out, expected);
        }
        assertEquals(TestSite.files(expected), TestSite.files(out), "the set of files differs from " + expected);
        List<String> different = new ArrayList<>();
        for (String file : TestSite.files(out)) {
            byte[] want = Files.readAllBytes(expected.resolve(file));
            byte[] got = Files.readAllBytes(out.resolve(file));
            if (!Arrays.equals(want, got)) {
                different.add(file);
                if (!file.endsWith(".png")) {
                    assertEquals(new String(want, StandardCharsets.UTF_8), new String(got, StandardCharsets.UTF_8),
                            file + " differs from the golden copy");
                }
            }
        }
        assertTrue(different.isEmpty(), "differs: " + different);
    }
}
