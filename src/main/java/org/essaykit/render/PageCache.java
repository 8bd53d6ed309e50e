package org.essaykit.render;

import org.essaykit.diag.Diagnostics;
import org.essaykit.output.SiteFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pages of the last build, each with what its template read of the shared views ({@link ViewKeys}), so that
 * a rebuild renders again only the pages that would come out different: a page is rendered when its own model
 * (the page's view, its list of posts...) is not {@link ViewKeys#same} as before, or when an attribute it read of
 * a shared view changed. Pebble templates read nothing else (the url functions depend on the config, whose
 * change rebuilds everything), so a page whose reads all give the same values renders the same bytes.
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
    private PagePlanner.Plan plan = PagePlanner.Plan.NONE;

    /** The plan of the pages rendered last, for {@link PagePlanner#planWithViews}. */
    public PagePlanner.Plan lastPlan() {
        return plan;
    }

    /**
     * @param everything render every page (the templates changed)
     * @return the files of every page planned, the ones that could not render left out
     */
    public Result render(PagePlanner.Plan next, Templates templates, boolean everything, Diagnostics diagnostics) {
        Map<String, Long> perUrl = next.pages().stream().collect(Collectors.groupingBy(PlannedPage::url, Collectors.counting()));
        Set<String> stale = everything ? perUrl.keySet() : changedPages(next);
        List<PlannedPage> toRender = next.pages().stream().filter(page -> stale.contains(page.url())
                || perUrl.get(page.url()) > 1 || !pages.containsKey(page.url())).toList();
        Set<String> planned = perUrl.keySet();
        new ArrayList<>(pages.keySet()).stream().filter(url -> !planned.contains(url) || stale.contains(url)
                || perUrl.get(url) > 1).forEach(this::forget);
        List<SiteFile> extra = new ArrayList<>();
        for (SiteRenderer.RenderedPage page : new SiteRenderer(templates).renderPages(toRender, true, diagnostics)) {
            if (perUrl.get(page.page().url()) > 1) {
                extra.add(page.file()); // two pages at one URL: an error reported later; neither is kept
            } else {
                remember(new Entry(page.page(), page.file(), page.reads()));
            }
        }
        plan = next;
        List<SiteFile> files = new ArrayList<>(extra);
        next.pages().stream().map(page -> pages.get(page.url())).filter(entry -> entry != null)
                .forEach(entry -> files.add(entry.file()));
        return new Result(files, toRender.stream().map(PlannedPage::url).sorted().toList());
    }

    /** Pages whose model differs, or which read an attribute of a shared view that changed. */
    private Set<String> changedPages(PagePlanner.Plan next) {
        Set<String> changed = new HashSet<>();
        plan.sharedViews().forEach((key, before) -> {
            for (String attribute : ViewKeys.changedAttributes(before, next.sharedViews().get(key))) {
                changed.addAll(readers.getOrDefault(new ViewKeys.Read(key, attribute), Set.of()));
            }
        });
        for (PlannedPage page : next.pages()) {
            Entry before = pages.get(page.url());
            if (before != null && !samePlan(before.page(), page)) {
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
        for (ViewKeys.Read read : entry.reads()) {
            Set<String> urls = readers.get(read);
            urls.remove(url);
            if (urls.isEmpty()) {
                readers.remove(read);
            }
        }
    }
}
