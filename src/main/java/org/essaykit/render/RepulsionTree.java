package org.essaykit.render;

/**
 * Barnes-Hut: the repulsion every node feels from all the others, in O(n log n) instead of O(n^2). The nodes are
 * split into a quadtree; a cell far enough away (its side less than {@link #THETA} times its distance) pushes as
 * one body of its nodes' mass at their centre. Cells are stored in pre-order with a pointer past each subtree,
 * so a query walks an array rather than recursing. Only +, -, *, / are used, in a fixed order: the result is
 * the same to the bit on every JVM.
 */
final class RepulsionTree {

    /**
     * Opening angle. Below 1/sqrt(2), a cell holding the node asking always opens (the node lies within side*sqrt(2)
     * of the cell's centre of mass), so no node ever pushes itself.
     */
    private static final double THETA = 0.7;
    /** Deeper than this, nodes share a leaf (nodes at one place): their pairs are summed one by one. */
    private static final int MAX_DEPTH = 40;

    private final double[] xy;
    /** Node ids, permuted so that each cell's nodes lie in one range. */
    private final int[] order;
    private final int[] scratch;
    private int cells;
    private int[] from = new int[16];
    private int[] to = new int[16];
    private int[] skip = new int[16];
    private boolean[] leaf = new boolean[16];
    private double[] side = new double[16];
    private double[] massX = new double[16];
    private double[] massY = new double[16];

    /** @param xy positions, x and y interleaved; read, never written */
    RepulsionTree(double[] xy) {
        this.xy = xy;
        int n = xy.length / 2;
        this.order = new int[n];
        this.scratch = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (n == 0) {
            return;
        }
        double[] bounds = ForceLayout.bounds(xy);
        build(0, n, bounds[0], bounds[1], Math.max(bounds[2] - bounds[0], bounds[3] - bounds[1]), 0);
    }

    /** Makes the cell of nodes {@code order[lo..hi)} in the square at (x0, y0) of this side, then its children. */
    private void build(int lo, int hi, double x0, double y0, double size, int depth) {
        int cell = newCell();
        from[cell] = lo;
        to[cell] = hi;
        side[cell] = size;
        double sumX = 0;
        double sumY = 0;
        for (int k = lo; k < hi; k++) {
            sumX += xy[2 * order[k]];
            sumY += xy[2 * order[k] + 1];
        }
        massX[cell] = sumX / (hi - lo);
        massY[cell] = sumY / (hi - lo);
        leaf[cell] = hi - lo == 1 || depth == MAX_DEPTH || size == 0;
        if (!leaf[cell]) {
            double half = size / 2;
            int[] bounds = partition(lo, hi, x0 + half, y0 + half);
            for (int q = 0; q < 4; q++) {
                if (bounds[q + 1] > bounds[q]) {
                    build(bounds[q], bounds[q + 1], x0 + (q & 1) * half, y0 + (q >> 1) * half, half, depth + 1);
                }
            }
        }
        skip[cell] = cells;
    }

    /** Orders {@code order[lo..hi)} by quadrant (0 top left, 1 top right, 2 bottom left, 3 bottom right), stably. */
    private int[] partition(int lo, int hi, double midX, double midY) {
        int[] bounds = new int[5];
        for (int k = lo; k < hi; k++) {
            bounds[quadrant(order[k], midX, midY) + 1]++;
        }
        bounds[0] = lo;
        for (int q = 0; q < 4; q++) {
            bounds[q + 1] += bounds[q];
        }
        int[] fill = {bounds[0], bounds[1], bounds[2], bounds[3]};
        for (int k = lo; k < hi; k++) {
            scratch[fill[quadrant(order[k], midX, midY)]++] = order[k];
        }
        System.arraycopy(scratch, lo, order, lo, hi - lo);
        return bounds;
    }

    private int quadrant(int node, double midX, double midY) {
        return (xy[2 * node] < midX ? 0 : 1) + (xy[2 * node + 1] < midY ? 0 : 2);
    }

    private int newCell() {
        if (cells == from.length) {
            int grown = cells * 2;
            from = java.util.Arrays.copyOf(from, grown);
            to = java.util.Arrays.copyOf(to, grown);
            skip = java.util.Arrays.copyOf(skip, grown);
            leaf = java.util.Arrays.copyOf(leaf, grown);
            side = java.util.Arrays.copyOf(side, grown);
            massX = java.util.Arrays.copyOf(massX, grown);
            massY = java.util.Arrays.copyOf(massY, grown);
        }
        return cells++;
    }

    /**
     * Adds to {@code force[2i], force[2i+1]} the push of every other node on node {@code i}: each pushes along the
     * line between them with strength {@code strength / distance} (Fruchterman and Reingold's k^2/d).
     */
    void push(int i, double strength, double[] force) {
        double x = xy[2 * i];
        double y = xy[2 * i + 1];
        double fx = 0;
        double fy = 0;
        int cell = 0;
        while (cell < cells) {
            if (leaf[cell]) {
                for (int k = from[cell]; k < to[cell]; k++) {
                    int j = order[k];
                    if (j != i) {
                        double dx = x - xy[2 * j];
                        double dy = y - xy[2 * j + 1];
                        double d2 = dx * dx + dy * dy;
                        if (d2 == 0) {
                            // Two nodes at one place: part them along x, the lower id to the left.
                            fx += i < j ? -strength : strength;
                        } else {
                            fx += dx * strength / d2;
                            fy += dy * strength / d2;
                        }
                    }
                }
                cell = skip[cell];
                continue;
            }
            double dx = x - massX[cell];
            double dy = y - massY[cell];
            double d2 = dx * dx + dy * dy;
            if (side[cell] * side[cell] < THETA * THETA * d2) {
                double mass = to[cell] - from[cell];
                fx += dx * strength * mass / d2;
                fy += dy * strength * mass / d2;
                cell = skip[cell];
            } else {
                cell++;
            }
        }
        force[2 * i] += fx;
        force[2 * i + 1] += fy;
    }
}
