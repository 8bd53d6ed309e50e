package org.essaykit.output;

import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A build killed half-way leaves staging folders; the next build removes exactly those, nothing else. */
class LeftoverFoldersTest {

    @TempDir
    Path dir;

    private static void file(Path path) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, "x");
    }

    @Test
    void theNextBuildRemovesOnlyFoldersNamedAsOurStagingAndOldFolders() throws IOException {
        TestSite site = TestSite.in(dir).write("content/posts/a.md", "---\ntitle: A\n---\nText.\n");
        file(dir.resolve(".site.new-123/index.html"));
        file(dir.resolve(".site.old-456/posts/a/index.html"));
        file(dir.resolve(".site.new-abc/keep.txt"));      // not our naming: digits only
        file(dir.resolve(".site.new-/keep.txt"));
        file(dir.resolve(".other.new-123/keep.txt"));     // beside another output folder
        file(dir.resolve(".site.old-789"));               // a file, not a folder
        file(dir.resolve("content/.site.new-1/keep.txt")); // not beside the output folder

        site.buildClean();

        assertFalse(Files.exists(dir.resolve(".site.new-123")));
        assertFalse(Files.exists(dir.resolve(".site.old-456")));
        for (String kept : new String[] {".site.new-abc/keep.txt", ".site.new-/keep.txt", ".other.new-123/keep.txt",
                ".site.old-789", "content/.site.new-1/keep.txt"}) {
            assertTrue(Files.exists(dir.resolve(kept)), kept);
        }
        assertTrue(site.exists("posts/a/index.html"));
    }

    @Test
    void aFailedBuildLeavesNoStagingFolderAndTheSiteAsItWas() throws IOException {
        TestSite site = TestSite.in(dir).write("content/posts/a.md", "---\ntitle: A\n---\nText.\n");
        site.buildClean();
        var before = TestSite.digest(site.out());
        site.write("content/posts/a.md", "---\ntitle: A\npermalink: /../../etc/passwd\n---\n");

        assertFalse(site.build().succeeded());

        assertEquals(before, TestSite.digest(site.out()));
        try (var siblings = Files.list(dir)) {
            assertEquals(0, siblings.filter(p -> p.getFileName().toString().startsWith(".site.")).count());
        }
    }
}
