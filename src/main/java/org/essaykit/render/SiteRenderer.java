package org.essaykit.render;

import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.SourcePos;
import org.essaykit.output.SiteFile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
     * The files of the pages, rendered in parallel; each template error is reported once, naming the pages it broke,
     * and those pages are left out.
     *
     * @param site what every template sees as {@code site} ({@link PagePlan#site})
     * @param keep what is kept of each page's file once rendered: the file itself, or (a build writing as it goes)
     *             the file as written to disk, so that pages need not all be held in memory
     */
    public List<SiteFile> render(Collection<PlannedPage> pages, Views.SiteView site, UnaryOperator<SiteFile> keep,
                                 Diagnostics diagnostics) {
        return renderEach(pages, site, (page, model) -> keep.apply(file(page, templates.render(page.template(), model))),
                diagnostics);
    }

    /** How one page is rendered, from its model with {@code site} in it, into what is kept of it. */
    public interface PageRendering<R> {
        R render(PlannedPage page, Map<String, Object> model) throws Templates.TemplateException;
    }

    /** The pages rendered in parallel by {@code rendering}, reporting each template error once; failed pages left out. */
    public static <R> List<R> renderEach(Collection<PlannedPage> pages, Views.SiteView site, PageRendering<R> rendering,
                                         Diagnostics diagnostics) {
        Map<TemplateFailure, List<String>> failures = new ConcurrentHashMap<>();
        List<R> rendered = pages.parallelStream()
                .map(page -> renderPage(page, site, rendering, failures))
                .filter(Objects::nonNull)
                .toList();
        failures.forEach((failure, urls) -> diagnostics.error(failure.pos(),
                failure.message() + " (while rendering " + describe(urls) + ")",
                failure.hint() != null ? failure.hint() : "fix the template, or give the page what the template expects"));
        return rendered;
    }

    /** A page's file, made of its HTML. */
    public static SiteFile file(PlannedPage page, String html) {
        return SiteFile.Generated.text(page.outputPath(), html, page.origin());
    }

    /** One template error, however many pages hit it: reported once, naming the pages. */
    private record TemplateFailure(SourcePos pos, String message, String hint) {
    }

    private static <R> R renderPage(PlannedPage page, Views.SiteView site, PageRendering<R> rendering,
                                    Map<TemplateFailure, List<String>> failures) {
        Map<String, Object> model = new HashMap<>(page.model());
        model.put("site", site);
        try {
            return rendering.render(page, model);
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
