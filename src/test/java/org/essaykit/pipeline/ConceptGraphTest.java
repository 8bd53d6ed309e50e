package org.essaykit.pipeline;

import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The concept graph at 200 nodes: every node drawn inside the picture, none on top of another. */
@Timeout(60)
class ConceptGraphTest {

    @TempDir
    Path dir;

    @Test
    void drawsTwoHundredNodesApartAndInsideThePicture() {
        TestSite site = TestSite.in(dir);
        for (int i = 0; i < 120; i++) {
            site.write("content/concepts/c" + i + ".md", "---\ntitle: Concept " + i + "\n---\n\nSee [[Concept "
                    + (i * 7 + 3) % 120 + "]].\n");
        }
        for (int i = 0; i < 80; i++) {
            site.write("content/posts/p" + i + ".md", "---\ntitle: Post " + i + "\n---\n\n[[Concept " + i % 120
                    + "]], [[Concept " + (i * 13 + 5) % 120 + "]] and [[Concept " + (i * 31 + 11) % 120 + "]].\n");
        }
        site.buildClean();
        String page = site.read("graph/index.html");
        // The wide picture and the upright one a phone shows: each draws every node, inside its own box.
        assertPicture(page.substring(page.indexOf("<svg class=\"concept-graph concept-graph-wide"), page.indexOf("<svg class=\"concept-graph concept-graph-narrow")), 760, 560);
        assertPicture(page.substring(page.indexOf("<svg class=\"concept-graph concept-graph-narrow")), 340, 40 + 6 * 200);
    }

    private static void assertPicture(String svg, double width, double height) {
        Matcher m = Pattern.compile("<circle cx=\"([\\d.]+)\" cy=\"([\\d.]+)\"").matcher(svg);
        List<double[]> points = new ArrayList<>();
        while (m.find()) {
            points.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        assertEquals(200, points.size());
        double closest = Double.MAX_VALUE;
        for (int i = 0; i < points.size(); i++) {
            double[] a = points.get(i);
            assertTrue(a[0] >= 0 && a[0] <= width && a[1] >= 0 && a[1] <= height, "inside the picture");
            for (int j = i + 1; j < points.size(); j++) {
                closest = Math.min(closest, Math.hypot(a[0] - points.get(j)[0], a[1] - points.get(j)[1]));
            }
        }
        assertTrue(closest >= 20, "nodes overlap: closest pair " + closest + " apart");
    }
}
