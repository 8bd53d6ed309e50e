package org.essaykit.render;

import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.SourcePos;
import org.essaykit.output.SiteFile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Renders the planned pages with their templates, in parallel on all cores. The files made from the whole
 * site (feed, sitemap, cards, previews, search index) are {@link SiteWideFiles}'.
 */
public final class SiteRenderer {

    private final Templates templates;

    public SiteRenderer(Templates templates) {
        this.templates = templates;
    }

    /**
     * One page's file and, when tracked, the attributes of shared views ({@link ViewKeys}) its template read.
     */
    public record RenderedPage(PlannedPage page, SiteFile file, Set<ViewKeys.Read> reads) {
    }

    /**
     * The files of the pages, rendered in parallel; each template error is reported once, naming the pages it broke,
     * and those pages are left out.
     *
     * @param site what every template sees as {@code site} ({@link PagePlanner.Plan#site})
     * @param keep what is kept of each page's file once rendered: the file itself, or (a build writing as it goes)
     *             the file as written to disk, so that pages need not all be held in memory
     */
    public List<SiteFile> render(Collection<PlannedPage> pages, Views.SiteView site, UnaryOperator<SiteFile> keep,
                                 Diagnostics diagnostics) {
        return renderPages(pages, site, false, keep, diagnostics).stream().map(RenderedPage::file).toList();
    }

    /** The pages in memory, each with what its template read of the shared views, for a live build's page cache. */
    public List<RenderedPage> renderTracked(Collection<PlannedPage> pages, Views.SiteView site, Diagnostics diagnostics) {
        return renderPages(pages, site, true, UnaryOperator.identity(), diagnostics);
    }

    public List<RenderedPage> renderPages(Collection<PlannedPage> pages, Views.SiteView site, boolean track,
                                          UnaryOperator<SiteFile> keep, Diagnostics diagnostics) {
        Map<TemplateFailure, List<String>> failures = new ConcurrentHashMap<>();
        List<RenderedPage> rendered = pages.parallelStream()
                .map(page -> renderPage(page, site, track, failures))
                .map(page -> page == null ? null : new RenderedPage(page.page(), keep.apply(page.file()), page.reads()))
                .filter(Objects::nonNull)
                .toList();
        failures.forEach((failure, urls) -> diagnostics.error(failure.pos(),
                failure.message() + " (while rendering " + describe(urls) + ")",
                failure.hint() != null ? failure.hint() : "fix the template, or give the page what the template expects"));
        return rendered;
    }

    /** One template error, however many pages hit it: reported once, naming the pages. */
    private record TemplateFailure(SourcePos pos, String message, String hint) {
    }

    private RenderedPage renderPage(PlannedPage page, Views.SiteView site, boolean track,
                                    Map<TemplateFailure, List<String>> failures) {
        // In the order the template read them: the same page rendered again reads the same things in the same order.
        Set<ViewKeys.Read> reads = track ? new LinkedHashSet<>() : Set.of();
        Map<String, Object> model = new HashMap<>(page.model());
        model.put("site", site);
        try {
            String html = track ? templates.render(page.template(), model, reads)
                    : templates.render(page.template(), model);
            return new RenderedPage(page, SiteFile.Generated.text(page.outputPath(), html, page.origin()), reads);
        } catch (Templates.TemplateException e) {
            failures.computeIfAbsent(new TemplateFailure(e.pos(), e.getMessage(), e.hint(null)),
                    f -> Collections.synchronizedList(new ArrayList<>())).add(page.url());
            return null;
        }
    }

    private static String describe(List<String> urls) {
        List<String> sorted = urls.stream().sorted().toList();
        int others = sorted.size() - 1;
        return sorted.get(0) + (others == 0 ? "" : " and " + others + " other page" + (others == 1 ? "" : "s"));
    }
}
