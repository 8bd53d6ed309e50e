package org.essaykit.render;

import org.essaykit.content.SiteConfig;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.Series;
import org.essaykit.graph.SiteGraph;
import org.essaykit.graph.TagGroup;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the template views of one site; each document's and each tag's view is made once and shared by every page
 * showing it. A live session extends it to keep the views of its previous build ({@link #shared}, {@link #newPost},
 * {@link #newTag}); the plain build makes every view anew.
 */
public class ViewFactory {

    /**
     * The backlinks a page shows when lists are paginated: enough for every page of a usual site (ours has at most
     * 24), few enough to keep a page quoted by thousands small; the rest are on pages of their own.
     */
    static final int BACKLINKS_SHOWN = 50;

    private final SiteGraph graph;
    private final SiteConfig config;
    /** Read once: every post view asks whether live discussion is configured. */
    private final Views.Giscus giscus;
    private final PostViews postViews;
    private final SocialCards cards;
    private final Views.CardView siteCard;
    private final ConceptGraph concepts;
    private final IdentityHashMap<RenderedDocument, Views.PostView> posts = new IdentityHashMap<>();
    private final Map<String, Views.TagView> tags = new HashMap<>();
    private final Map<String, Views.SeriesView> series = new HashMap<>();

    /**
     * @param concepts      the concepts' graph and its pictures
     * @param backlinkPages whether the theme can show a page's backlinks on pages of their own: then, unless
     *                      pagination is off, a page shows at most {@link #BACKLINKS_SHOWN} of them and links to the rest
     */
    public ViewFactory(SiteGraph graph, ConceptGraph concepts, boolean backlinkPages) {
        this.graph = graph;
        this.config = graph.config();
        this.giscus = giscus(config);
        this.postViews = new PostViews(graph, giscus, backlinkPages && config.paginate() > 0 ? BACKLINKS_SHOWN : 0);
        this.cards = new SocialCards(config);
        this.siteCard = cards.forSite();
        this.concepts = concepts;
    }

    /**
     * Every view that many pages share (a post's, a tag's, the site's, a series', a year's) passes here when made; a
     * subclass may give an equal one instead.
     */
    protected <T> T shared(T view) {
        return view;
    }

    /** A document's view, made on the first {@link #post} of it. */
    protected Views.PostView newPost(RenderedDocument rendered) {
        return shared(postViews.of(rendered));
    }

    /** A tag's view, made on the first {@link #tag} of it. */
    protected Views.TagView newTag(TagGroup group) {
        return shared(new Views.TagView(group.name(), group.slug(), config.relativeUrl(group.url()),
                group.posts().size(), group.posts().stream().map(this::post).toList()));
    }

    /** The image shown when a page's link is shared: a post's own card, else the site's; null when none. */
    Views.CardView card(RenderedDocument rendered) {
        return rendered.doc().isPost() ? cards.forPost(rendered.doc()) : siteCard;
    }

    public ConceptGraph concepts() {
        return concepts;
    }

    Views.CardView siteCard() {
        return siteCard;
    }

    public Views.SiteView site() {
        List<Views.NavView> nav = config.navigation().stream()
                .map(item -> new Views.NavView(item.title(), config.relativeUrl(item.url())))
                .toList();
        return shared(new Views.SiteView(config.title(), config.description(), config.absoluteUrl("/"),
                config.baseurl(), config.author(), config.language(), nav,
                graph.tags().stream().map(this::tag).toList(), graph.posts().size(),
                config.relativeUrl(FeedWriter.FEED_PATH),
                PreviewData.shards(graph.posts().size() + graph.concepts().size() + graph.pages().size()),
                dataRows(), giscus, config.params()));
    }

    /** giscus needs all four values (GitHub shows them at giscus.app); a partial configuration means none. */
    private static Views.Giscus giscus(SiteConfig config) {
        if (!(config.params().get("giscus") instanceof Map<?, ?> g)) {
            return null;
        }
        Object repo = g.get("repo");
        Object repoId = g.get("repo_id");
        Object category = g.get("category");
        Object categoryId = g.get("category_id");
        return repo == null || repoId == null || category == null || categoryId == null ? null
                : new Views.Giscus(repo.toString(), repoId.toString(), category.toString(), categoryId.toString());
    }

    /** Data files as templates read them: {@code site.data.name} is the list of rows. */
    private Map<String, List<Map<String, Object>>> dataRows() {
        Map<String, List<Map<String, Object>>> rows = new java.util.TreeMap<>();
        graph.source().data().forEach((name, table) -> rows.put(name, table.rows()));
        return rows;
    }

    /** The site's tag list and each tag page show one view per tag, made once. */
    public Views.TagView tag(TagGroup group) {
        return tags.computeIfAbsent(group.slug(), slug -> newTag(group));
    }

    /** A document's view, made once: every page listing the document shows the same view. */
    public synchronized Views.PostView post(RenderedDocument rendered) {
        Views.PostView view = posts.get(rendered);
        if (view == null) {
            view = newPost(rendered);
            posts.put(rendered, view);
        }
        return view;
    }

    List<Views.PostView> posts(List<RenderedDocument> rendered) {
        return rendered.stream().map(this::post).toList();
    }

    Views.ListPageView listPage(String kind, String title, String url, String description) {
        return new Views.ListPageView(kind, title, config.relativeUrl(url), config.absoluteUrl(url), description);
    }

    /** Made once: every page of a long series shows the same view. */
    Views.SeriesView series(Series series) {
        return this.series.computeIfAbsent(config.relativeUrl(series.url()),
                url -> shared(new Views.SeriesView(series.name(), url, posts(series.posts()))));
    }

    /** Dated posts by year, newest first; undated posts last under "Undated". */
    List<Views.YearGroup> years(List<Views.PostView> posts) {
        Map<Integer, List<Views.PostView>> byYear = new java.util.LinkedHashMap<>(); // null: undated
        for (Views.PostView post : posts) {
            byYear.computeIfAbsent(post.date() == null ? null : post.date().year(), k -> new java.util.ArrayList<>())
                    .add(post);
        }
        return byYear.entrySet().stream().map(e -> shared(new Views.YearGroup(
                e.getKey() == null ? "Undated" : e.getKey().toString(), e.getValue()))).toList();
    }

    /** A link to a document, made without its full view so views of neighbours never recurse. */
    Views.PostLink link(RenderedDocument rendered) {
        return postViews.link(rendered);
    }

    /** Every page linking to a document, with the words around each link. */
    List<Views.BacklinkView> backlinks(RenderedDocument rendered) {
        return postViews.backlinks(rendered);
    }
}
