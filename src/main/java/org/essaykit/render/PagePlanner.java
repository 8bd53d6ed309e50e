package org.essaykit.render;

import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.SourcePos;
import org.essaykit.content.Permalinks;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.Series;
import org.essaykit.graph.SiteGraph;
import org.essaykit.graph.TagGroup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides every HTML page of the site: which URL, which template, which model. Documents use the
 * template named by their layout; the home page, tag pages, tag index, archive and 404 page use the
 * templates of the same names.
 */
public final class PagePlanner {

    public static final List<String> REQUIRED_TEMPLATES =
            List.of("base", "post", "page", "home", "tag", "tags", "archive", "search", "404");

    private static final java.util.Set<String> SITE_PAGE_TEMPLATES = java.util.Set.of("base", "home", "tag", "tags",
            "archive", "search", "404", "concepts", "series", "graph");

    private final Templates templates;

    public PagePlanner(Templates templates) {
        this.templates = templates;
    }

    /**
     * The pages, and the shared views their models hold, by key ({@link ViewKeys}): an incremental rebuild
     * compares those with the previous build's to find the pages to render again.
     */
    public static final class Plan {
        /** No previous plan: every view is made anew. */
        public static final Plan NONE = new Plan(List.of(), Map.of(), Map.of());

        private final List<PlannedPage> pages;
        private final Map<ViewKeys.Key, Object> sharedViews;
        private final Map<RenderedDocument, ViewFactory.MadePost> posts;

        Plan(List<PlannedPage> pages, Map<ViewKeys.Key, Object> sharedViews,
             Map<RenderedDocument, ViewFactory.MadePost> posts) {
            this.pages = List.copyOf(pages);
            this.sharedViews = Map.copyOf(sharedViews);
            this.posts = posts;
        }

        public List<PlannedPage> pages() {
            return pages;
        }

        public Map<ViewKeys.Key, Object> sharedViews() {
            return sharedViews;
        }

        /** The post views made, by document (identity), with what each was made from. */
        Map<RenderedDocument, ViewFactory.MadePost> posts() {
            return posts;
        }
    }

    public List<PlannedPage> plan(SiteGraph graph, Diagnostics diagnostics) {
        return planWithViews(graph, Plan.NONE, diagnostics).pages();
    }

    /**
     * @param previous the plan of the previous build: views equal to its views are kept as its objects, and a
     *                 post's view is reused when the document and what else it shows (backlinks, series, comments)
     *                 are the same
     */
    public Plan planWithViews(SiteGraph graph, Plan previous, Diagnostics diagnostics) {
        ViewFactory views = new ViewFactory(graph, previous);
        Views.SiteView site = views.site();
        SourcePos configPos = SourcePos.startOf(graph.config().file());
        List<PlannedPage> pages = new ArrayList<>();

        List<RenderedDocument> posts = graph.posts();
        for (int i = 0; i < posts.size(); i++) {
            Map<String, Object> extra = new HashMap<>();
            extra.put("newer", i > 0 ? link(views, posts.get(i - 1)) : null);
            extra.put("older", i + 1 < posts.size() ? link(views, posts.get(i + 1)) : null);
            document(pages, views, site, posts.get(i), extra, diagnostics);
        }
        Map<String, Object> noNeighbours = new HashMap<>();
        noNeighbours.put("newer", null);
        noNeighbours.put("older", null);
        graph.pages().forEach(page -> document(pages, views, site, page, noNeighbours, diagnostics));
        graph.concepts().forEach(concept -> document(pages, views, site, concept, noNeighbours, diagnostics));

        List<Views.PostView> allPosts = views.posts(posts);
        String siteTitle = graph.config().title();
        list(pages, site, views, "home", siteTitle, "/", graph.config().description(),
                Map.of("posts", allPosts), configPos, diagnostics);
        for (TagGroup group : graph.tags()) {
            Views.TagView tag = views.tag(group);
            list(pages, site, views, "tag", "Posts tagged \u201c" + group.name() + "\u201d", group.url(),
                    tag.count() + (tag.count() == 1 ? " post" : " posts") + " tagged " + group.name(),
                    Map.of("tag", tag), configPos, diagnostics);
        }
        for (Series series : graph.series()) {
            list(pages, site, views, "series", series.name(), series.url(), "A series of " + series.posts().size()
                    + " posts, in reading order", Map.of("series", views.series(series)), configPos, diagnostics);
        }
        if (!graph.concepts().isEmpty()) {
            String svg = ConceptGraph.svg(ConceptGraph.layout(graph), graph.config());
            list(pages, site, views, "graph", "Concept graph", "/graph/", "Concepts and posts of " + siteTitle
                    + " and the links between them", Map.of("graph", new io.pebbletemplates.pebble.extension.escaper.SafeString(svg)),
                    configPos, diagnostics);
            list(pages, site, views, "concepts", "Concepts", "/concepts/", "The ideas the essays of " + siteTitle
                    + " rely on, defined", Map.of("concepts", views.posts(graph.concepts())), configPos, diagnostics);
        }
        list(pages, site, views, "tags", "Tags", "/tags/", "All tags of " + siteTitle, Map.of(),
                configPos, diagnostics);
        list(pages, site, views, "archive", "Archive", "/archive/", "Every post of " + siteTitle + ", by year",
                Map.of("years", views.years(allPosts)), configPos, diagnostics);
        list(pages, site, views, "search", "Search", "/search/", "Search every post, concept and page of " + siteTitle,
                Map.of(), configPos, diagnostics);
        list(pages, site, views, "404", "Page not found", "/404.html", "There is no page at this address.",
                Map.of(), configPos, diagnostics);
        return new Plan(pages, views.sharedViews(), views.madePosts());
    }

    private void document(List<PlannedPage> pages, ViewFactory views, Views.SiteView site, RenderedDocument rendered,
                          Map<String, Object> extra, Diagnostics diagnostics) {
        String layout = rendered.doc().layout();
        if (!templates.exists(layout)) {
            diagnostics.error(rendered.doc().positionOf("layout"), "unknown layout `" + layout + "`",
                    "create " + templates.pathOf(layout) + " or use one of: " + String.join(", ", layouts()));
            return;
        }
        Map<String, Object> model = new LinkedHashMap<>(extra);
        model.put("site", site);
        model.put("page", views.post(rendered));
        model.put("card", views.card(rendered));
        if (!rendered.markdown().simulations().isEmpty()) {
            model.put("simulations", rendered.markdown().simulations()); // head.html loads the bundle
        }
        pages.add(new PlannedPage(rendered.doc().url(), Permalinks.outputPath(rendered.doc().url()), layout, model,
                SourcePos.startOf(rendered.doc().source())));
    }

    /** A page of lists; its kind is also the name of its template. */
    private void list(List<PlannedPage> pages, Views.SiteView site, ViewFactory views, String kind, String title,
                      String url, String description, Map<String, Object> extra,
                      SourcePos origin, Diagnostics diagnostics) {
        if (!templates.exists(kind)) {
            diagnostics.error(SourcePos.startOf(templates.pathOf(kind)), "missing template for the " + kind + " page",
                    "create " + templates.pathOf(kind) + " (every site needs " + String.join(", ", REQUIRED_TEMPLATES)
                            + ")");
            return;
        }
        Map<String, Object> model = new LinkedHashMap<>(extra);
        model.put("site", site);
        model.put("page", views.listPage(kind, title, url, description));
        model.put("card", views.siteCard());
        pages.add(new PlannedPage(url, Permalinks.outputPath(url), kind, model, origin));
    }

    /** Templates a document can name as its layout: all but the base and those of the site's own pages. */
    private List<String> layouts() {
        return templates.names().stream().filter(name -> !SITE_PAGE_TEMPLATES.contains(name)).toList();
    }

    private static Views.PostLink link(ViewFactory views, RenderedDocument rendered) {
        return views.link(rendered);
    }
}
