package org.essaykit.render;

import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.SourcePos;
import org.essaykit.content.Permalinks;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.Series;
import org.essaykit.graph.SiteGraph;
import org.essaykit.graph.TagGroup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages of lists ({@link PagePlanner}): home, tags, series, concepts, the concept graph, the archive, search,
 * 404, references and each long list of backlinks, long lists split into pages ({@link Pagination}).
 */
final class ListPages {

    private final Templates templates;

    ListPages(Templates templates) {
        this.templates = templates;
    }

    /**
     * The home page, tag, series and concept pages, the archive, the pages of backlinks and the site's fixed pages,
     * long lists split into pages ({@link Pagination}): made every time but when only bodies changed.
     */
    void plan(List<PlannedPage> pages, ViewFactory views, SiteGraph graph, Diagnostics diagnostics) {
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
    void graphPage(List<PlannedPage> pages, ViewFactory views, SiteGraph graph, Diagnostics diagnostics) {
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
    void backlinkPages(List<PlannedPage> pages, ViewFactory views, RenderedDocument rendered,
                               Pagination pagination, Diagnostics diagnostics) {
        Views.PostView view = views.post(rendered);
        if (view.backlinksUrl() == null) {
            return;
        }
        Views.PostLink target = views.link(rendered);
        paged(pages, views, pagination, PagePlanner.LINKS_TEMPLATE, "Pages linking to \u201c" + view.title() + "\u201d",
                PostViews.backlinksPath(rendered.doc().url()), view.backlinkCount() + " pages link to "
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

    /** A page of lists; its kind is also the name of its template. */
    private void list(List<PlannedPage> pages, ViewFactory views, String kind, String title,
                      String url, String description, Map<String, Object> extra,
                      SourcePos origin, Diagnostics diagnostics) {
        if (!templates.exists(kind)) {
            diagnostics.error(SourcePos.startOf(templates.pathOf(kind)), "missing template for the " + kind + " page",
                    "create " + templates.pathOf(kind) + " (every site needs " + String.join(", ", PagePlanner.REQUIRED_TEMPLATES)
                            + ")");
            return;
        }
        Map<String, Object> model = new LinkedHashMap<>(extra);
        model.put("page", views.listPage(kind, title, url, description));
        model.put("card", views.siteCard());
        pages.add(new PlannedPage(url, Permalinks.outputPath(url), kind, model, origin));
    }
}
