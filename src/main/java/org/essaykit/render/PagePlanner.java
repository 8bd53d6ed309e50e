package org.essaykit.render;

import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.SourcePos;
import org.essaykit.content.Permalinks;
import org.essaykit.content.Document;
import org.essaykit.graph.GraphChange;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.SiteGraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Decides every HTML page of the site: which URL, which template, which model. Documents use the
 * template named by their layout; the home page, tag pages, tag index, archive and 404 page use the
 * templates of the same names.
 */
public final class PagePlanner {

    public static final List<String> REQUIRED_TEMPLATES =
            List.of("base", "post", "page", "home", "tag", "tags", "archive", "search", "404");

    private static final java.util.Set<String> SITE_PAGE_TEMPLATES = java.util.Set.of("base", "home", "tag", "tags",
            "archive", "search", "404", "concepts", "series", "graph", "links", ReferencesPage.KIND);

    /** The optional template of the pages listing every backlink of a page that has many. */
    static final String LINKS_TEMPLATE = "links";

    private final Templates templates;
    private final ListPages listPages;

    public PagePlanner(Templates templates) {
        this.templates = templates;
        this.listPages = new ListPages(templates);
    }

    /** Every page of the site, each view made anew. */
    public PagePlan plan(SiteGraph graph, Diagnostics diagnostics) {
        return plan(graph, new ViewFactory(graph, ConceptGraph.of(graph), showsBacklinkPages()), diagnostics);
    }

    /** Every page of the site, its views made by {@code views}. */
    public PagePlan plan(SiteGraph graph, ViewFactory views, Diagnostics diagnostics) {
        List<PlannedPage> pages = new ArrayList<>();
        List<RenderedDocument> posts = graph.posts();
        Map<String, List<RenderedDocument>> unknownLayouts = new java.util.TreeMap<>();
        // A document that redirects elsewhere (redirect_to) has a redirect page at its address instead.
        java.util.function.Predicate<RenderedDocument> hasPage =
                rendered -> RedirectPages.redirectTo(rendered.doc(), graph.config()) == null;
        for (int i = 0; i < posts.size(); i++) {
            int at = i;
            if (hasPage.test(posts.get(i))) {
                document(pages, views, posts.get(i), () -> neighbours(views, posts, at), unknownLayouts, diagnostics);
            }
        }
        for (List<RenderedDocument> others : List.of(graph.pages(), graph.concepts())) {
            others.stream().filter(hasPage).forEach(page -> document(pages, views, page, PagePlanner::noNeighbours,
                    unknownLayouts, diagnostics));
        }
        unknownLayouts.forEach((layout, documents) -> warnUnknownLayout(layout, documents, diagnostics));
        int documentPages = pages.size();
        listPages.plan(pages, views, graph, diagnostics);
        return new PagePlan(pages, documentPages, views.site());
    }

    /** Whether the theme can show a page's backlinks on pages of their own: it has their template. */
    public boolean showsBacklinkPages() {
        return templates.exists(LINKS_TEMPLATE);
    }

    /**
     * Whether, when only these bodies changed, the pages of lists are the same pages with models that differ only
     * in the views of these documents: not when the page of references changes (what a page cites, or the title
     * of a page citing a work).
     */
    public static boolean keepsListPages(GraphChange.Bodies bodies) {
        return !ReferencesPage.changedBy(bodies) && !(bodies.retitled() && citesAnything(bodies));
    }

    /** A document's page as {@link #plan} makes it; a post's neighbours are found among {@code posts}. */
    public PlannedPage documentPage(ViewFactory views, List<RenderedDocument> posts, RenderedDocument doc) {
        // A post that redirects elsewhere has no page, so a page's place need not be its post's place.
        int post = doc.doc().isPost() ? placeOf(posts, doc) : -1;
        return documentPage(views, doc, post >= 0 ? neighbours(views, posts, post) : noNeighbours());
    }

    /** The posts whose pages link to this one as their newer or older neighbour, so show its title. */
    public static List<RenderedDocument> neighboursOf(List<RenderedDocument> posts, RenderedDocument doc) {
        int post = doc.doc().isPost() ? placeOf(posts, doc) : -1;
        List<RenderedDocument> neighbours = new ArrayList<>(2);
        if (post > 0) {
            neighbours.add(posts.get(post - 1));
        }
        if (post >= 0 && post + 1 < posts.size()) {
            neighbours.add(posts.get(post + 1));
        }
        return neighbours;
    }

    /**
     * The pages of lists that show these documents' titles outside their post views: the graph page and the pages
     * of their backlinks. The other pages of lists show titles only through post views.
     */
    public List<PlannedPage> listPagesShowingTitles(ViewFactory views, SiteGraph graph,
                                                    List<RenderedDocument> documents, Diagnostics diagnostics) {
        List<PlannedPage> made = new ArrayList<>();
        listPages.graphPage(made, views, graph, diagnostics);
        Pagination byLines = Pagination.ofLongLists(graph.config());
        documents.forEach(rendered -> listPages.backlinkPages(made, views, rendered, byLines, diagnostics));
        return made;
    }

    /** Whether a retitled document cites a work: the page of references lists the titles of citing pages. */
    private static boolean citesAnything(GraphChange.Bodies bodies) {
        return bodies.documents().stream().anyMatch(doc -> !doc.markdown().references().isEmpty());
    }

    /** The place of a rendering in the graph's list, by identity (the graph holds the swapped bodies themselves). */
    private static int placeOf(List<RenderedDocument> posts, RenderedDocument post) {
        for (int i = 0; i < posts.size(); i++) {
            if (posts.get(i) == post) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Object> neighbours(ViewFactory views, List<RenderedDocument> posts, int at) {
        Map<String, Object> neighbours = new HashMap<>();
        neighbours.put("newer", at > 0 ? views.link(posts.get(at - 1)) : null);
        neighbours.put("older", at + 1 < posts.size() ? views.link(posts.get(at + 1)) : null);
        return neighbours;
    }

    private static Map<String, Object> noNeighbours() {
        Map<String, Object> none = new HashMap<>();
        none.put("newer", null);
        none.put("older", null);
        return none;
    }

    /**
     * A document's page. A layout with no template falls back to the default layout of the document's kind
     * (as Jekyll builds a page whose layout is missing), with a warning; only a missing default is an error.
     */
    private void document(List<PlannedPage> pages, ViewFactory views, RenderedDocument rendered,
                          Supplier<Map<String, Object>> neighbours,
                          Map<String, List<RenderedDocument>> unknownLayouts, Diagnostics diagnostics) {
        String layout = rendered.doc().layout();
        if (!templates.exists(layout)) {
            if (!templates.exists(rendered.doc().kind().defaultLayout())) {
                diagnostics.error(rendered.doc().positionOf("layout"), "unknown layout `" + layout + "`",
                        layoutHint(layout));
                return;
            }
            unknownLayouts.computeIfAbsent(layout, l -> new ArrayList<>()).add(rendered);
        }
        pages.add(documentPage(views, rendered, neighbours.get()));
    }

    /** One warning per unknown layout, at its first use: a Jekyll repository names its theme's layouts on every page. */
    private void warnUnknownLayout(String layout, List<RenderedDocument> documents, Diagnostics diagnostics) {
        RenderedDocument first = documents.get(0);
        String message = documents.size() == 1
                ? "unknown layout `" + layout + "`: the page uses the `" + first.doc().kind().defaultLayout() + "` layout"
                : "unknown layout `" + layout + "` (here and on " + (documents.size() - 1) + " other pages): each "
                        + "uses the default layout of its kind (post, page or concept)";
        diagnostics.report(Diagnostic.warning(first.doc().positionOf("layout"), message, layoutHint(layout)));
    }

    private String layoutHint(String layout) {
        return "create " + templates.pathOf(layout) + " or use one of: " + String.join(", ", layouts());
    }

    /** The template of a document's page: its layout, else the default layout of its kind. */
    private String templateOf(Document doc) {
        return templates.exists(doc.layout()) ? doc.layout() : doc.kind().defaultLayout();
    }

    private PlannedPage documentPage(ViewFactory views, RenderedDocument rendered, Map<String, Object> neighbours) {
        Map<String, Object> model = new LinkedHashMap<>(neighbours);
        model.put("page", views.post(rendered));
        model.put("card", views.card(rendered));
        if (rendered.doc().kind() == Document.Kind.CONCEPT) {
            model.put("localGraph", views.concepts().localPicture(rendered.doc().source()));
        }
        if (!rendered.markdown().simulations().isEmpty()) {
            model.put("simulations", rendered.markdown().simulations()); // head.html loads the bundle
        }
        if (rendered.markdown().hasCode()) {
            model.put("codeBlocks", true); // head.html links the code styles and copy button
        }
        if (!rendered.markdown().references().isEmpty()) {
            model.put("citations", true); // head.html links the citation styles
        }
        return new PlannedPage(rendered.doc().url(), Permalinks.outputPath(rendered.doc().url()),
                templateOf(rendered.doc()), model, SourcePos.startOf(rendered.doc().source()));
    }

    /** Templates a document can name as its layout: all but the base and those of the site's own pages. */
    private List<String> layouts() {
        return templates.names().stream().filter(name -> !SITE_PAGE_TEMPLATES.contains(name)).toList();
    }
}
