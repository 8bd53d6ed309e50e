package org.essaykit.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Graph labels: wrapped titles, and places that never cover another label or circle, in importance order. */
class GraphLabelsTest {

    private static final double FONT = 12;

    @Test
    void aLongTitleWrapsOntoTwoLinesBetweenWordsAndALongerOneIsCut() {
        assertEquals(List.of("Myopia"), GraphLabels.lines("Myopia"));
        assertEquals(List.of("Reinforcement learning", "from human feedback"),
                GraphLabels.lines("Reinforcement learning from human feedback"));
        List<String> cut = GraphLabels.lines("Deceptive alignment is less than 1% likely by default");
        assertEquals("Deceptive alignment is", cut.get(0));
        assertTrue(cut.get(1).endsWith("\u2026") && cut.get(1).length() <= GraphLabels.LINE_CHARS, cut.toString());
    }

    @Test
    void nodesWithRoomAreAllLabelledUnderTheirCircles() {
        double[] xy = {100, 100, 300, 100, 100, 250};
        GraphLabels.Label[] labels = GraphLabels.place(xy, new double[] {5, 5, 5},
                new String[] {"Alpha", "Beta", "Gamma"}, new int[] {0, 1, 2}, FONT, 400, 300);
        for (int i = 0; i < 3; i++) {
            assertNotNull(labels[i]);
            assertEquals("middle", labels[i].anchor());
            assertTrue(labels[i].y() > xy[2 * i + 1], "under its node");
        }
    }

    @Test
    void crowdedNodesGiveTheMostImportantTheirLabelsAndNoLabelOverlapsAnother() {
        // Nine nodes on top of each other: only so many labels fit around one point.
        int n = 9;
        double[] xy = new double[2 * n];
        String[] titles = new String[n];
        int[] priority = new int[n];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = 200;
            xy[2 * i + 1] = 150;
            titles[i] = "Concept number " + i;
            priority[i] = n - 1 - i; // the last node is the most important
        }
        double[] radius = new double[n];
        java.util.Arrays.fill(radius, 4);
        GraphLabels.Label[] labels = GraphLabels.place(xy, radius, titles, priority, FONT, 400, 300);
        assertNotNull(labels[n - 1], "the most important node keeps its label");
        assertNull(labels[0], "the least important finds no room");
        double[][] boxes = new double[n][];
        for (int i = 0; i < n; i++) {
            if (labels[i] != null) {
                double w = GraphLabels.width(labels[i].lines(), FONT);
                double left = switch (labels[i].anchor()) {
                    case "start" -> labels[i].x();
                    case "end" -> labels[i].x() - w;
                    default -> labels[i].x() - w / 2;
                };
                double top = labels[i].y() - FONT * 0.9;
                boxes[i] = new double[] {left, top, left + w, top + labels[i].lines().size() * FONT * 1.2};
                assertTrue(left >= 0 && boxes[i][2] <= 400 && top >= 0 && boxes[i][3] <= 300, "inside the picture");
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (boxes[a] != null && boxes[b] != null) {
                    boolean overlap = boxes[a][0] < boxes[b][2] && boxes[b][0] < boxes[a][2]
                            && boxes[a][1] < boxes[b][3] && boxes[b][1] < boxes[a][3];
                    assertTrue(!overlap, "labels " + a + " and " + b + " overlap");
                }
            }
        }
    }
}
