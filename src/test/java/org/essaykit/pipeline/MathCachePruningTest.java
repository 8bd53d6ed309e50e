package org.essaykit.pipeline;

import org.essaykit.math.MathCache;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The formula cache holds what the site's pages have, not every formula ever written. */
class MathCachePruningTest {

    @TempDir
    Path dir;

    @Test
    void aBuildDeletesTheCachedFormulasNoPageHasAnyMore() throws IOException {
        TestSite site = TestSite.in(dir).write("content/posts/a.md",
                "---\ntitle: A\n---\nEnergy $E = mc^2$ and $a^2 + b^2 = c^2$.\n");
        assertTrue(site.build().succeeded());
        assertEquals(2, formulas(site));

        site.write("content/posts/a.md", "---\ntitle: A\n---\nEnergy $E = mc^2$ only.\n");
        assertTrue(site.build().succeeded());
        assertEquals(1, formulas(site), "the formula the post no longer has is gone from the cache");
        assertTrue(site.read("posts/a/index.html").contains("<math"), "the one it has is still rendered");
    }

    private static long formulas(TestSite site) throws IOException {
        try (Stream<Path> files = Files.list(site.root().resolve(MathCache.FOLDER))) {
            return files.filter(f -> f.toString().endsWith(".mathml")).count();
        }
    }
}
