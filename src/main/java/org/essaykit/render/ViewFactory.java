package org.essaykit.render;

import org.essaykit.comments.Comment;
import org.essaykit.comments.CommentOrder;
import org.essaykit.comments.CommentTree;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import org.essaykit.content.Document;
import org.essaykit.content.SiteConfig;
import org.essaykit.content.Slugs;
import org.essaykit.graph.GraphChange;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.Series;
import org.essaykit.graph.SiteGraph;
import org.essaykit.graph.TagGroup;
import org.essaykit.graph.Backlink;
import org.essaykit.comments.CommentThread;
import org.essaykit.comments.RenderedComment;
import org.essaykit.markdown.Excerpts;
import java.util.Optional;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the template views of one site; each document's view is made once and shared by every page listing it. */
final class ViewFactory {

    private static final int WORDS_PER_MINUTE = 230;
    /** How much of the comment a reply past the nesting cap answers it quotes. */
    private static final int QUOTED_PARENT_CHARS = 90;
    /**
     * The backlinks a page shows when lists are paginated: enough for every page of a usual site (ours has at most
     * 24), few enough to keep a page quoted by thousands small; the rest are on pages of their own.
     */
    static final int BACKLINKS_SHOWN = 50;
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final SiteGraph graph;
    private final SiteConfig config;
    /** Read once: every post view asks whether live discussion is configured. */
    private final Views.Giscus giscus;
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
    /** How many backlinks a page shows before linking to the full list; 0 shows them all. */
    private final int backlinksShown;

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
        this.backlinksShown = backlinkPages && config.paginate() > 0 ? BACKLINKS_SHOWN : 0;
        this.giscus = giscus(config);
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
                    : newPost(rendered)));
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

    private Views.SeriesRef seriesRef(Series series, RenderedDocument post) {
        List<RenderedDocument> posts = series.posts();
        int at = posts.indexOf(post);
        return new Views.SeriesRef(series.name(), config.relativeUrl(series.url()), at + 1, posts.size(),
                at > 0 ? link(posts.get(at - 1)) : null, at + 1 < posts.size() ? link(posts.get(at + 1)) : null);
    }

    /** A link to a document, made without its full view so views of neighbours never recurse. */
    Views.PostLink link(RenderedDocument rendered) {
        return new Views.PostLink(rendered.doc().title(), config.relativeUrl(rendered.doc().url()));
    }

    static Views.DateView date(OffsetDateTime date) {
        if (date == null) {
            return null;
        }
        return new Views.DateView(date, date.toLocalDate().toString(), DISPLAY.format(date),
                date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), date.getYear());
    }

    private Views.PostView newPost(RenderedDocument rendered) {
        Document doc = rendered.doc();
        String summary = rendered.markdown().summary();
        String description = doc.description() != null ? doc.description() : summary;
        int words = rendered.markdown().wordCount();
        int backlinkCount = BacklinkViews.count(graph.backlinksTo(rendered));
        boolean backlinksCapped = backlinksShown > 0 && backlinkCount > backlinksShown;
        return new Views.PostView(
                doc.kind().defaultLayout(),
                doc.title(), doc.subtitle(),
                config.relativeUrl(doc.url()), config.absoluteUrl(doc.url()),
                date(doc.date()), date(doc.modified()),
                doc.tags().stream()
                        .map(t -> new Views.TagRef(t, config.relativeUrl(SiteGraph.tagUrl(Slugs.slugify(t)))))
                        .toList(),
                doc.categories(), doc.author() != null ? doc.author() : config.author(),
                description, summary,
                new StoredHtml(rendered.markdown().body()),
                rendered.markdown().toc(),
                words, Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE),
                doc.aliases().stream().filter(alias -> !alias.startsWith("/")).toList(),
                graph.seriesOf(rendered).map(series -> seriesRef(series, rendered)).orElse(null),
                backlinks(rendered, backlinksCapped ? backlinksShown : backlinkCount), backlinkCount,
                backlinksCapped ? config.relativeUrl(backlinksPath(doc.url())) : null,
                doc.frontMatter(),
                doc.source().toString().replace('\\', '/'),
                graph.threadOf(rendered).map(CommentTree::count).orElse(0),
                graph.threadOf(rendered).map(thread -> CommentTree.arrange(thread, CommentOrder.of(config)).stream()
                        .map(tree -> comment(tree, null, config.relativeUrl(doc.url()), postAuthor(doc))).toList())
                        .orElse(List.of()),
                Boolean.TRUE.equals(doc.frontMatter().get("comments")) && giscus != null);
    }

    /** Every page linking to a document, with the words around each link. */
    List<Views.BacklinkView> backlinks(RenderedDocument rendered) {
        return backlinks(rendered, Integer.MAX_VALUE);
    }

    /** The first {@code limit} pages linking to a document: its own page shows at most {@link #BACKLINKS_SHOWN}. */
    private List<Views.BacklinkView> backlinks(RenderedDocument rendered, int limit) {
        return BacklinkViews.distinct(graph.backlinksTo(rendered), b -> new Views.BacklinkView(b.kind().defaultLayout(),
                b.title(), config.relativeUrl(b.url()), b.context()), limit);
    }

    /** Where the full list of a document's backlinks lives: {@code links/} under its URL. */
    static String backlinksPath(String documentUrl) {
        return Pagination.folderOf(documentUrl) + "links/";
    }

    /**
     * Recursion is bounded by {@link CommentTree#MAX_DEPTH}.
     *
     * @param shownUnder the comment this one is displayed under, or null at the top level
     */
    private Views.CommentView comment(CommentTree tree, RenderedComment shownUnder, String pageUrl, String postAuthor) {
        Comment c = tree.comment().comment();
        String anchor = SiteGraph.commentAnchor(c.id());
        RenderedComment parent = tree.parent();
        // Past the nesting cap a reply is listed under an ancestor: it quotes the start of what it answers.
        String excerpt = parent == null || parent == shownUnder ? null
                : Excerpts.shorten(parent.text(), QUOTED_PARENT_CHARS);
        return new Views.CommentView(c.id(), anchor, pageUrl + "#" + anchor, authorOf(c, postAuthor), c.op(),
                date(c.date()), c.score(), c.source(), new SafeString(tree.comment().html()),
                parent == null ? null : new Views.CommentRef(SiteGraph.commentAnchor(parent.comment().id()),
                        authorOf(parent.comment(), postAuthor), parent.comment().op(), excerpt),
                tree.depth(),
                tree.replies().stream().map(reply -> comment(reply, tree.comment(), pageUrl, postAuthor)).toList());
    }

    /** A comment by the post's author without a name of its own takes the post's author, which may be null too. */
    private static String authorOf(Comment comment, String postAuthor) {
        return comment.author() == null && comment.op() ? postAuthor : comment.author();
    }

    private String postAuthor(Document doc) {
        String author = doc.author() != null ? doc.author() : config.author();
        return author == null || author.isBlank() ? null : author;
    }
}
