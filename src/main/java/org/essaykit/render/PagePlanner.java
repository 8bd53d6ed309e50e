package org.essaykit.render;

import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.SourcePos;
import org.essaykit.content.Permalinks;
import org.essaykit.content.Document;
import org.essaykit.graph.GraphChange;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.Series;
import org.essaykit.graph.SiteGraph;
import org.essaykit.graph.TagGroup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    public PagePlanner(Templates templates) {
        this.templates = templates;
    }

    /**
     * The pages, and the shared views their models hold, by key ({@link ViewKeys}): an incremental rebuild
     * compares those with the previous build's to find the pages to render again.
     */
    public static final class Plan {
        /** No previous plan, for the first build of a live session: every view is made anew. A new object each time:
         * a plan's views are handed over, so no plan may be shared. */
        public static Plan none() {
            return new Plan(List.of(), 0, null, new HashMap<>(), new IdentityHashMap<>(), new IdentityHashMap<>(), null,
                    null, false, null);
        }

        private final List<PlannedPage> pages;
        private final int lists;
        private final Views.SiteView site;
        private Map<ViewKeys.Key, Object> sharedViews;
        private final IdentityHashMap<RenderedDocument, ViewFactory.MadePost> posts;
        private final IdentityHashMap<RenderedDocument, Integer> positions;
        private final Map<ViewKeys.Key, Object> replacedViews;
        private final List<PlannedPage> basis;
        private final boolean complete;
        /** The concepts' graph and its pictures: a plan continuing this one keeps it (no link or title changed). */
        private final ConceptGraph concepts;

        /** The maps are the planner's own, handed over: not copied. */
        private Plan(List<PlannedPage> pages, int lists, Views.SiteView site, Map<ViewKeys.Key, Object> sharedViews,
                     IdentityHashMap<RenderedDocument, ViewFactory.MadePost> posts,
                     IdentityHashMap<RenderedDocument, Integer> positions, Map<ViewKeys.Key, Object> replacedViews,
                     List<PlannedPage> basis, boolean complete, ConceptGraph concepts) {
            this.pages = Collections.unmodifiableList(pages);
            this.lists = lists;
            this.site = site;
            this.sharedViews = sharedViews;
            this.posts = posts;
            this.positions = positions;
            this.replacedViews = replacedViews;
            this.basis = basis;
            this.complete = complete;
            this.concepts = concepts;
        }

        /** Every page: the documents' (posts, pages, concepts, in graph order), then the pages of lists. */
        public List<PlannedPage> pages() {
            return pages;
        }

        /**
         * What templates see as {@code site}: given to every page when it renders rather than kept in each model,
         * so that a change to the site's lists changes no page's model and only pages reading it render again.
         */
        public Views.SiteView site() {
            return site;
        }

        public Map<ViewKeys.Key, Object> sharedViews() {
            if (sharedViews == null) {
                throw new IllegalStateException("this plan handed its views to the next one");
            }
            return Collections.unmodifiableMap(sharedViews);
        }

        /**
         * When this plan continued {@code previous} (only bodies changed), each keyed view it made anew with the view
         * it replaced (null for a new key); every other view is the previous plan's object. Empty otherwise.
         */
        public Optional<Map<ViewKeys.Key, Object>> replacedViewsSince(Plan previous) {
            return replacedViews != null && basis == previous.pages
                    ? Optional.of(Collections.unmodifiableMap(replacedViews)) : Optional.empty();
        }

        ConceptGraph concepts() {
            return concepts;
        }

        /** The post views made, by document (identity), with what each was made from. */
        IdentityHashMap<RenderedDocument, ViewFactory.MadePost> posts() {
            return posts;
        }

        /**
         * Gives this plan's views to the plan continuing it, which updates them in place: building a map of every
         * view again would cost more than the edit. This plan's views cannot be read afterwards.
         */
        Map<ViewKeys.Key, Object> handOverViews() {
            Map<ViewKeys.Key, Object> views = sharedViews;
            sharedViews = null;
            return views;
        }
    }

    /** Every page of the site, each view made anew. */
    public Plan plan(SiteGraph graph, Diagnostics diagnostics) {
        return planned(graph, Plan.none(), diagnostics);
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
    public Plan replan(SiteGraph graph, Plan previous, GraphChange change, Diagnostics diagnostics) {
        if (change instanceof GraphChange.Bodies bodies && previous.complete && !ReferencesPage.changedBy(bodies)
                && !(bodies.retitled() && citesAnything(bodies))) {
            return continued(graph, previous, bodies, diagnostics);
        }
        return planned(graph, previous, diagnostics);
    }

    private Plan planned(SiteGraph graph, Plan previous, Diagnostics diagnostics) {
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
        lists(pages, views, graph, diagnostics);
        return new Plan(pages, lists, views.site(), views.sharedViews(), views.madePosts(), positions, null, null,
                diagnostics.errorCount() == errors, views.concepts());
    }

    /**
     * The previous plan with new pages for the swapped documents, and its pages of lists with their new views: the
     * same lists, posts and pages, since only bodies changed, so each page of a list that shows none of the new
     * views is kept as the same object.
     */
    private Plan continued(SiteGraph graph, Plan previous, GraphChange.Bodies bodies, Diagnostics diagnostics) {
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
        return new Plan(pages, lists, views.site(), views.sharedViews(), views.madePosts(), positions,
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
        graphPage(made, views, graph, diagnostics);
        Pagination byLines = Pagination.ofLongLists(graph.config());
        for (List<RenderedDocument> documents : List.of(bodies.documents(), bodies.reshown())) {
            documents.forEach(rendered -> backlinkPages(made, views, rendered, byLines, diagnostics));
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
     * The home page, tag, series and concept pages, the archive, the pages of backlinks and the site's fixed pages,
     * long lists split into pages ({@link Pagination}): made every time but when only bodies changed.
     */
    private void lists(List<PlannedPage> pages, ViewFactory views, SiteGraph graph, Diagnostics diagnostics) {
        SourcePos configPos = SourcePos.startOf(graph.config().file());
        Pagination byPosts = Pagination.ofPosts(graph.config());
        Pagination byLines = Pagination.ofLongLists(graph.config());
        String siteTitle = graph.config().title();
        List<Views.PostView> allPosts = views.posts(graph.posts());
        paged(pages, views, byPosts, "home", siteTitle, "/", graph.config().description(), allPosts,
                posts -> Map.of("posts", posts), configPos, diagnostics);
        for (TagGroup group : graph.tags()) {
            Views.TagView tag = views.tag(group);
            paged(pages, views, byPosts, "tag", "Posts tagged \u201c" + group.name() + "\u201d", group.url(),
                    tag.count() + (tag.count() == 1 ? " post" : " posts") + " tagged " + group.name(), tag.posts(),
                    posts -> Map.of("tag", tag, "posts", posts), configPos, diagnostics);
        }
        for (Series series : graph.series()) {
            Views.SeriesView view = views.series(series);
            paged(pages, views, byLines, "series", series.name(), series.url(), "A series of " + series.posts().size()
                    + " posts, in reading order", view.posts(), posts -> Map.of("series", view, "posts", posts),
                    configPos, diagnostics);
        }
        if (!graph.concepts().isEmpty()) {
            graphPage(pages, views, graph, diagnostics);
            paged(pages, views, byLines, "concepts", "Concepts", "/concepts/", "The ideas the essays of " + siteTitle
                    + " rely on, defined", views.posts(graph.concepts()), concepts -> Map.of("concepts", concepts),
                    configPos, diagnostics);
        }
        list(pages, views, "tags", "Tags", "/tags/", "All tags of " + siteTitle, Map.of(), configPos, diagnostics);
        paged(pages, views, byLines, "archive", "Archive", "/archive/", "Every post of " + siteTitle + ", by year",
                allPosts, posts -> Map.of("years", views.years(posts)), configPos, diagnostics);
        list(pages, views, "search", "Search", "/search/", "Search every post, concept and page of " + siteTitle,
                Map.of(), configPos, diagnostics);
        list(pages, views, "404", "Page not found", "/404.html", "There is no page at this address.",
                Map.of(), configPos, diagnostics);
        List<ReferencesPage.Work> works = ReferencesPage.works(graph, views);
        if (!works.isEmpty() && graph.documents().stream().noneMatch(d -> d.doc().url().equals(ReferencesPage.URL))) {
            list(pages, views, ReferencesPage.KIND, "References", ReferencesPage.URL, "Every work cited on " + siteTitle
                    + ", with the pages citing it", Map.of("works", works, "citations", true), configPos, diagnostics);
        }
        backlinkPages(pages, views, graph, byLines, diagnostics);
    }

    /** The concept graph's page, when the site has concepts. */
    private void graphPage(List<PlannedPage> pages, ViewFactory views, SiteGraph graph, Diagnostics diagnostics) {
        if (graph.concepts().isEmpty()) {
            return;
        }
        // graph: the SVG, as templates made before the picture had counts expect it
        GraphViews.SitePicture picture = views.concepts().sitePicture();
        list(pages, views, "graph", "Concept graph", "/graph/", "Concepts and posts of " + graph.config().title()
                + " and the links between them", Map.of("graph", picture.svg(), "picture", picture),
                SourcePos.startOf(graph.config().file()), diagnostics);
    }

    /** For each document with more backlinks than its page shows, the pages listing them all. */
    private void backlinkPages(List<PlannedPage> pages, ViewFactory views, SiteGraph graph, Pagination pagination,
                               Diagnostics diagnostics) {
        for (List<RenderedDocument> documents : List.of(graph.posts(), graph.pages(), graph.concepts())) {
            documents.forEach(rendered -> backlinkPages(pages, views, rendered, pagination, diagnostics));
        }
    }

    /** The pages listing a document's backlinks, when it has more than its page shows; none otherwise. */
    private void backlinkPages(List<PlannedPage> pages, ViewFactory views, RenderedDocument rendered,
                               Pagination pagination, Diagnostics diagnostics) {
        Views.PostView view = views.post(rendered);
        if (view.backlinksUrl() == null) {
            return;
        }
        Views.PostLink target = views.link(rendered);
        paged(pages, views, pagination, LINKS_TEMPLATE, "Pages linking to \u201c" + view.title() + "\u201d",
                ViewFactory.backlinksPath(rendered.doc().url()), view.backlinkCount() + " pages link to "
                        + view.title(), views.backlinks(rendered),
                links -> Map.of("target", target, "backlinks", links),
                SourcePos.startOf(rendered.doc().source()), diagnostics);
    }

    /**
     * The pages of one list: each gets its slice of the items in the model {@code content} makes, and the pager.
     * Pages after the first say their number in their title.
     */
    private <T> void paged(List<PlannedPage> pages, ViewFactory views, Pagination pagination, String kind,
                           String title, String url, String description, List<T> items,
                           java.util.function.Function<List<T>, Map<String, Object>> content, SourcePos origin,
                           Diagnostics diagnostics) {
        int total = templates.exists(kind) ? pagination.pages(items.size()) : 1; // else reported once, by list
        for (int number = 1; number <= total; number++) {
            Map<String, Object> model = new LinkedHashMap<>(content.apply(pagination.slice(items, number)));
            model.put("paginator", pagination.pager(url, number, items.size()));
            list(pages, views, kind, number == 1 ? title : title + ", page " + number, pagination.url(url, number),
                    description, model, origin, diagnostics);
        }
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

    /** A page of lists; its kind is also the name of its template. */
    private void list(List<PlannedPage> pages, ViewFactory views, String kind, String title,
                      String url, String description, Map<String, Object> extra,
                      SourcePos origin, Diagnostics diagnostics) {
        if (!templates.exists(kind)) {
            diagnostics.error(SourcePos.startOf(templates.pathOf(kind)), "missing template for the " + kind + " page",
                    "create " + templates.pathOf(kind) + " (every site needs " + String.join(", ", REQUIRED_TEMPLATES)
                            + ")");
            return;
        }
        Map<String, Object> model = new LinkedHashMap<>(extra);
        model.put("page", views.listPage(kind, title, url, description));
        model.put("card", views.siteCard());
        pages.add(new PlannedPage(url, Permalinks.outputPath(url), kind, model, origin));
    }

    /** Templates a document can name as its layout: all but the base and those of the site's own pages. */
    private List<String> layouts() {
        return templates.names().stream().filter(name -> !SITE_PAGE_TEMPLATES.contains(name)).toList();
    }
}
