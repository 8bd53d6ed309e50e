package org.essaykit.live;

import org.essaykit.diag.Diagnostics;
import org.essaykit.graph.GraphChange;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.SiteGraph;
import org.essaykit.render.ConceptGraph;
import org.essaykit.render.PagePlan;
import org.essaykit.render.PagePlanner;
import org.essaykit.render.PlannedPage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The plan stage of a live build, which keeps the last plan and its views. When only bodies changed, the plan
 * continues the last one: only the pages of the documents showing them are planned again, and the pages of lists are
 * the last ones with the new post views swapped in. Otherwise every page is planned anew, each view equal to the
 * last plan's kept as that object ({@link LiveViews}).
 */
final class LivePlan {

    /**
     * What a rebuild planned, and how it differs from the last plan: what the page cache looks at.
     *
     * @param views       every keyed view of the plan
     * @param replaced    the last plan's views that this one may show differently, by key (null for a key new this
     *                    time): all of them for a new plan, those made again for a continued one
     * @param continued   whether the plan continues the last one: every page is then at the same place, and all but
     *                    {@code remadePages} are the last plan's
     * @param remadePages the places of the pages a continued plan made again, in order
     */
    record Delta(PagePlan plan, Map<ViewKeys.Key, Object> views, Map<ViewKeys.Key, Object> replaced,
                 boolean continued, Set<Integer> remadePages) {
        /** The views a continued plan made again, as type:id, sorted; none for a new plan. */
        List<String> viewsRemade() {
            return !continued ? List.of() : replaced.keySet().stream()
                    .map(key -> key.type().getSimpleName() + ":" + key.id()).sorted().toList();
        }
    }

    private PagePlan last;
    private Map<ViewKeys.Key, Object> views = new HashMap<>();
    private IdentityHashMap<RenderedDocument, LiveViews.MadePost> posts = new IdentityHashMap<>();
    /** The place of each document's page in the last plan, by source file. */
    private Map<Path, Integer> places = Map.of();
    /** A continued plan keeps the concepts' graph, with new titles: only bodies changed, so no link or URL did. */
    private ConceptGraph concepts;
    /** Whether the last plan planned every page without an error: only then can a plan continue it. */
    private boolean complete;

    /**
     * @param change how the graph differs from the one of the last plan ({@link GraphChange#ANYTHING} when the
     *               templates changed: a new template may lack a layout a kept page uses)
     */
    Delta update(SiteGraph graph, GraphChange change, PagePlanner planner, Diagnostics diagnostics) {
        if (change instanceof GraphChange.Bodies bodies && complete && PagePlanner.keepsListPages(bodies)) {
            return continued(graph, bodies, planner, diagnostics);
        }
        int errors = diagnostics.errorCount();
        LiveViews made = LiveViews.comparedWith(graph, ConceptGraph.of(graph), planner.showsBacklinkPages(), views,
                posts);
        PagePlan plan = planner.plan(graph, made, diagnostics);
        Map<ViewKeys.Key, Object> before = views;
        views = made.views();
        posts = made.posts();
        concepts = made.concepts();
        complete = diagnostics.errorCount() == errors;
        places = new HashMap<>();
        for (int i = 0; i < plan.documentPages(); i++) { // a document's page has the document's source as its origin
            places.put(plan.pages().get(i).origin().file(), i);
        }
        last = plan;
        return new Delta(plan, views, before, false, Set.of());
    }

    /**
     * The last plan with new pages for the swapped documents (and, after a new title, for the documents showing
     * it), and its pages of lists with the new views: the same lists, posts and pages, since only bodies changed.
     */
    private Delta continued(SiteGraph graph, GraphChange.Bodies bodies, PagePlanner planner, Diagnostics diagnostics) {
        concepts = bodies.retitled() ? concepts.retitled(bodies.documents()) : concepts;
        LiveViews made = LiveViews.continuing(graph, concepts, planner.showsBacklinkPages(), views, posts, bodies);
        List<PlannedPage> pages = new ArrayList<>(last.pages());
        Set<Integer> remade = new TreeSet<>();
        List<RenderedDocument> replanned = new ArrayList<>(bodies.documents());
        Map<String, PlannedPage> retitledLists = new HashMap<>();
        if (bodies.retitled()) {
            // Pages showing a new title: the lists of backlinks naming it and the graph, the pages of the documents
            // it links to (their backlinks) and of its series and list neighbours (their links to it).
            replanned.addAll(bodies.reshown());
            planner.listPagesShowingTitles(made, graph, List.copyOf(replanned), diagnostics)
                    .forEach(page -> retitledLists.put(page.url(), page));
            bodies.documents().forEach(doc -> replanned.addAll(PagePlanner.neighboursOf(graph.posts(), doc)));
        }
        for (RenderedDocument doc : replanned) {
            Integer at = places.get(doc.doc().source());
            if (at != null) { // none for a document that redirects elsewhere
                pages.set(at, planner.documentPage(made, graph.posts(), doc));
                remade.add(at);
            }
        }
        for (int i = last.documentPages(); i < pages.size(); i++) {
            PlannedPage again = retitledLists.get(pages.get(i).url());
            PlannedPage next = again != null ? again : made.patched(pages.get(i));
            if (next != null) {
                pages.set(i, next);
                remade.add(i);
            }
        }
        last = new PagePlan(pages, last.documentPages(), made.site());
        return new Delta(last, views, made.replaced(), true, remade);
    }
}
