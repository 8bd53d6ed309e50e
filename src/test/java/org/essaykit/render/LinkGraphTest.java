package org.essaykit.render;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compact graph the pictures are laid out from: what a picture shows of the site's links. */
class LinkGraphTest {

    @Test
    void keepsEachLinkOnceWhateverItsDirectionAndDropsLoops() {
        LinkGraph graph = LinkGraph.of(4, new int[] {2, 0, 0, 2, 1, 1, 3, 0, 0, 1});
        assertEquals(3, graph.edgeCount());
        assertEquals(List.of("0-1", "0-2", "0-3"), edges(graph));
        assertEquals(3, graph.degree(0));
        assertEquals(List.of(1, 2, 3), List.of(graph.neighbour(0, 0), graph.neighbour(0, 1), graph.neighbour(0, 2)));
        assertTrue(graph.linked(3, 0));
        assertFalse(graph.linked(1, 2));
    }

    /** Both ways of finding the links among chosen nodes (pairs for few nodes, rows for sparse ones) agree. */
    @Test
    void theSubgraphOfChosenNodesHasExactlyTheLinksAmongThem() {
        Random random = new Random(3);
        int n = 300;
        int[] links = new int[2 * 900];
        for (int i = 0; i < links.length; i++) {
            links[i] = random.nextInt(i % 2 == 0 ? n : 40); // many links into nodes 0..39: rows of all sizes
        }
        LinkGraph graph = LinkGraph.of(n, links);
        boolean[][] linked = new boolean[n][n];
        for (int i = 0; i < links.length; i += 2) {
            linked[links[i]][links[i + 1]] = links[i] != links[i + 1];
            linked[links[i + 1]][links[i]] = links[i] != links[i + 1];
        }
        for (int size : new int[] {3, 20, 150, 300}) {
            int[] chosen = random.ints(0, n).distinct().limit(size).toArray();
            LinkGraph sub = graph.induced(chosen);
            TreeSet<String> want = new TreeSet<>();
            for (int i = 0; i < chosen.length; i++) {
                for (int j = i + 1; j < chosen.length; j++) {
                    if (linked[chosen[i]][chosen[j]]) {
                        want.add(i + "-" + j);
                    }
                }
            }
            assertEquals(want, new TreeSet<>(edges(sub)), size + " nodes");
        }
    }

    private static List<String> edges(LinkGraph graph) {
        List<String> edges = new ArrayList<>();
        for (int e = 0; e < graph.edgeCount(); e++) {
            edges.add(graph.edgeFrom(e) + "-" + graph.edgeTo(e));
        }
        return edges;
    }
}
