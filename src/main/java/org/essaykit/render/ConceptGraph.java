package org.essaykit.render;

import org.essaykit.content.Document;
import org.essaykit.content.SiteConfig;
import org.essaykit.graph.Backlink;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.SiteGraph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The concept graph as SVG: concepts and posts as nodes, links between them as edges, laid out at build
 * time by a force simulation (Fruchterman and Reingold) with a fixed start and a fixed number of steps,
 * so every build draws the same picture. Nodes repel, edges pull, a light pull to the centre keeps loose
 * parts near; a final pass pushes apart nodes that still overlap, so labels stay readable.
 */
final class ConceptGraph {

    static final int WIDTH = 760;
    static final int HEIGHT = 560;
    private static final int STEPS = 400;
    private static final double MIN_GAP = 26;
    private static final int MARGIN_X = 80;
    private static final int MARGIN_Y = 30;

    private ConceptGraph() {
    }

    /** A node: its page and its place, and how many links it has (its size). */
    record Node(RenderedDocument page, double x, double y, int degree) {
    }

    record Layout(List<Node> nodes, List<int[]> edges) {
    }

    static Layout layout(SiteGraph graph) {
        List<RenderedDocument> pages = new ArrayList<>(graph.concepts());
        pages.addAll(graph.posts());
        Map<Path, Integer> index = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            index.put(pages.get(i).doc().source(), i);
        }
        TreeSet<Long> edgeKeys = new TreeSet<>();
        for (RenderedDocument page : pages) {
            for (Backlink backlink : graph.backlinksTo(page)) {
                Integer from = index.get(backlink.source());
                Integer to = index.get(page.doc().source());
                if (from != null && !from.equals(to)) {
                    edgeKeys.add((long) Math.min(from, to) * pages.size() + Math.max(from, to));
                }
            }
        }
        List<int[]> edges = new ArrayList<>();
        int[] degree = new int[pages.size()];
        for (long key : edgeKeys) {
            int a = (int) (key / pages.size());
            int b = (int) (key % pages.size());
            edges.add(new int[] {a, b});
            degree[a]++;
            degree[b]++;
        }
        double[][] p = positions(pages.size(), List.copyOf(edgeKeys), edges);
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            nodes.add(new Node(pages.get(i), p[i][0], p[i][1], degree[i]));
        }
        return new Layout(nodes, edges);
    }

    /** The last layout computed: {@code serve} plans the graph page on every edit, mostly with the same links. */
    private record Simulated(int n, List<Long> edgeKeys, double[][] positions) {
    }

    private static volatile Simulated last;

    /** The simulation's result for these nodes and edges; it depends on nothing else, so equal inputs reuse it. */
    private static double[][] positions(int n, List<Long> edgeKeys, List<int[]> edges) {
        Simulated known = last;
        if (known != null && known.n() == n && known.edgeKeys().equals(edgeKeys)) {
            return known.positions();
        }
        double[][] p = simulate(n, edges);
        last = new Simulated(n, edgeKeys, p);
        return p;
    }

    private static double[][] simulate(int n, List<int[]> edges) {
        double[][] p = new double[n][2];
        double cx = WIDTH / 2.0;
        double cy = HEIGHT / 2.0;
        for (int i = 0; i < n; i++) {
            // A spiral start: deterministic, and no two nodes share a place.
            double angle = i * 2.399963229728653;
            double r = 18 * Math.sqrt(i + 1);
            p[i][0] = cx + r * Math.cos(angle);
            p[i][1] = cy + r * Math.sin(angle);
        }
        double k = Math.sqrt((WIDTH - 120.0) * (HEIGHT - 120.0) / Math.max(1, n)) * 0.9;
        double temperature = WIDTH / 10.0;
        for (int step = 0; step < STEPS; step++) {
            double[][] d = new double[n][2];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = p[i][0] - p[j][0];
                    double dy = p[i][1] - p[j][1];
                    double dist = Math.max(0.01, Math.hypot(dx, dy));
                    double force = k * k / dist;
                    d[i][0] += dx / dist * force;
                    d[i][1] += dy / dist * force;
                    d[j][0] -= dx / dist * force;
                    d[j][1] -= dy / dist * force;
                }
            }
            for (int[] e : edges) {
                double dx = p[e[0]][0] - p[e[1]][0];
                double dy = p[e[0]][1] - p[e[1]][1];
                double dist = Math.max(0.01, Math.hypot(dx, dy));
                double force = dist * dist / k;
                d[e[0]][0] -= dx / dist * force;
                d[e[0]][1] -= dy / dist * force;
                d[e[1]][0] += dx / dist * force;
                d[e[1]][1] += dy / dist * force;
            }
            for (int i = 0; i < n; i++) {
                d[i][0] += (cx - p[i][0]) * 0.01;
                d[i][1] += (cy - p[i][1]) * 0.01;
                double len = Math.max(0.01, Math.hypot(d[i][0], d[i][1]));
                double move = Math.min(len, temperature);
                p[i][0] = clamp(p[i][0] + d[i][0] / len * move, 60, WIDTH - 60);
                p[i][1] = clamp(p[i][1] + d[i][1] / len * move, 40, HEIGHT - 40);
            }
            temperature = Math.max(1, temperature * 0.985);
        }
        fit(p);
        separate(p);
        return p;
    }

    /** Stretches the drawing to fill the box, leaving room for labels at the edges. */
    private static void fit(double[][] p) {
        if (p.length < 2) {
            return;
        }
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] q : p) {
            minX = Math.min(minX, q[0]);
            maxX = Math.max(maxX, q[0]);
            minY = Math.min(minY, q[1]);
            maxY = Math.max(maxY, q[1]);
        }
        double sx = (WIDTH - 2.0 * MARGIN_X) / Math.max(1, maxX - minX);
        double sy = (HEIGHT - 2.0 * MARGIN_Y) / Math.max(1, maxY - minY);
        for (double[] q : p) {
            q[0] = MARGIN_X + (q[0] - minX) * sx;
            q[1] = MARGIN_Y + (q[1] - minY) * sy;
        }
    }

    /** Pushes apart pairs closer than {@link #MIN_GAP}, a few rounds, so circles and labels do not sit on each other. */
    private static void separate(double[][] p) {
        for (int round = 0; round < 60; round++) {
            boolean moved = false;
            for (int i = 0; i < p.length; i++) {
                for (int j = i + 1; j < p.length; j++) {
                    double dx = p[j][0] - p[i][0];
                    double dy = p[j][1] - p[i][1];
                    double dist = Math.hypot(dx, dy);
                    if (dist < MIN_GAP) {
                        double push = (MIN_GAP - dist) / 2 + 0.01;
                        double ux = dist < 1e-9 ? 1 : dx / dist;
                        double uy = dist < 1e-9 ? 0 : dy / dist;
                        p[i][0] = clamp(p[i][0] - ux * push, 10, WIDTH - 10);
                        p[i][1] = clamp(p[i][1] - uy * push, 10, HEIGHT - 10);
                        p[j][0] = clamp(p[j][0] + ux * push, 10, WIDTH - 10);
                        p[j][1] = clamp(p[j][1] + uy * push, 10, HEIGHT - 10);
                        moved = true;
                    }
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** The SVG: each node links to its page; labels on concepts, titles on hover for posts. */
    static String svg(Layout layout, SiteConfig config) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"concept-graph\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"graph-title\"><title id=\"graph-title\">Concepts and posts, "
                        + "and the links between them</title>\n<g class=\"edges\">\n");
        for (int[] e : layout.edges()) {
            Node a = layout.nodes().get(e[0]);
            Node b = layout.nodes().get(e[1]);
            svg.append("<line x1=\"").append(num(a.x())).append("\" y1=\"").append(num(a.y()))
                    .append("\" x2=\"").append(num(b.x())).append("\" y2=\"").append(num(b.y())).append("\"/>\n");
        }
        svg.append("</g>\n<g class=\"nodes\">\n");
        for (Node node : layout.nodes()) {
            Document doc = node.page().doc();
            boolean concept = doc.kind() == Document.Kind.CONCEPT;
            double r = (concept ? 5 : 4) + Math.min(8, Math.sqrt(node.degree()) * 1.5);
            svg.append("<a href=\"").append(Html.escape(config.relativeUrl(doc.url()))).append("\" class=\"")
                    .append(concept ? "concept" : "post").append("\"><title>").append(Html.escape(doc.title()))
                    .append("</title><circle cx=\"").append(num(node.x())).append("\" cy=\"").append(num(node.y()))
                    .append("\" r=\"").append(num(r)).append("\"/>");
            if (concept) {
                svg.append("<text x=\"").append(num(node.x())).append("\" y=\"").append(num(node.y() + r + 11))
                        .append("\">").append(Html.escape(doc.title())).append("</text>");
            }
            svg.append("</a>\n");
        }
        return svg.append("</g>\n</svg>").toString();
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

}
