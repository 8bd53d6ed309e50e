package org.essaykit.render;

import java.util.Arrays;

/**
 * An undirected graph of nodes 0..n-1 without loops or repeated edges, stored compactly: its edges in
 * order, and each node's neighbours in order (compressed rows), so that walks, degrees and "are these two
 * linked" cost no hashing and visit nodes in an order that never depends on a hash.
 */
final class LinkGraph {

    private final int size;
    /** Edge {@code e} joins {@code ends[2e]} and {@code ends[2e+1]}, the smaller first; edges in order of (a, b). */
    private final int[] ends;
    /** The neighbours of node {@code v} are {@code neighbours[start[v]]..neighbours[start[v+1]-1]}, ascending. */
    private final int[] start;
    private final int[] neighbours;

    private LinkGraph(int size, int[] ends) {
        this.size = size;
        this.ends = ends;
        this.start = new int[size + 1];
        for (int end : ends) {
            start[end + 1]++;
        }
        for (int v = 0; v < size; v++) {
            start[v + 1] += start[v];
        }
        this.neighbours = new int[ends.length];
        int[] fill = Arrays.copyOf(start, size);
        // Edges come sorted by (a, b): each row fills in ascending order, smaller neighbours (as b) first.
        for (int e = 0; e < ends.length; e += 2) {
            neighbours[fill[ends[e + 1]]++] = ends[e];
        }
        for (int e = 0; e < ends.length; e += 2) {
            neighbours[fill[ends[e]]++] = ends[e + 1];
        }
    }

    /**
     * The graph of {@code size} nodes with these links: pairs (a, b) given as {@code links[2i]}, {@code links[2i+1]}
     * in any order and direction; repeats and loops are dropped.
     */
    static LinkGraph of(int size, int[] links) {
        long[] keys = new long[links.length / 2];
        int count = 0;
        for (int i = 0; i + 1 < links.length; i += 2) {
            int a = Math.min(links[i], links[i + 1]);
            int b = Math.max(links[i], links[i + 1]);
            if (a < 0 || b >= size) {
                throw new IllegalArgumentException("link " + a + "-" + b + " outside 0.." + (size - 1));
            }
            if (a != b) {
                keys[count++] = (long) a * size + b;
            }
        }
        Arrays.sort(keys, 0, count);
        int[] ends = new int[2 * count];
        int edges = 0;
        for (int i = 0; i < count; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                ends[2 * edges] = (int) (keys[i] / size);
                ends[2 * edges + 1] = (int) (keys[i] % size);
                edges++;
            }
        }
        return new LinkGraph(size, Arrays.copyOf(ends, 2 * edges));
    }

    int size() {
        return size;
    }

    int edgeCount() {
        return ends.length / 2;
    }

    int edgeFrom(int edge) {
        return ends[2 * edge];
    }

    int edgeTo(int edge) {
        return ends[2 * edge + 1];
    }

    int degree(int node) {
        return start[node + 1] - start[node];
    }

    /** The {@code i}th neighbour of {@code node}, in ascending order. */
    int neighbour(int node, int i) {
        return neighbours[start[node] + i];
    }

    boolean linked(int a, int b) {
        int small = degree(a) <= degree(b) ? a : b;
        int other = small == a ? b : a;
        return Arrays.binarySearch(neighbours, start[small], start[small + 1], other) >= 0;
    }

    /**
     * The subgraph induced by {@code nodes} (distinct, each in 0..size-1): node {@code i} of the result is
     * {@code nodes[i]}. Costs a binary search per pair of the chosen nodes when that is cheaper than walking their
     * rows, so picking a few nodes out of a hub's thousands of neighbours stays cheap.
     */
    LinkGraph induced(int[] nodes) {
        int[] links;
        int count = 0;
        long rowWork = 0;
        for (int node : nodes) {
            rowWork += degree(node);
        }
        long pairWork = (long) nodes.length * nodes.length;
        if (pairWork <= rowWork) {
            links = new int[nodes.length * nodes.length];
            for (int i = 0; i < nodes.length; i++) {
                for (int j = i + 1; j < nodes.length; j++) {
                    if (linked(nodes[i], nodes[j])) {
                        links[count++] = i;
                        links[count++] = j;
                    }
                }
            }
        } else {
            // Each chosen node, as (node << 32 | place), sorted: looking a neighbour up costs no array of all nodes.
            long[] chosen = new long[nodes.length];
            for (int i = 0; i < nodes.length; i++) {
                chosen[i] = (long) nodes[i] << 32 | i;
            }
            Arrays.sort(chosen);
            links = new int[(int) Math.min(Integer.MAX_VALUE - 8, 2 * rowWork)];
            for (int i = 0; i < nodes.length; i++) {
                for (int k = start[nodes[i]]; k < start[nodes[i] + 1]; k++) {
                    int at = Arrays.binarySearch(chosen, (long) neighbours[k] << 32);
                    int found = -at - 1; // the key with place 0 sorts first among that node's (only) entry
                    long hit = at >= 0 ? chosen[at] : found < chosen.length ? chosen[found] : -1;
                    if (hit >= 0 && (int) (hit >>> 32) == neighbours[k] && (int) hit > i) {
                        links[count++] = i;
                        links[count++] = (int) hit;
                    }
                }
            }
        }
        return of(nodes.length, Arrays.copyOf(links, count));
    }
}
