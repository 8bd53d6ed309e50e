package org.essaykit.render;

import org.essaykit.graph.RenderedDocument;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pages, and the shared views their models hold, by key ({@link ViewKeys}): an incremental rebuild
 * compares those with the previous build's to find the pages to render again.
 */
public final class PagePlan {
    /** No previous plan, for the first build of a live session: every view is made anew. A new object each time:
     * a plan's views are handed over, so no plan may be shared. */
    public static PagePlan none() {
        return new PagePlan(List.of(), 0, null, new HashMap<>(), new IdentityHashMap<>(), new IdentityHashMap<>(), null,
                null, false, null);
    }

    final List<PlannedPage> pages;
    final int lists;
    final Views.SiteView site;
    private Map<ViewKeys.Key, Object> sharedViews;
    final IdentityHashMap<RenderedDocument, ViewFactory.MadePost> posts;
    final IdentityHashMap<RenderedDocument, Integer> positions;
    final Map<ViewKeys.Key, Object> replacedViews;
    final List<PlannedPage> basis;
    final boolean complete;
    /** The concepts' graph and its pictures: a plan continuing this one keeps it (no link or title changed). */
    final ConceptGraph concepts;

    /** The maps are the planner's own, handed over: not copied. */
    PagePlan(List<PlannedPage> pages, int lists, Views.SiteView site, Map<ViewKeys.Key, Object> sharedViews,
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
    public Optional<Map<ViewKeys.Key, Object>> replacedViewsSince(PagePlan previous) {
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
