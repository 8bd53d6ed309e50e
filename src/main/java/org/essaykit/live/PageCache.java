package org.essaykit.live;

import org.essaykit.diag.Diagnostics;
import org.essaykit.output.SiteFile;
import org.essaykit.render.PagePlan;
import org.essaykit.render.PlannedPage;
import org.essaykit.render.SiteRenderer;
import org.essaykit.render.Templates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pages of the last build, each with what its template read of the shared views ({@link ViewKeys}), so that
 * a rebuild renders again only the pages that would come out different: a page is rendered when its own model
 * (the page's view, its list of posts...) is not {@link ViewKeys#same} as before, or when an attribute it read of
 * a shared view changed. Pebble templates read nothing else (the url functions depend on the config, whose
 * change rebuilds everything), so a page whose reads all give the same values renders the same bytes.
 *
 * <p>When the plan continues the previous one ({@link LivePlan.Delta#continued}), every page keeps its place and only
 * the views and the pages it made again are looked at: an edit costs what it touches, not what the site holds.
 */
final class PageCache {

    private record Entry(PlannedPage page, SiteFile file, Set<ViewKeys.Read> reads) {
    }

    /** @param rendered the URLs of the pages rendered this time, sorted */
    public record Result(List<SiteFile> files, List<String> rendered) {
    }

    /** Records what each page's template reads; registered with the session's templates ({@link #tracker()}). */
    private final ViewAccessors accessors = new ViewAccessors();
    private final ReadTracker tracker = new ReadTracker(accessors);
    private final Map<String, Entry> pages = new HashMap<>();
    /** For each attribute of a shared view, the URLs of the pages whose templates read it. */
    private final Map<ViewKeys.Read, Set<String>> readers = new HashMap<>();
    /** The file of each page of the last plan, at the page's place (null where it could not render). */
    private List<SiteFile> files = List.of();
    /** How many pages of the last plan have each URL; more than one is an error reported later. */
    private Map<String, Integer> perUrl = Map.of();
    /** The place of each URL in the last plan, and the places of pages that were left out. */
    private Map<String, Integer> places = Map.of();
    private Set<Integer> failed = Set.of();

    /** The Pebble extension that records reads: the templates this cache renders with must carry it. */
    ReadTracker tracker() {
        return tracker;
    }

    /**
     * @param everything render every page (the templates changed)
     * @return the files of every page planned, the ones that could not render left out
     */
    public Result render(LivePlan.Delta delta, Templates templates, boolean everything, Diagnostics diagnostics) {
        PagePlan next = delta.plan();
        List<PlannedPage> planned = next.pages();
        boolean continued = delta.continued() && !everything;
        Set<String> stale = everything ? Set.of() : changedPages(delta);
        List<SiteFile> placed;
        Set<Integer> toRender = new java.util.TreeSet<>();
        if (continued) {
            // A continued plan keeps every URL at its place: only the stale pages and those that failed are looked at.
            placed = new ArrayList<>(files);
            stale.forEach(url -> toRender.add(places.get(url)));
            toRender.addAll(failed);
        } else {
            places = new HashMap<>();
            perUrl = new HashMap<>();
            placed = new ArrayList<>(planned.size());
            for (int i = 0; i < planned.size(); i++) {
                places.put(planned.get(i).url(), i);
                perUrl.merge(planned.get(i).url(), 1, Integer::sum);
                placed.add(null);
            }
            new ArrayList<>(pages.keySet()).stream().filter(url -> !perUrl.containsKey(url) || perUrl.get(url) > 1)
                    .forEach(this::forget);
            for (int i = 0; i < planned.size(); i++) {
                Entry entry = pages.get(planned.get(i).url());
                if (everything || entry == null || stale.contains(planned.get(i).url())) {
                    toRender.add(i);
                } else {
                    placed.set(i, entry.file());
                }
            }
        }
        List<Entry> rendered = SiteRenderer.renderEach(toRender.stream().map(planned::get).toList(), next.site(),
                (page, model) -> {
                    // In the order the template read them: the same page rendered again reads the same in that order.
                    Set<ViewKeys.Read> reads = new java.util.LinkedHashSet<>();
                    String html = tracker.recording(reads, () -> templates.render(page.template(), model));
                    return new Entry(page, SiteRenderer.file(page, html), reads);
                }, diagnostics);
        Map<PlannedPage, Entry> byPage = new java.util.IdentityHashMap<>();
        rendered.forEach(page -> byPage.put(page.page(), page));
        List<SiteFile> extra = new ArrayList<>();
        failed = new HashSet<>();
        List<String> renderedUrls = new ArrayList<>();
        for (int i : toRender) {
            PlannedPage page = planned.get(i);
            Entry made = byPage.get(page);
            renderedUrls.add(page.url());
            placed.set(i, null);
            if (made == null) {
                forget(page.url()); // its template failed: reported, left out
                failed.add(i);
            } else if (perUrl.get(page.url()) > 1) {
                extra.add(made.file()); // two pages at one URL: an error reported later; neither is kept
                failed.add(i);
            } else {
                remember(made);
                placed.set(i, made.file());
            }
        }
        files = placed;
        List<SiteFile> all = placed;
        if (!failed.isEmpty()) { // pages left out leave gaps; the usual case hands its list on as it is
            all = new ArrayList<>(placed.size() + extra.size());
            for (SiteFile file : placed) {
                if (file != null) {
                    all.add(file);
                }
            }
            all.addAll(extra);
        }
        return new Result(Collections.unmodifiableList(all), renderedUrls.stream().sorted().toList());
    }

    /** Pages whose model differs, or which read an attribute of a shared view that changed. */
    private Set<String> changedPages(LivePlan.Delta delta) {
        Set<String> changed = new HashSet<>();
        delta.replaced().forEach((key, view) -> {
            if (view == null) {
                return; // a view new this time: no page has read it yet
            }
            for (String attribute : accessors.changedAttributes(view, delta.views().get(key))) {
                changed.addAll(readers.getOrDefault(new ViewKeys.Read(key, attribute), Set.of()));
            }
        });
        List<PlannedPage> planned = delta.plan().pages();
        if (delta.continued()) {
            delta.remadePages().forEach(place -> comparePage(planned.get(place), changed));
        } else {
            planned.forEach(page -> comparePage(page, changed));
        }
        return changed;
    }

    /** Adds the page's URL when its plan differs from the one it was last rendered from. */
    private void comparePage(PlannedPage page, Set<String> changed) {
        Entry entry = pages.get(page.url());
        if (entry != null && entry.page() != page && !samePlan(entry.page(), page)) {
            changed.add(page.url());
        }
    }

    private static boolean samePlan(PlannedPage a, PlannedPage b) {
        return a.template().equals(b.template()) && a.outputPath().equals(b.outputPath())
                && a.origin().equals(b.origin()) && ViewKeys.same(a.model(), b.model());
    }

    /** Records a page as rendered: only the reads that differ from its last rendering touch the readers' index. */
    private void remember(Entry entry) {
        String url = entry.page().url();
        Entry before = pages.put(url, entry);
        Set<ViewKeys.Read> was = before == null ? Set.of() : before.reads();
        if (sameInOrder(was, entry.reads())) {
            return; // the usual case: a page of thousands of reads compared without hashing one
        }
        for (ViewKeys.Read read : entry.reads()) {
            if (!was.contains(read)) {
                readers.computeIfAbsent(read, r -> new HashSet<>()).add(url);
            }
        }
        for (ViewKeys.Read read : was) {
            if (!entry.reads().contains(read)) {
                unread(read, url);
            }
        }
    }

    private static boolean sameInOrder(Set<ViewKeys.Read> a, Set<ViewKeys.Read> b) {
        if (a.size() != b.size()) {
            return false;
        }
        Iterator<ViewKeys.Read> x = a.iterator();
        for (ViewKeys.Read read : b) {
            if (!read.equals(x.next())) {
                return false;
            }
        }
        return true;
    }

    private void unread(ViewKeys.Read read, String url) {
        Set<String> urls = readers.get(read);
        urls.remove(url);
        if (urls.isEmpty()) {
            readers.remove(read);
        }
    }

    private void forget(String url) {
        Entry entry = pages.remove(url);
        if (entry == null) {
            return;
        }
        entry.reads().forEach(read -> unread(read, url));
    }
}
