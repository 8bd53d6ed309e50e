package org.essaykit.output;

import org.essaykit.diag.SourcePos;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The sites `serve` hands out one after another: each new one is the last with an edit's files laid over it. */
class SiteSnapshotTest {

    private static SiteFile file(String path, String text) {
        return SiteFile.Generated.text(path, text, SourcePos.startOf(Path.of("content/site.yaml")));
    }

    @Test
    void aSiteMadeWithChangesServesThemAndLeavesTheEarlierSiteAsItWas() {
        List<SiteFile> files = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            files.add(file("posts/p" + i + "/index.html", "post " + i));
        }
        SiteSnapshot first = new SiteSnapshot(files);
        SiteFile edited = file("posts/p7/index.html", "post 7, edited");
        SiteSnapshot second = first.with(Map.of(edited.path(), edited));

        assertSame(edited, second.file("posts/p7/index.html").orElseThrow());
        assertSame(files.get(8), second.file("posts/p8/index.html").orElseThrow());
        // A request still being answered from the first site sees the first site.
        assertSame(files.get(7), first.file("posts/p7/index.html").orElseThrow());
        assertEquals(100, second.files().size());
        assertSame(edited, second.files().get("posts/p7/index.html"));

        // Many edits later the changes are folded into a new base: still the same files.
        SiteSnapshot site = second;
        for (int i = 0; i < 30; i++) {
            SiteFile again = file("posts/p" + i + "/index.html", "post " + i + ", edit " + i);
            site = site.with(Map.of(again.path(), again));
            assertSame(again, site.file(again.path()).orElseThrow());
        }
        assertEquals("post 99", new String(((SiteFile.Generated) site.file("posts/p99/index.html").orElseThrow())
                .bytes()));
        assertEquals("post 3, edit 3", new String(((SiteFile.Generated) site.file("posts/p3/index.html")
                .orElseThrow()).bytes()));
        assertEquals(100, site.files().size());
    }

    @Test
    void changesInPlaceAreTheNewObjectsAtUnchangedPathsElseNothing() {
        SiteFile a = file("a.html", "a");
        SiteFile b = file("b.html", "b");
        SiteFile newB = file("b.html", "b2");
        assertEquals(Map.of("b.html", newB), SiteSnapshot.changedInPlace(List.of(a, b), List.of(a, newB)));
        assertEquals(Map.of(), SiteSnapshot.changedInPlace(List.of(a, b), List.of(a, b)));
        assertNull(SiteSnapshot.changedInPlace(List.of(a, b), List.of(b, a)), "a path moved");
        assertNull(SiteSnapshot.changedInPlace(List.of(a, b), List.of(a)), "a file went");
    }
}
