package org.essaykit.live;

import org.essaykit.comments.CommentThread;
import org.essaykit.graph.Backlink;
import org.essaykit.graph.GraphChange;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.Series;
import org.essaykit.graph.SiteGraph;
import org.essaykit.graph.TagGroup;
import org.essaykit.render.ConceptGraph;
import org.essaykit.render.PlannedPage;
import org.essaykit.render.ViewFactory;
import org.essaykit.render.Views;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The views of a live build, kept from the last build's wherever they are the same, so that the page cache finds
 * the unchanged ones by identity. Made in one of two ways:
 * <ul>
 * <li>{@link #comparedWith} the last build's, for a new plan: each keyed view equal to the last build's view of its
 * key is that object, and a post's view is the last one when its document and what else it shows are the same;</li>
 * <li>{@link #continuing} the last plan, when only some bodies changed: the last plan's views are updated in place,
 * only the views of the documents made again are new, and the lists of post views are the last plan's with those
 * swapped in.</li>
 * </ul>
 */
final class LiveViews extends ViewFactory {

    /** What a post's view shows besides its document; the config is the same for the whole session. */
    record PostInputs(Optional<Series> series, List<Backlink> backlinks, Optional<CommentThread> thread) {
    }

    /** A post's view with the inputs it was made from. */
    record MadePost(PostInputs inputs, Views.PostView view) {
    }

    private final SiteGraph graph;
    /** The keyed views of the last build: a view equal to one of them is that object. */
    private final Map<ViewKeys.Key, Object> previous;
    /** This build's keyed views; when continuing, the last build's map, updated in place. */
    private final Map<ViewKeys.Key, Object> views;
    /** For each keyed view that is a new object, the one it took the place of (null for a new key). */
    private final Map<ViewKeys.Key, Object> replaced = new HashMap<>();
    private final Map<RenderedDocument, MadePost> previousPosts;
    /** The post views made, by document; when continuing, the last build's map, updated in place. */
    private final IdentityHashMap<RenderedDocument, MadePost> posts;
    /** When continuing, the post views made again with the ones they replace; null otherwise. */
    private final Swaps swaps;
    private final Map<String, Views.TagView> patchedTags = new HashMap<>();
    private final Map<String, Views.SeriesView> patchedSeries = new HashMap<>();

    private LiveViews(SiteGraph graph, ConceptGraph concepts, boolean backlinkPages, Map<ViewKeys.Key, Object> lastViews,
                      IdentityHashMap<RenderedDocument, MadePost> lastPosts, Swaps swaps) {
        super(graph, concepts, backlinkPages);
        this.graph = graph;
        this.previous = lastViews;
        this.views = swaps != null ? lastViews : new HashMap<>();
        this.previousPosts = swaps != null ? Map.of() : lastPosts;
        this.posts = swaps != null ? lastPosts : new IdentityHashMap<>();
        this.swaps = swaps;
    }

    /** Views for a new plan, each kept as the last build's object when equal to it. */
    static LiveViews comparedWith(SiteGraph graph, ConceptGraph concepts, boolean backlinkPages,
                                  Map<ViewKeys.Key, Object> lastViews,
                                  IdentityHashMap<RenderedDocument, MadePost> lastPosts) {
        return new LiveViews(graph, concepts, backlinkPages, lastViews, lastPosts, null);
    }

    /**
     * Views for a plan continuing the last one: that plan's views and post views, taken over and updated in place
     * (copying every view of the site would cost more than the edit). The views of the swapped documents, and of
     * the documents showing a new title of one ({@link GraphChange.Bodies#reshown}), are made again.
     */
    static LiveViews continuing(SiteGraph graph, ConceptGraph concepts, boolean backlinkPages,
                                Map<ViewKeys.Key, Object> lastViews,
                                IdentityHashMap<RenderedDocument, MadePost> lastPosts, GraphChange.Bodies bodies) {
        return new LiveViews(graph, concepts, backlinkPages, lastViews, lastPosts, new Swaps(bodies, lastPosts));
    }

    /** Every keyed view of this build, by key. */
    Map<ViewKeys.Key, Object> views() {
        return views;
    }

    /** For each keyed view that is a new object, the last build's view of its key (null when the key is new). */
    Map<ViewKeys.Key, Object> replaced() {
        return Collections.unmodifiableMap(replaced);
    }

    /** The post views of this build, by document, with what each was made from. */
    IdentityHashMap<RenderedDocument, MadePost> posts() {
        return posts;
    }

    @Override
    protected <T> T shared(T view) {
        return shared(view, false);
    }

    /**
     * @param patched the view is a previous one with new post views swapped in, so it cannot equal that one: the
     *                comparison, which would look into every post of a long list, is skipped
     */
    @SuppressWarnings("unchecked")
    private synchronized <T> T shared(T view, boolean patched) {
        ViewKeys.Key key = ViewKeys.of(view);
        Object before = previous.get(key);
        T kept = !patched && before != null && before.equals(view) ? (T) before : view;
        if (kept != before && !replaced.containsKey(key)) {
            replaced.put(key, before);
        }
        views.put(key, kept);
        return kept;
    }

    @Override
    protected synchronized Views.PostView newPost(RenderedDocument rendered) {
        MadePost kept = posts.get(rendered); // continuing: every document but those made again
        if (kept != null) {
            return kept.view();
        }
        PostInputs inputs = new PostInputs(graph.seriesOf(rendered), graph.backlinksTo(rendered),
                graph.threadOf(rendered));
        MadePost before = previousPosts.get(rendered);
        Views.PostView view = before != null && before.inputs().equals(inputs) ? shared(before.view())
                : super.newPost(rendered);
        posts.put(rendered, new MadePost(inputs, view));
        return view;
    }

    @Override
    protected Views.TagView newTag(TagGroup group) {
        Object before = swaps == null ? null : previous.get(new ViewKeys.Key(Views.TagView.class, group.slug()));
        return before instanceof Views.TagView tag ? patchedTag(tag) : super.newTag(group);
    }

    /**
     * A page of lists of the last plan with the new post views in its model, its keyed views made once; null when
     * it shows none of them.
     */
    PlannedPage patched(PlannedPage page) {
        Map<String, Object> model = null;
        for (Map.Entry<String, Object> entry : page.model().entrySet()) {
            Object value = patchedValue(entry.getValue());
            if (value != entry.getValue()) {
                model = model == null ? new LinkedHashMap<>(page.model()) : model;
                model.put(entry.getKey(), value);
            }
        }
        return model == null ? null : new PlannedPage(page.url(), page.outputPath(), page.template(), model,
                page.origin());
    }

    /** A value of a page's model with the new post views in it: the value itself when it shows none of them. */
    private Object patchedValue(Object value) {
        if (value instanceof Views.TagView tag) {
            return patchedTag(tag);
        } else if (value instanceof Views.SeriesView series) {
            return patchedSeries.computeIfAbsent(series.url(), url -> swappedIn(series, series.posts(),
                    posts -> new Views.SeriesView(series.name(), series.url(), posts)));
        } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Views.YearGroup) {
            return list.stream().map(item -> (Views.YearGroup) item).map(year -> swappedIn(year, year.posts(),
                    posts -> new Views.YearGroup(year.label(), posts))).toList();
        } else if (value instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<Views.PostView> posts = (List<Views.PostView>) list; // only compared by reference
            return swaps.in(posts, this::post);
        }
        return value;
    }

    /** A tag of the last plan, the same posts with some new views, made once for the site and the tag's pages. */
    private Views.TagView patchedTag(Views.TagView tag) {
        return patchedTags.computeIfAbsent(tag.slug(), slug -> swappedIn(tag, tag.posts(),
                posts -> new Views.TagView(tag.name(), tag.slug(), tag.url(), tag.count(), posts)));
    }

    /** A view of the last plan listing {@code posts}, or, when it lists a replaced view, the view remade with the new. */
    private <V> V swappedIn(V view, List<Views.PostView> posts, Function<List<Views.PostView>, V> remade) {
        List<Views.PostView> swapped = swaps.in(posts, this::post);
        return swapped == posts ? view : shared(remade.apply(swapped), true);
    }

    /**
     * The post views a continued plan made again, each with the view it replaces. The last plan's lists hold the
     * views it made, and a continued plan keeps every other view as that same object, so a view to swap is found
     * by reference: a list of every post is scanned without reading one of its views from memory. A swap missed
     * would show an old body (IncrementalRebuildTest compares every rebuild with a clean build), a view swapped
     * needlessly would render its pages again (the same test lists the pages each edit renders).
     */
    private static final class Swaps {
        private final List<RenderedDocument> remade = new ArrayList<>();
        private final List<Views.PostView> before = new ArrayList<>();
        /** The new views of the remade documents, in the order of {@code before}; made when first needed. */
        private List<Views.PostView> after;

        /** Takes the views of the documents to make again out of the last build's post views. */
        Swaps(GraphChange.Bodies bodies, Map<RenderedDocument, MadePost> lastPosts) {
            for (int k = 0; k < bodies.documents().size() + bodies.reshown().size(); k++) {
                boolean swapped = k < bodies.documents().size();
                RenderedDocument was = swapped ? bodies.replaced().get(k)
                        : bodies.reshown().get(k - bodies.documents().size());
                MadePost made = lastPosts.remove(was);
                if (made != null) {
                    before.add(made.view());
                    remade.add(swapped ? bodies.documents().get(k) : was);
                }
            }
        }

        /** The list with the new views in it; the list itself when it holds none of the replaced ones. */
        List<Views.PostView> in(List<Views.PostView> list, Function<RenderedDocument, Views.PostView> post) {
            if (after == null) {
                after = remade.stream().map(post).toList();
            }
            List<Views.PostView> swapped = null;
            List<?> views = list; // read as Objects: a cast would load every view from memory to check its class
            for (int i = 0; i < views.size(); i++) {
                Object view = views.get(i);
                for (int k = 0; k < before.size(); k++) {
                    // A new body may leave the view equal to the old one, which is then kept as that same object.
                    if (view == before.get(k) && after.get(k) != view) {
                        swapped = swapped == null ? new ArrayList<>(list) : swapped;
                        swapped.set(i, after.get(k));
                    }
                }
            }
            return swapped == null ? list : Collections.unmodifiableList(swapped);
        }
    }
}
