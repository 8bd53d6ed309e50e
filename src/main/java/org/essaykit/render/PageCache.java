package org.essaykit.render;

import org.essaykit.diag.Diagnostics;
import org.essaykit.output.SiteFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The pages of the last build, each with what its template read of the shared views ({@link ViewKeys}), so that
 * a rebuild renders again only the pages that would come out different: a page is rendered when its own model
 * (the page's view, its list of posts...) is not {@link ViewKeys#same} as before, or when an attribute it read of
 * a shared view changed. Pebble templates read nothing else (the url functions depend on the config, whose
 * change rebuilds everything), so a page whose reads all give the same values renders the same bytes.
 *
 * <p>When the plan continues the previous one ({@link PagePlanner.Plan#replacedViewsSince}), every page keeps its
 * place and only the views made anew and the pages that are new objects are looked at: an edit costs what it
 * touches, not what the site holds.
 */
public final class PageCache {

    private record Entry(PlannedPage page, SiteFile file, Set<ViewKeys.Read> reads) {
    }

    /** @param rendered the URLs of the pages rendered this time, sorted */
    public record Result(List<SiteFile> files, List<String> rendered) {
    }

    private final Map<String, Entry> pages = new HashMap<>();
    /** For each attribute of a shared view, the URLs of the pages whose templates read it. */
    private final Map<ViewKeys.Read, Set<String>> readers = new HashMap<>();
    /** The file of each page of the last plan, at the page's place (null where it could not render). */
    private List<SiteFile> files = List.of();
    /** How many pages of the last plan have each URL; more than one is an error reported later. */
    private Map<String, Integer> perUrl = Map.of();
    private PagePlanner.Plan plan = PagePlanner.Plan.NONE;

    /** The plan of the pages rendered last, for {@link PagePlanner#plan}. */
    public PagePlanner.Plan lastPlan() {
        return plan;
    }

    /**
     * @param everything render every page (the templates changed)
     * @return the files of every page planned, the ones that could not render left out
     */
    public Result render(PagePlanner.Plan next, Templates templates, boolean everything, Diagnostics diagnostics) {
        List<PlannedPage> planned = next.pages();
        Optional<Map<ViewKeys.Key, Object>> replaced = everything ? Optional.empty() : next.replacedViewsSince(plan);
        // A continued plan keeps every URL at its place; otherwise pages may have come, gone or moved.
        List<SiteFile> placed = replaced.isPresent() ? new ArrayList<>(files) : new ArrayList<>(planned.size());
        if (replaced.isEmpty()) {
            perUrl = new HashMap<>();
            planned.forEach(page -> perUrl.merge(page.url(), 1, Integer::sum));
            planned.forEach(page -> placed.add(null));
        }
        Set<String> stale = everything ? perUrl.keySet() : changedPages(next, replaced);
        List<Integer> toRender = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            PlannedPage page = planned.get(i);
            boolean keep = !stale.contains(page.url()) && (replaced.isPresent() ? placed.get(i) != null
                    : perUrl.get(page.url()) == 1 && pages.containsKey(page.url()));
            if (keep && replaced.isEmpty()) {
                placed.set(i, pages.get(page.url()).file());
            } else if (!keep) {
                toRender.add(i);
            }
        }
        if (replaced.isEmpty()) {
            new ArrayList<>(pages.keySet()).stream().filter(url -> !perUrl.containsKey(url) || stale.contains(url)
                    || perUrl.get(url) > 1).forEach(this::forget);
        } else {
            toRender.forEach(i -> forget(planned.get(i).url()));
        }
        List<String> renderedUrls = new ArrayList<>();
        List<PlannedPage> pagesToRender = toRender.stream().map(planned::get).toList();
        List<SiteRenderer.RenderedPage> rendered = new SiteRenderer(templates).renderPages(pagesToRender, next.site(),
                true, diagnostics);
        Map<PlannedPage, SiteRenderer.RenderedPage> byPage = new java.util.IdentityHashMap<>();
        rendered.forEach(page -> byPage.put(page.page(), page));
        List<SiteFile> extra = new ArrayList<>();
        for (int i : toRender) {
            PlannedPage page = planned.get(i);
            SiteRenderer.RenderedPage made = byPage.get(page);
            renderedUrls.add(page.url());
            placed.set(i, null);
            if (made == null) {
                continue; // its template failed: reported, left out
            }
            if (perUrl.get(page.url()) > 1) {
                extra.add(made.file()); // two pages at one URL: an error reported later; neither is kept
            } else {
                remember(new Entry(page, made.file(), made.reads()));
                placed.set(i, made.file());
            }
        }
        plan = next;
        files = placed;
        List<SiteFile> all = new ArrayList<>(placed.size() + extra.size());
        placed.stream().filter(Objects::nonNull).forEach(all::add);
        all.addAll(extra);
        return new Result(all, renderedUrls.stream().sorted().toList());
    }

    /**
     * Pages whose model differs, or which read an attribute of a shared view that changed.
     *
     * @param replaced for a continued plan, the views made anew with the ones they replace
     */
    private Set<String> changedPages(PagePlanner.Plan next, Optional<Map<ViewKeys.Key, Object>> replaced) {
        Set<String> changed = new HashSet<>();
        Map<ViewKeys.Key, Object> after = next.sharedViews();
        Map<ViewKeys.Key, Object> before = replaced.orElseGet(plan::sharedViews);
        before.forEach((key, view) -> {
            if (view == null) {
                return; // a view new this time: no page has read it yet
            }
            for (String attribute : ViewKeys.changedAttributes(view, after.get(key))) {
                changed.addAll(readers.getOrDefault(new ViewKeys.Read(key, attribute), Set.of()));
            }
        });
        List<PlannedPage> planned = next.pages();
        for (int i = 0; i < planned.size(); i++) {
            PlannedPage page = planned.get(i);
            // A page the planner kept is the same object: nothing to compare.
            if (replaced.isPresent() && page == plan.pages().get(i)) {
                continue;
            }
            Entry entry = pages.get(page.url());
            if (entry != null && entry.page() != page && !samePlan(entry.page(), page)) {
                changed.add(page.url());
            }
        }
        return changed;
    }

    private static boolean samePlan(PlannedPage a, PlannedPage b) {
        return a.template().equals(b.template()) && a.outputPath().equals(b.outputPath())
                && a.origin().equals(b.origin()) && ViewKeys.same(a.model(), b.model());
    }

    private void remember(Entry entry) {
        pages.put(entry.page().url(), entry);
        entry.reads().forEach(read -> readers.computeIfAbsent(read, r -> new HashSet<>()).add(entry.page().url()));
    }

    private void forget(String url) {
        Entry entry = pages.remove(url);
        if (entry == null) {
            return;
        }
        for (ViewKeys.Read read : entry.reads()) {
            Set<String> urls = readers.get(read);
            urls.remove(url);
            if (urls.isEmpty()) {
                readers.remove(read);
            }
        }
    }
}
