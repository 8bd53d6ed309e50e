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
import java.util.IdentityHashMap;
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
        return planned(graph, PagePlan.none(), diagnostics);
    }

    /**
     * @param previous the plan of the previous build: views equal to its views are kept as its objects, and a
     *                 post's view is reused when the document and what else it shows (backlinks, series, comments)
     *                 are the same
     * @param change   how the graph differs from the previous plan's; when only bodies do (and the previous plan
     *                 planned every page, with these templates), the plan continues the previous one: only the
     *                 pages of those documents and the pages of lists are made again, and the previous plan hands
     *                 over its views and must not be used again
     */
    public PagePlan replan(SiteGraph graph, PagePlan previous, GraphChange change, Diagnostics diagnostics) {
        if (change instanceof GraphChange.Bodies bodies && previous.complete && !ReferencesPage.changedBy(bodies)
                && !(bodies.retitled() && citesAnything(bodies))) {
            return continued(graph, previous, bodies, diagnostics);
        }
        return planned(graph, previous, diagnostics);
    }

    private PagePlan planned(SiteGraph graph, PagePlan previous, Diagnostics diagnostics) {
        int errors = diagnostics.errorCount();
        ViewFactory views = new ViewFactory(graph, previous, GraphChange.ANYTHING, templates.exists(LINKS_TEMPLATE));
        IdentityHashMap<RenderedDocument, Integer> positions = new IdentityHashMap<>();
        List<PlannedPage> pages = new ArrayList<>();
        List<RenderedDocument> posts = graph.posts();
        Map<String, List<RenderedDocument>> unknownLayouts = new java.util.TreeMap<>();
        // A document that redirects elsewhere (redirect_to) has a redirect page at its address instead.
        java.util.function.Predicate<RenderedDocument> hasPage =
                rendered -> RedirectPages.redirectTo(rendered.doc(), graph.config()) == null;
        for (int i = 0; i < posts.size(); i++) {
            int at = i;
            if (hasPage.test(posts.get(i))) {
                document(pages, positions, views, posts.get(i), () -> neighbours(views, posts, at), unknownLayouts,
                        diagnostics);
            }
        }
        for (List<RenderedDocument> others : List.of(graph.pages(), graph.concepts())) {
            others.stream().filter(hasPage).forEach(page -> document(pages, positions, views, page,
                    PagePlanner::noNeighbours, unknownLayouts, diagnostics));
        }
        unknownLayouts.forEach((layout, documents) -> warnUnknownLayout(layout, documents, diagnostics));
        int lists = pages.size();
        listPages.plan(pages, views, graph, diagnostics);
        return new PagePlan(pages, lists, views.site(), views.sharedViews(), views.madePosts(), positions, null, null,
                diagnostics.errorCount() == errors, views.concepts());
    }

    /**
     * The previous plan with new pages for the swapped documents, and its pages of lists with their new views: the
     * same lists, posts and pages, since only bodies changed, so each page of a list that shows none of the new
     * views is kept as the same object.
     */
    private PagePlan continued(SiteGraph graph, PagePlan previous, GraphChange.Bodies bodies, Diagnostics diagnostics) {
        ViewFactory views = new ViewFactory(graph, previous, bodies, templates.exists(LINKS_TEMPLATE));
        @SuppressWarnings("unchecked")
        IdentityHashMap<RenderedDocument, Integer> positions =
                (IdentityHashMap<RenderedDocument, Integer>) previous.positions.clone();
        List<PlannedPage> pages = new ArrayList<>(previous.pages.subList(0, previous.lists));
        List<RenderedDocument> posts = graph.posts();
        for (int k = 0; k < bodies.documents().size(); k++) {
            RenderedDocument now = bodies.documents().get(k);
            Integer at = positions.remove(bodies.replaced().get(k));
            if (at == null) {
                continue; // a document with no page of its own (it redirects elsewhere)
            }
            positions.put(now, at);
            replanned(pages, positions, views, posts, now);
        }
        if (bodies.retitled()) {
            // Pages showing a new title: those of its backlinks and series neighbours, and its neighbours' links.
            bodies.reshown().forEach(doc -> replanned(pages, positions, views, posts, doc));
            for (RenderedDocument now : bodies.documents()) {
                int post = now.doc().isPost() ? placeOf(posts, now) : -1;
                if (post > 0) {
                    replanned(pages, positions, views, posts, posts.get(post - 1));
                }
                if (post >= 0 && post + 1 < posts.size()) {
                    replanned(pages, positions, views, posts, posts.get(post + 1));
                }
            }
        }
        int lists = pages.size();
        Map<String, PlannedPage> remade = bodies.retitled() ? showingTitles(views, graph, bodies, diagnostics) : Map.of();
        for (PlannedPage page : previous.pages.subList(previous.lists, previous.pages.size())) {
            PlannedPage again = remade.get(page.url());
            pages.add(again != null ? again : patched(page, views));
        }
        return new PagePlan(pages, lists, views.site(), views.sharedViews(), views.madePosts(), positions,
                views.replacedViews(), previous.pages, true, views.concepts());
    }

    /**
     * The pages of lists that show titles outside post views, made again after a new title, by URL: the graph and
     * the pages of backlinks of the retitled and reshown documents (those naming a retitled one, or named by it).
     * The others show titles only through post views, which {@link #patched} swaps.
     */
    private Map<String, PlannedPage> showingTitles(ViewFactory views, SiteGraph graph, GraphChange.Bodies bodies,
                                                   Diagnostics diagnostics) {
        List<PlannedPage> made = new ArrayList<>();
        listPages.graphPage(made, views, graph, diagnostics);
        Pagination byLines = Pagination.ofLongLists(graph.config());
        for (List<RenderedDocument> documents : List.of(bodies.documents(), bodies.reshown())) {
            documents.forEach(rendered -> listPages.backlinkPages(made, views, rendered, byLines, diagnostics));
        }
        Map<String, PlannedPage> byUrl = new HashMap<>();
        made.forEach(page -> byUrl.put(page.url(), page));
        return byUrl;
    }

    /** The page of a document planned again, in its place; none when it has no page (it redirects elsewhere). */
    private void replanned(List<PlannedPage> pages, Map<RenderedDocument, Integer> positions,
                                  ViewFactory views, List<RenderedDocument> posts, RenderedDocument doc) {
        Integer at = positions.get(doc);
        if (at != null) {
            // A post's neighbours are found among the posts (a post that redirects elsewhere has no page, so a
            // page's place need not be its post's place).
            int post = doc.doc().isPost() ? placeOf(posts, doc) : -1;
            pages.set(at, documentPage(views, doc, post >= 0 ? neighbours(views, posts, post) : noNeighbours()));
        }
    }

    /** Whether a retitled document cites a work: the page of references lists the titles of citing pages. */
    private static boolean citesAnything(GraphChange.Bodies bodies) {
        return bodies.documents().stream().anyMatch(doc -> !doc.markdown().references().isEmpty());
    }

    /** A page of lists of the previous plan with the new views in its model; the page itself when it has none. */
    private static PlannedPage patched(PlannedPage page, ViewFactory views) {
        Map<String, Object> model = null;
        for (Map.Entry<String, Object> entry : page.model().entrySet()) {
            Object value = views.patchedValue(entry.getValue());
            if (value != entry.getValue()) {
                model = model == null ? new LinkedHashMap<>(page.model()) : model;
                model.put(entry.getKey(), value);
            }
        }
        return model == null ? page : new PlannedPage(page.url(), page.outputPath(), page.template(), model,
                page.origin());
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
    private void document(List<PlannedPage> pages, IdentityHashMap<RenderedDocument, Integer> positions,
                          ViewFactory views, RenderedDocument rendered, Supplier<Map<String, Object>> neighbours,
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
        positions.put(rendered, pages.size());
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
