package org.essaykit.render;

import java.util.Arrays;

/**
 * Lays out a graph in a box, the same way on every JVM, in O((n + e) log n): a cheap start that already puts
 * linked nodes near each other, a fixed number of force steps (Fruchterman and Reingold: nodes repel through a
 * {@link RepulsionTree}, edges pull), then a stretch to the box and a pass on a grid that parts nodes still too
 * close to read. Only +, -, *, /, {@link Math#sqrt} (exact in IEEE 754) and {@link StrictMath}'s trigonometry
 * are used, and every loop runs in node or edge order.
 */
final class ForceLayout {

    /** Few steps suffice from the start {@link #start} gives. */
    static final int STEPS = 60;
    /** The ideal edge length, in the units the forces work in: repulsion k^2/d, attraction d^2/k with k = 1. */
    private static final double K = 1;
    /** A light pull to the centre keeps parts without links from drifting away. */
    private static final double GRAVITY = 0.05;
    private static final double GOLDEN_ANGLE = 2.399963229728653;
    /** Rounds of parting nodes whose footprints overlap; stops earlier when none do. */
    private static final int PARTING_ROUNDS = 60;

    /**
     * The box to draw in.
     *
     * @param marginX room left and right of the outermost nodes (for labels centred under nodes)
     * @param centred whether the first node goes in the middle (the concept a local picture is about)
     */
    record Box(double width, double height, double marginX, double marginY, boolean centred) {
    }

    private ForceLayout() {
    }

    /**
     * What each node covers of the picture, its circle and its label, around its centre: the rectangle from
     * {@code halfWidth[i]} left to {@code halfWidth[i]} right, {@code above[i]} up, {@code below[i]} down.
     * Two nodes whose rectangles overlap are parted.
     */
    record Footprints(double[] halfWidth, double[] above, double[] below) {
        /** Without labels: each node's square as far around it as its footprint reaches above it. */
        Footprints bare() {
            return new Footprints(above, above, above);
        }
    }

    /** Positions in {@code box}, x and y interleaved; the first {@code anchors} nodes start on a circle. */
    static double[] layout(LinkGraph graph, int anchors, Box box, Footprints feet) {
        double[] xy = start(graph, anchors);
        relax(graph, xy, STEPS);
        fit(xy, box);
        part(xy, feet, box);
        // When labels cannot all be kept apart (too many for the box), at least no node covers another.
        part(xy, feet.bare(), box);
        return xy;
    }

    /**
     * The start: the anchors (concepts) evenly on a circle, in breadth-first order of their links to each other
     * so linked anchors are neighbours; every other node, in breadth-first order from the anchors, near the
     * average of its neighbours placed before it, a unit step off in a direction of its own (golden angle) so
     * no two share a place. Nodes no anchor reaches go on a spiral around the circle.
     */
    static double[] start(LinkGraph graph, int anchors) {
        int n = graph.size();
        double[] xy = new double[2 * n];
        boolean[] placed = new boolean[n];
        int[] queue = new int[n];
        double radius = Math.sqrt(n) * K;
        int[] ring = anchorOrder(graph, anchors);
        for (int rank = 0; rank < ring.length; rank++) {
            double angle = 2 * StrictMath.PI * rank / ring.length;
            int node = ring[rank];
            xy[2 * node] = ring.length == 1 ? 0 : radius * StrictMath.cos(angle);
            xy[2 * node + 1] = ring.length == 1 ? 0 : radius * StrictMath.sin(angle);
            placed[node] = true;
        }
        int head = 0;
        int tail = 0;
        for (int node = 0; node < anchors; node++) {
            queue[tail++] = node;
        }
        int offset = 0;
        for (int seed = anchors; seed <= n; seed++) {
            while (head < tail) {
                int u = queue[head++];
                for (int k = 0; k < graph.degree(u); k++) {
                    int v = graph.neighbour(u, k);
                    if (!placed[v]) {
                        placeNear(graph, v, placed, xy, offset++);
                        queue[tail++] = v;
                    }
                }
            }
            if (seed < n && !placed[seed]) {
                // A part no anchor reaches: it starts on an outer spiral, and its nodes gather around this one.
                double r = radius * 1.2 + Math.sqrt(offset + 1.0);
                xy[2 * seed] = r * StrictMath.cos(offset * GOLDEN_ANGLE);
                xy[2 * seed + 1] = r * StrictMath.sin(offset * GOLDEN_ANGLE);
                offset++;
                placed[seed] = true;
                queue[tail++] = seed;
            }
        }
        return xy;
    }

    /** The anchors in breadth-first order over links between anchors, each new part from its best-linked anchor. */
    private static int[] anchorOrder(LinkGraph graph, int anchors) {
        Integer[] byDegree = new Integer[anchors];
        for (int i = 0; i < anchors; i++) {
            byDegree[i] = i;
        }
        Arrays.sort(byDegree, (a, b) -> graph.degree(a) != graph.degree(b)
                ? Integer.compare(graph.degree(b), graph.degree(a)) : Integer.compare(a, b));
        int[] ring = new int[anchors];
        boolean[] seen = new boolean[anchors];
        int head = 0;
        int tail = 0;
        for (int root : byDegree) {
            if (seen[root]) {
                continue;
            }
            seen[root] = true;
            ring[tail++] = root;
            while (head < tail) {
                int u = ring[head++];
                for (int k = 0; k < graph.degree(u); k++) {
                    int v = graph.neighbour(u, k);
                    if (v < anchors && !seen[v]) {
                        seen[v] = true;
                        ring[tail++] = v;
                    }
                }
            }
        }
        return ring;
    }

    private static void placeNear(LinkGraph graph, int v, boolean[] placed, double[] xy, int offset) {
        double sumX = 0;
        double sumY = 0;
        int count = 0;
        for (int k = 0; k < graph.degree(v); k++) {
            int w = graph.neighbour(v, k);
            if (placed[w]) {
                sumX += xy[2 * w];
                sumY += xy[2 * w + 1];
                count++;
            }
        }
        double angle = offset * GOLDEN_ANGLE;
        xy[2 * v] = sumX / count + K * StrictMath.cos(angle);
        xy[2 * v + 1] = sumY / count + K * StrictMath.sin(angle);
        placed[v] = true;
    }

    /** {@code steps} force steps; a node moves at most the temperature, which falls linearly to a tenth. */
    static void relax(LinkGraph graph, double[] xy, int steps) {
        int n = graph.size();
        double[] force = new double[2 * n];
        double hottest = Math.sqrt(n) * K / 4 + K;
        for (int step = 0; step < steps; step++) {
            Arrays.fill(force, 0);
            RepulsionTree tree = new RepulsionTree(xy);
            for (int i = 0; i < n; i++) {
                tree.push(i, K * K, force);
            }
            for (int e = 0; e < graph.edgeCount(); e++) {
                int a = graph.edgeFrom(e);
                int b = graph.edgeTo(e);
                double dx = xy[2 * a] - xy[2 * b];
                double dy = xy[2 * a + 1] - xy[2 * b + 1];
                double pull = Math.sqrt(dx * dx + dy * dy) / K; // d^2/k along the unit vector (dx, dy) / d
                force[2 * a] -= dx * pull;
                force[2 * a + 1] -= dy * pull;
                force[2 * b] += dx * pull;
                force[2 * b + 1] += dy * pull;
            }
            double temperature = hottest * (1 - 0.9 * step / steps);
            for (int i = 0; i < n; i++) {
                double fx = force[2 * i] - GRAVITY * xy[2 * i];
                double fy = force[2 * i + 1] - GRAVITY * xy[2 * i + 1];
                double length = Math.sqrt(fx * fx + fy * fy);
                if (length > temperature) {
                    fx = fx / length * temperature;
                    fy = fy / length * temperature;
                }
                xy[2 * i] += fx;
                xy[2 * i + 1] += fy;
            }
        }
    }

    /**
     * Stretches the drawing to fill the box within its margins; a centred box puts the first node in the middle
     * and stretches each axis as far as the node farthest from it on that axis allows.
     */
    static void fit(double[] xy, Box box) {
        int n = xy.length / 2;
        if (n == 0) {
            return;
        }
        double[] bounds = bounds(xy);
        double minX = bounds[0];
        double minY = bounds[1];
        double maxX = bounds[2];
        double maxY = bounds[3];
        if (box.centred()) {
            double reachX = Math.max(xy[0] - minX, maxX - xy[0]);
            double reachY = Math.max(xy[1] - minY, maxY - xy[1]);
            minX = xy[0] - reachX;
            maxX = xy[0] + reachX;
            minY = xy[1] - reachY;
            maxY = xy[1] + reachY;
        }
        double innerW = box.width() - 2 * box.marginX();
        double innerH = box.height() - 2 * box.marginY();
        // A lone node, or nodes on one line, sit in the middle of the box along the axis they do not span.
        double sx = maxX > minX ? innerW / (maxX - minX) : 0;
        double sy = maxY > minY ? innerH / (maxY - minY) : 0;
        double ox = maxX > minX ? box.marginX() : box.width() / 2;
        double oy = maxY > minY ? box.marginY() : box.height() / 2;
        for (int i = 0; i < n; i++) {
            xy[2 * i] = ox + (xy[2 * i] - minX) * sx;
            xy[2 * i + 1] = oy + (xy[2 * i + 1] - minY) * sy;
        }
    }

    /** The smallest x and y, then the largest, of at least one position (x and y interleaved). */
    static double[] bounds(double[] xy) {
        double[] bounds = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < xy.length; i += 2) {
            bounds[0] = Math.min(bounds[0], xy[i]);
            bounds[1] = Math.min(bounds[1], xy[i + 1]);
            bounds[2] = Math.max(bounds[2], xy[i]);
            bounds[3] = Math.max(bounds[3], xy[i + 1]);
        }
        return bounds;
    }

    /**
     * Parts nodes whose footprints overlap, a few rounds, moving both of a pair apart along the axis where they
     * overlap least. Pairs are found on a grid of cells as large as the largest footprint, so each node looks at
     * the nodes of its own and the eight cells around it only. Nodes end inside the box, labels included.
     */
    static void part(double[] xy, Footprints feet, Box box) {
        int n = xy.length / 2;
        double cellWidth = 1;
        double cellHeight = 1;
        for (int i = 0; i < n; i++) {
            cellWidth = Math.max(cellWidth, 2 * feet.halfWidth()[i]);
            cellHeight = Math.max(cellHeight, feet.above()[i] + feet.below()[i]);
        }
        int cols = (int) (box.width() / cellWidth) + 1;
        int rows = (int) (box.height() / cellHeight) + 1;
        int[] cellStart = new int[cols * rows + 1];
        int[] members = new int[n];
        int[] cellOf = new int[n];
        for (int round = 0; round < PARTING_ROUNDS; round++) {
            Arrays.fill(cellStart, 0);
            for (int i = 0; i < n; i++) {
                int col = Math.min(cols - 1, Math.max(0, (int) (xy[2 * i] / cellWidth)));
                int row = Math.min(rows - 1, Math.max(0, (int) (xy[2 * i + 1] / cellHeight)));
                cellOf[i] = row * cols + col;
                cellStart[cellOf[i] + 1]++;
            }
            for (int c = 0; c < cols * rows; c++) {
                cellStart[c + 1] += cellStart[c];
            }
            int[] fill = Arrays.copyOf(cellStart, cols * rows);
            for (int i = 0; i < n; i++) {
                members[fill[cellOf[i]]++] = i;
            }
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                int col = cellOf[i] % cols;
                int row = cellOf[i] / cols;
                for (int r = Math.max(0, row - 1); r <= Math.min(rows - 1, row + 1); r++) {
                    for (int c = Math.max(0, col - 1); c <= Math.min(cols - 1, col + 1); c++) {
                        int cell = r * cols + c;
                        for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
                            int j = members[k];
                            if (j > i) {
                                moved |= partPair(xy, i, j, feet);
                            }
                        }
                    }
                }
            }
            keepInside(xy, feet, box);
            if (!moved) {
                return;
            }
        }
    }

    private static boolean partPair(double[] xy, int i, int j, Footprints feet) {
        double dx = xy[2 * j] - xy[2 * i];
        double dy = xy[2 * j + 1] - xy[2 * i + 1];
        double overlapX = feet.halfWidth()[i] + feet.halfWidth()[j] - Math.abs(dx);
        // j below i: i's footprint below meets j's above; else the other way round.
        double overlapY = dy >= 0 ? feet.below()[i] + feet.above()[j] - dy : feet.above()[i] + feet.below()[j] + dy;
        if (overlapX <= 0 || overlapY <= 0) {
            return false;
        }
        // Along the cheaper axis; a pair at one place parts downwards, the lower id on top.
        int axis = overlapY <= overlapX ? 1 : 0;
        double push = (axis == 1 ? overlapY : overlapX) / 2 + 0.01;
        double sign = (axis == 1 ? dy : dx) < 0 ? -1 : 1;
        xy[2 * i + axis] -= sign * push;
        xy[2 * j + axis] += sign * push;
        return true;
    }

    /** Moves nodes back inside the box with their footprints. */
    private static void keepInside(double[] xy, Footprints feet, Box box) {
        for (int i = 0; i < xy.length / 2; i++) {
            xy[2 * i] = clamp(xy[2 * i], feet.halfWidth()[i] + 2, box.width() - feet.halfWidth()[i] - 2);
            xy[2 * i + 1] = clamp(xy[2 * i + 1], feet.above()[i] + 2, box.height() - feet.below()[i] - 2);
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
