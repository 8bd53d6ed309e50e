package org.essaykit.render;

import org.essaykit.content.SiteConfig;
import org.essaykit.graph.GraphChange;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.Series;
import org.essaykit.graph.SiteGraph;
import org.essaykit.graph.TagGroup;
import org.essaykit.graph.Backlink;
import org.essaykit.comments.CommentThread;
import java.util.Optional;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Builds the template views of one site; each document's view is made once and shared by every page listing it. */
final class ViewFactory {

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
    /** Every keyed view of the site, by key: what incremental rebuilds compare with the previous build's. */
    private final Map<ViewKeys.Key, Object> shared;
    /** For each keyed view made anew, the one it took the place of (null for a new key). */
    private final Map<ViewKeys.Key, Object> replaced = new java.util.HashMap<>();

    /** The keyed views of the previous build: a view equal to one of them is replaced by it. */
    private final Map<ViewKeys.Key, Object> previous;
    private final Map<RenderedDocument, MadePost> previousPosts;
    private final IdentityHashMap<RenderedDocument, MadePost> madePosts;
    /**
     * In a plan continuing the previous one: the documents whose views are made again (the swapped ones and those
     * showing a new title of one), and the views they had there; null otherwise.
     */
    private final List<RenderedDocument> remade;
    private final List<Views.PostView> replacedViews;
    /** The new views of the swapped documents, in the order of {@code replacedViews}; made when first needed. */
    private List<Views.PostView> replacements;
    private final Map<String, Views.TagView> tags = new java.util.HashMap<>();
    /** A plan continuing the previous one keeps that plan's (with new titles): only bodies changed, so no link or URL did. */
    private final ConceptGraph concepts;
    private final Map<String, Views.SeriesView> series = new java.util.HashMap<>();

    /** What a post's view shows besides its document; the config is the same for the whole session. */
    record PostInputs(Optional<Series> series, List<Backlink> backlinks, Optional<CommentThread> thread) {
    }

    /** A post's view with the inputs it was made from. */
    record MadePost(PostInputs inputs, Views.PostView view) {
    }

    /**
     * @param change when only some bodies changed, the factory continues the previous plan: it takes over that
     *               plan's views ({@link PagePlan#handOverViews}) and keeps every post view but those of
     *               the replaced documents, so only what shows the new bodies is made again
     * @param backlinkPages whether the theme can show a page's backlinks on pages of their own: then, unless
     *               pagination is off, a page shows at most {@link #BACKLINKS_SHOWN} of them and links to the rest
     */
    @SuppressWarnings("unchecked")
    ViewFactory(SiteGraph graph, PagePlan previous, GraphChange change, boolean backlinkPages) {
        this.graph = graph;
        this.config = graph.config();
        this.giscus = giscus(config);
        this.postViews = new PostViews(graph, giscus, backlinkPages && config.paginate() > 0 ? BACKLINKS_SHOWN : 0);
        this.cards = new SocialCards(config);
        this.siteCard = cards.forSite();
        this.concepts = !(change instanceof GraphChange.Bodies bodies) || previous.concepts() == null
                ? ConceptGraph.of(graph)
                : bodies.retitled() ? previous.concepts().retitled(bodies.documents()) : previous.concepts();
        if (change instanceof GraphChange.Bodies bodies) {
            this.shared = previous.handOverViews();
            this.previous = shared;
            this.madePosts = (IdentityHashMap<RenderedDocument, MadePost>) previous.posts().clone();
            this.remade = new java.util.ArrayList<>();
            List<Views.PostView> replaced = new java.util.ArrayList<>();
            for (int k = 0; k < bodies.documents().size() + bodies.reshown().size(); k++) {
                boolean swapped = k < bodies.documents().size();
                RenderedDocument was = swapped ? bodies.replaced().get(k)
                        : bodies.reshown().get(k - bodies.documents().size());
                MadePost made = madePosts.remove(was);
                if (made != null) {
                    replaced.add(made.view());
                    remade.add(swapped ? bodies.documents().get(k) : was);
                }
            }
            this.replacedViews = List.copyOf(replaced);
            this.previousPosts = Map.of();
        } else {
            this.shared = new java.util.HashMap<>();
            this.previous = previous.sharedViews();
            this.madePosts = new IdentityHashMap<>();
            this.previousPosts = previous.posts();
            this.remade = null;
            this.replacedViews = List.of();
        }
    }

    /** The image shown when a page's link is shared: a post's own card, else the site's; null when none. */
    Views.CardView card(RenderedDocument rendered) {
        return rendered.doc().isPost() ? cards.forPost(rendered.doc()) : siteCard;
    }

    ConceptGraph concepts() {
        return concepts;
    }

    Views.CardView siteCard() {
        return siteCard;
    }

    /** The keyed views ({@link ViewKeys}) made so far. */
    Map<ViewKeys.Key, Object> sharedViews() {
        return shared;
    }

    /** For each keyed view that is a new object, the previous one with its key (null when the key is new). */
    Map<ViewKeys.Key, Object> replacedViews() {
        return replaced;
    }

    /**
     * Registers a keyed view, as the previous build's object when that is equal: a rebuild then finds the views
     * that did not change by identity, and views holding them (a tag's posts) compare fast.
     */
    private <T> T share(T view) {
        return share(view, false);
    }

    /**
     * @param patched the view is a previous one with new post views swapped in, so it cannot equal that one: the
     *                comparison, which would look into every post of a long list, is skipped
     */
    @SuppressWarnings("unchecked")
    private synchronized <T> T share(T view, boolean patched) {
        ViewKeys.Key key = ViewKeys.of(view);
        Object before = previous.get(key);
        T kept = !patched && before != null && before.equals(view) ? (T) before : view;
        if (kept != before && !replaced.containsKey(key)) {
            replaced.put(key, before);
        }
        shared.put(key, kept);
        return kept;
    }

    Views.SiteView site() {
        List<Views.NavView> nav = config.navigation().stream()
                .map(item -> new Views.NavView(item.title(), config.relativeUrl(item.url())))
                .toList();
        return share(new Views.SiteView(config.title(), config.description(), config.absoluteUrl("/"),
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

    /**
     * A list of post views of the previous plan with the swapped documents' new views in it: the list itself when it
     * holds none of them. Only compares references, so a list of every post costs next to nothing.
     */
    List<Views.PostView> patched(List<Views.PostView> list) {
        if (replacements == null) {
            replacements = new java.util.ArrayList<>();
            for (int k = 0; k < replacedViews.size(); k++) {
                replacements.add(post(remade.get(k)));
            }
        }
        List<Views.PostView> patched = null;
        List<?> views = list; // read as Objects: a cast would load every view from memory to check its class
        for (int i = 0; i < views.size(); i++) {
            Object view = views.get(i);
            for (int k = 0; k < replacedViews.size(); k++) {
                // A new body may leave the view equal to the old one, which is then kept as that same object.
                if (view == replacedViews.get(k) && replacements.get(k) != view) {
                    patched = patched == null ? new java.util.ArrayList<>(list) : patched;
                    patched.set(i, replacements.get(k));
                }
            }
        }
        return patched == null ? list : java.util.Collections.unmodifiableList(patched);
    }

    /** The previous plan's view of this key, when this plan continues it; else null. */
    @SuppressWarnings("unchecked")
    private <T> T continuedView(Class<T> type, String id) {
        return remade == null ? null : (T) previous.get(new ViewKeys.Key(type, id));
    }

    /** The site's tag list and each tag page show one view per tag, made once. */
    Views.TagView tag(TagGroup group) {
        return tags.computeIfAbsent(group.slug(), slug -> {
            Views.TagView before = continuedView(Views.TagView.class, slug);
            if (before != null) {
                return patchedTag(before);
            }
            return share(new Views.TagView(group.name(), group.slug(), config.relativeUrl(group.url()),
                    group.posts().size(), group.posts().stream().map(this::post).toList()));
        });
    }

    /** A tag of the previous plan: the same posts, some with new bodies. */
    private Views.TagView patchedTag(Views.TagView before) {
        List<Views.PostView> posts = patched(before.posts());
        return posts == before.posts() ? before : share(new Views.TagView(before.name(), before.slug(), before.url(),
                before.count(), posts), true);
    }

    /**
     * A value of a list page's model in the previous plan, with the swapped documents' new views in it: the value
     * itself when it shows none of them. Keyed views come out as this plan's objects, made once.
     */
    Object patchedValue(Object value) {
        if (value instanceof Views.TagView tag) {
            return tags.computeIfAbsent(tag.slug(), slug -> patchedTag(tag));
        } else if (value instanceof Views.SeriesView view) {
            return series.computeIfAbsent(view.url(), url -> patchedSeries(view));
        } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Views.YearGroup) {
            @SuppressWarnings("unchecked")
            List<Views.YearGroup> years = (List<Views.YearGroup>) list;
            return patchedYears(years);
        } else if (value instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<Views.PostView> posts = (List<Views.PostView>) list; // patched only compares references
            return patched(posts);
        }
        return value;
    }

    synchronized Views.PostView post(RenderedDocument rendered) {
        MadePost made = madePosts.get(rendered);
        if (made == null) {
            PostInputs inputs = new PostInputs(graph.seriesOf(rendered), graph.backlinksTo(rendered),
                    graph.threadOf(rendered));
            MadePost before = previousPosts.get(rendered);
            made = new MadePost(inputs, share(before != null && before.inputs().equals(inputs) ? before.view()
                    : postViews.of(rendered)));
            madePosts.put(rendered, made);
        }
        return made.view();
    }

    /** The post views made so far, by document, for the next build's factory. */
    IdentityHashMap<RenderedDocument, MadePost> madePosts() {
        return madePosts;
    }

    List<Views.PostView> posts(List<RenderedDocument> rendered) {
        return rendered.stream().map(this::post).toList();
    }

    Views.ListPageView listPage(String kind, String title, String url, String description) {
        return new Views.ListPageView(kind, title, config.relativeUrl(url), config.absoluteUrl(url), description);
    }

    /** Made once: every page of a long series shows the same view. */
    Views.SeriesView series(Series series) {
        return this.series.computeIfAbsent(config.relativeUrl(series.url()), url -> {
            Views.SeriesView before = continuedView(Views.SeriesView.class, url);
            return before != null ? patchedSeries(before)
                    : share(new Views.SeriesView(series.name(), url, posts(series.posts())));
        });
    }

    private Views.SeriesView patchedSeries(Views.SeriesView before) {
        List<Views.PostView> posts = patched(before.posts());
        return posts == before.posts() ? before : share(new Views.SeriesView(before.name(), before.url(), posts), true);
    }

    /** The previous plan's years with the swapped documents' new views in them. */
    List<Views.YearGroup> patchedYears(List<Views.YearGroup> before) {
        return before.stream().map(year -> {
            List<Views.PostView> posts = patched(year.posts());
            return posts == year.posts() ? year : share(new Views.YearGroup(year.label(), posts), true);
        }).toList();
    }

    /** Dated posts by year, newest first; undated posts last under "Undated". */
    List<Views.YearGroup> years(List<Views.PostView> posts) {
        Map<Integer, List<Views.PostView>> byYear = new java.util.LinkedHashMap<>(); // null: undated
        for (Views.PostView post : posts) {
            byYear.computeIfAbsent(post.date() == null ? null : post.date().year(), k -> new java.util.ArrayList<>())
                    .add(post);
        }
        return byYear.entrySet().stream().map(e -> share(new Views.YearGroup(
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
