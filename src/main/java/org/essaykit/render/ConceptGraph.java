package org.essaykit.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import org.essaykit.content.Document;
import org.essaykit.graph.Backlink;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.SiteGraph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The site's concepts and posts as a graph of the links between them, and the pictures drawn from it at build
 * time as SVG: the whole site's, for the graph page, and each concept's neighbourhood, for its page. Each node
 * links to its page, so the pictures work without JavaScript.
 *
 * <p>Made once per plan; a plan that continues the previous one (only bodies changed, so no link, title or URL
 * did) keeps the previous plan's, whose site picture is then drawn already. It holds no document, only what the
 * pictures show.
 */
public final class ConceptGraph {

    /** The graph page of a large site draws at most this many concepts and posts, the best-linked. */
    static final int MAX_CONCEPTS = 120;
    static final int MAX_POSTS = 80;
    /** A concept's picture draws at most this many neighbours, the best-linked. */
    static final int MAX_NEIGHBOURS = 16;

    static final ForceLayout.Box SITE_BOX = new ForceLayout.Box(760, 560, 80, 30, false);
    /**
     * The graph page's picture for a phone: upright, and drawn at about its own size, so labels stay readable; a
     * large site's grows taller (the page scrolls down it), never wider.
     */
    static ForceLayout.Box narrowBox(int nodes) {
        return new ForceLayout.Box(340, Math.max(760, 40 + 6 * nodes), 40, 24, false);
    }
    static final ForceLayout.Box LOCAL_BOX = new ForceLayout.Box(480, 360, 70, 30, true);
    /** Which of the graph page's two pictures shows: the upright one below 48em, the wide one from there. */
    private static final String ONE_PICTURE = "@media (max-width: 47.99em) { .concept-graph-wide { display: none; } }"
            + " @media (min-width: 48em) { .concept-graph-narrow { display: none; } }";
    /** The font size of labels, in the pictures' units, as style.css sets it. */
    private static final double SITE_FONT = 12;
    private static final double NARROW_FONT = 12;
    private static final double LOCAL_FONT = 13;
    /** Nodes keep this far apart from each other, at least, so each stays easy to point at. */
    private static final double MIN_GAP = 24;

    /** What a picture shows of a concept or post. */
    private record Node(String title, String url, boolean concept) {
    }

    /** Concepts first, then posts, each in the site graph's order. */
    private final List<Node> nodes;
    private final int concepts;
    private final LinkGraph links;
    /** Lookup only, never iterated. */
    private final Map<Path, Integer> bySource;
    private GraphViews.SitePicture sitePicture;

    private ConceptGraph(List<Node> nodes, int concepts, LinkGraph links, Map<Path, Integer> bySource) {
        this.nodes = List.copyOf(nodes);
        this.concepts = concepts;
        this.links = links;
        this.bySource = bySource;
    }

    public static ConceptGraph of(SiteGraph graph) {
        if (graph.concepts().isEmpty()) {
            return new ConceptGraph(List.of(), 0, LinkGraph.of(0, new int[0]), Map.of());
        }
        List<RenderedDocument> documents = new ArrayList<>(graph.concepts());
        documents.addAll(graph.posts());
        List<Node> nodes = new ArrayList<>(documents.size());
        Map<Path, Integer> bySource = new HashMap<>();
        for (RenderedDocument rendered : documents) {
            Document doc = rendered.doc();
            bySource.put(doc.source(), nodes.size());
            nodes.add(new Node(doc.title(), graph.config().relativeUrl(doc.url()),
                    doc.kind() == Document.Kind.CONCEPT));
        }
        int[] pairs = new int[16];
        int count = 0;
        for (int to = 0; to < documents.size(); to++) {
            for (Backlink backlink : graph.backlinksTo(documents.get(to))) {
                Integer from = bySource.get(backlink.source());
                if (from != null) {
                    if (count + 2 > pairs.length) {
                        pairs = Arrays.copyOf(pairs, pairs.length * 2);
                    }
                    pairs[count++] = from;
                    pairs[count++] = to;
                }
            }
        }
        return new ConceptGraph(nodes, graph.concepts().size(), LinkGraph.of(nodes.size(), Arrays.copyOf(pairs, count)),
                bySource);
    }

    /** The graph page's picture: drawn once, then kept. */
    synchronized GraphViews.SitePicture sitePicture() {
        if (sitePicture == null) {
            sitePicture = drawSite();
        }
        return sitePicture;
    }

    /**
     * This graph with new titles for some of its documents, each keeping its links and its place: the graph page's
     * picture, once drawn, is kept unless it shows one of them (which nodes it shows depends on links alone).
     */
    public ConceptGraph retitled(Collection<RenderedDocument> documents) {
        List<Node> renamed = new ArrayList<>(nodes);
        boolean pictured = false;
        int[] shown = sitePicture == null ? new int[0] : siteShown();
        for (RenderedDocument rendered : documents) {
            Integer at = bySource.get(rendered.doc().source());
            if (at != null && !nodes.get(at).title().equals(rendered.doc().title())) {
                renamed.set(at, new Node(rendered.doc().title(), nodes.get(at).url(), nodes.get(at).concept()));
                pictured |= Arrays.stream(shown).anyMatch(node -> node == at);
            }
        }
        ConceptGraph next = new ConceptGraph(renamed, concepts, links, bySource);
        next.sitePicture = pictured ? null : sitePicture;
        return next;
    }

    /** The nodes the graph page shows: the best-linked concepts, then the best-linked posts, each in site order. */
    private int[] siteShown() {
        int[] shownConcepts = best(range(0, concepts), MAX_CONCEPTS);
        int[] shownPosts = best(range(concepts, nodes.size()), MAX_POSTS);
        Arrays.sort(shownConcepts);
        Arrays.sort(shownPosts);
        int[] shown = new int[shownConcepts.length + shownPosts.length];
        System.arraycopy(shownConcepts, 0, shown, 0, shownConcepts.length);
        System.arraycopy(shownPosts, 0, shown, shownConcepts.length, shownPosts.length);
        return shown;
    }

    private GraphViews.SitePicture drawSite() {
        int[] shown = siteShown();
        int shownConcepts = countConcepts(shown);
        int[] conceptsShown = Arrays.copyOf(shown, shownConcepts);
        LinkGraph drawn = links.induced(shown);
        // Two pictures of the same nodes: a wide one for a desktop, an upright one a phone shows whole; the wide
        // one carries the rule that shows one of them, so any theme's page shows one. Each has its own title id.
        String svg = picture("concept-graph concept-graph-wide", SITE_BOX, SITE_FONT, "graph-title", drawn, shown,
                -1, "Concepts and posts, and the links between them").replaceFirst("</title>\n",
                "</title><style>" + ONE_PICTURE + "</style>\n")
                + "\n" + picture("concept-graph concept-graph-narrow", narrowBox(shown.length), NARROW_FONT, "graph-title-narrow",
                drawn, shown, -1, "Concepts and posts, and the links between them");
        return new GraphViews.SitePicture(new SafeString(svg), concepts, shownConcepts,
                nodes.size() - concepts, shown.length - shownConcepts, leftOut(conceptsShown, drawn));
    }

    /** One picture: laid out in its box, edges under nodes, labels where {@link GraphLabels} finds them room. */
    private String picture(String cssClass, ForceLayout.Box box, double font, String titleId, LinkGraph drawn,
                           int[] shown, int current, String title) {
        double[] xy = ForceLayout.layout(drawn, current >= 0 ? 1 : countConcepts(shown), box,
                footprints(shown, font, current));
        double[] radius = new double[shown.length];
        String[] titles = new String[shown.length];
        for (int i = 0; i < shown.length; i++) {
            radius[i] = radius(shown[i], i == current);
            titles[i] = nodes.get(shown[i]).title();
        }
        GraphLabels.Label[] labels = GraphLabels.place(xy, radius, titles, labelOrder(shown, current), font,
                box.width(), box.height());
        StringBuilder svg = GraphSvg.open(cssClass, box, titleId, title);
        GraphSvg.edges(svg, drawn, xy);
        svg.append("<g class=\"nodes\">\n");
        for (int i = 0; i < shown.length; i++) {
            Node node = nodes.get(shown[i]);
            GraphSvg.node(svg, node.title(), node.url(), node.concept(), xy[2 * i], xy[2 * i + 1], radius[i], labels[i],
                    i == current);
        }
        svg.append("</g>\n</svg>");
        return svg.toString();
    }

    private int countConcepts(int[] shown) {
        int count = 0;
        while (count < shown.length && nodes.get(shown[count]).concept()) {
            count++;
        }
        return count;
    }

    /** Whose label is placed first: the current concept, then concepts, then posts, each the best-linked first. */
    private int[] labelOrder(int[] shown, int current) {
        long[] keys = new long[shown.length];
        for (int i = 0; i < shown.length; i++) {
            int rank = i == current ? 0 : nodes.get(shown[i]).concept() ? 1 : 2;
            keys[i] = (long) rank << 62 | (long) (Integer.MAX_VALUE - links.degree(shown[i])) << 20 | i;
        }
        Arrays.sort(keys);
        int[] order = new int[shown.length];
        for (int i = 0; i < shown.length; i++) {
            order[i] = (int) (keys[i] & ((1 << 20) - 1));
        }
        return order;
    }

    /** For each concept drawn, the posts it links with and how many of them are drawn: those with some left out. */
    private List<GraphViews.LeftOut> leftOut(int[] shownConcepts, LinkGraph drawn) {
        List<GraphViews.LeftOut> leftOut = new ArrayList<>();
        for (int i = 0; i < shownConcepts.length; i++) {
            int concept = shownConcepts[i];
            int posts = links.degree(concept) - conceptNeighbours(concept);
            int drawnPosts = drawn.degree(i) - conceptNeighbours(drawn, i, shownConcepts.length);
            if (drawnPosts < posts) {
                Node node = nodes.get(concept);
                leftOut.add(new GraphViews.LeftOut(node.title(), node.url(), posts, drawnPosts));
            }
        }
        // Stable: equal counts keep the concepts' order.
        leftOut.sort((a, b) -> Integer.compare(b.posts() - b.drawn(), a.posts() - a.drawn()));
        return leftOut;
    }

    /** How many of a node's neighbours are concepts: they come first in its ascending row. */
    private int conceptNeighbours(int node) {
        return conceptNeighbours(links, node, concepts);
    }

    private static int conceptNeighbours(LinkGraph graph, int node, int concepts) {
        int count = 0;
        while (count < graph.degree(node) && graph.neighbour(node, count) < concepts) {
            count++;
        }
        return count;
    }

    /**
     * The picture of a concept and its neighbours (the concepts and posts linking to it or linked from it, the
     * best-linked first), or null when nothing links with it.
     */
    GraphViews.LocalPicture localPicture(Path concept) {
        Integer centre = bySource.get(concept);
        if (centre == null || links.degree(centre) == 0) {
            return null;
        }
        int[] around = new int[links.degree(centre)];
        for (int k = 0; k < around.length; k++) {
            around[k] = links.neighbour(centre, k);
        }
        int[] best = best(around, MAX_NEIGHBOURS);
        int[] shown = new int[best.length + 1];
        shown[0] = centre;
        System.arraycopy(best, 0, shown, 1, best.length);
        LinkGraph drawn = links.induced(shown);
        Node node = nodes.get(centre);
        String svg = picture("local-graph", LOCAL_BOX, LOCAL_FONT, "local-graph-title", drawn, shown, 0,
                "Concepts and posts linked with " + node.title());
        return new GraphViews.LocalPicture(new SafeString(svg), around.length, best.length);
    }

    /**
     * What each node covers: its circle and the label under it (as {@link GraphLabels} wraps and measures it), and
     * never less than half the gap around it.
     *
     * @param current the place in {@code shown} of the node drawn as the current page, or -1
     */
    private ForceLayout.Footprints footprints(int[] shown, double font, int current) {
        double[] half = new double[shown.length];
        double[] above = new double[shown.length];
        double[] below = new double[shown.length];
        for (int i = 0; i < shown.length; i++) {
            double r = radius(shown[i], i == current);
            List<String> lines = GraphLabels.lines(nodes.get(shown[i]).title());
            double label = GraphLabels.width(lines, font) / 2 + 3;
            half[i] = Math.max(MIN_GAP / 2, Math.max(r, label));
            above[i] = Math.max(MIN_GAP / 2, r);
            below[i] = Math.max(MIN_GAP / 2, r + 3 + lines.size() * font * 1.2);
        }
        return new ForceLayout.Footprints(half, above, below);
    }

    private static int[] range(int from, int to) {
        int[] range = new int[to - from];
        for (int i = 0; i < range.length; i++) {
            range[i] = from + i;
        }
        return range;
    }

    /** At most {@code limit} of these nodes: the most linked, then the earliest in the site's order. */
    private int[] best(int[] candidates, int limit) {
        if (candidates.length <= limit) {
            return candidates;
        }
        long[] keys = new long[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            keys[i] = (long) (Integer.MAX_VALUE - links.degree(candidates[i])) << 32 | candidates[i];
        }
        Arrays.sort(keys);
        int[] best = new int[limit];
        for (int i = 0; i < limit; i++) {
            best[i] = (int) keys[i];
        }
        return best;
    }

    /** Bigger for more links in the whole site (concepts more so), and for the concept a picture is about. */
    private double radius(int id, boolean current) {
        double links = Math.sqrt(this.links.degree(id));
        return (nodes.get(id).concept() ? 5 + Math.min(8, links * 1.5) : 4 + Math.min(4, links)) + (current ? 2 : 0);
    }
}
