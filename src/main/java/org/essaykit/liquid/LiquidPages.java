package org.essaykit.liquid;

import liqp.TemplateParser;
import liqp.antlr.LocalFSNameResolver;
import liqp.parser.Flavor;
import org.essaykit.content.Document;
import org.essaykit.content.SiteConfig;
import org.essaykit.content.SiteIndex;
import org.essaykit.diag.Diagnostic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Renders the Liquid in a post or page before its Markdown, as Jekyll does, through Liqp in its Jekyll flavour
 * with the tags and filters Jekyll adds ({@link JekyllTags}, {@link JekyllFilters}). Every body of a Jekyll
 * repository gets it; in our own layout only a site with {@code liquid: true} in site.yaml, or a file with it in
 * its front matter, so that our Markdown never changes meaning. Built once per build and shared by the threads
 * that render bodies: the parser is immutable and everything of one body lives in its {@link RenderScope}.
 */
public final class LiquidPages {

    /** The key, in site.yaml or front matter, that turns Liquid on ({@code true}) or off ({@code false}). */
    public static final String KEY = "liquid";

    /** Made on first use: most sites have no Liquid, and Liqp takes a quarter of a second to set up. */
    private volatile TemplateParser parser;
    private final SiteConfig config;
    private final boolean everyBody;
    private final Map<String, Object> site;
    private final Path siteRoot;
    private final String siteUrl;
    private final List<Diagnostic> dataProblems;
    /** {@code site} with the lists of documents, for the index it was made from: made once, for the first body
     * that reads one of them. */
    private volatile SiteWithDocuments withDocuments;

    private record SiteWithDocuments(SiteIndex index, Map<String, Object> site) {
    }

    /** A body that reads {@code site.posts}, {@code site.pages}, {@code site.tags} or {@code site.categories}. */
    private static final java.util.regex.Pattern READS_DOCUMENTS =
            java.util.regex.Pattern.compile("site\\.(posts|pages|tags|categories)\\b");

    private LiquidPages(SiteConfig config, Path siteRoot) {
        this.siteRoot = siteRoot;
        this.everyBody = config.jekyll().repository() || Boolean.TRUE.equals(config.params().get(KEY));
        this.siteUrl = config.url();
        SiteData data = siteRoot == null ? SiteData.NONE : SiteData.read(siteRoot);
        this.dataProblems = data.problems();
        this.site = LiquidVariables.site(config, data.values());
        this.config = config;
    }

    private TemplateParser parser() {
        TemplateParser made = parser;
        if (made == null) {
            synchronized (this) {
                made = parser;
                if (made == null) {
                    made = newParser();
                    parser = made;
                }
            }
        }
        return made;
    }

    private TemplateParser newParser() {
        TemplateParser.Builder builder = new TemplateParser.Builder()
                .withFlavor(Flavor.JEKYLL)
                .withErrorMode(TemplateParser.ErrorMode.STRICT)
                .withDefaultTimeZone(config.timezone())
                .withLocale(java.util.Locale.ENGLISH)
                .withMaxIterations(1_000_000)
                .withNameResolver(new LocalFSNameResolver(
                        (siteRoot == null ? Path.of(".") : siteRoot).resolve("_includes").toString()));
        JekyllTags.all().forEach(builder::withTag);
        builder.withBlock(new JekyllTags.Highlight());
        JekyllFilters.all().forEach(builder::withFilter);
        // Jekyll's include syntax (a bare file name, key=value parameters), stated after the filters: a builder
        // given filters of its own otherwise falls back to Liquid's
        builder.withLiquidStyleInclude(false);
        return builder.build();
    }

    /** The Liquid of a site: its config's variables, its {@code _data/} and {@code _includes/} (read now). */
    public static LiquidPages forSite(SiteConfig config, Path siteRoot) {
        return new LiquidPages(config, siteRoot);
    }

    /**
     * Whether a document's Liquid reads the lists of documents ({@code site.posts}, ...): its output then changes
     * with any other document.
     */
    public static boolean readsDocumentLists(Document document) {
        return document.body() != null && READS_DOCUMENTS.matcher(document.body()).find();
    }

    private Map<String, Object> siteWithDocuments(SiteIndex index) {
        SiteWithDocuments made = withDocuments;
        if (made == null || made.index() != index) {
            Map<String, Object> all = new java.util.LinkedHashMap<>(site);
            all.putAll(LiquidVariables.documents(index));
            made = new SiteWithDocuments(index, java.util.Collections.unmodifiableMap(all));
            withDocuments = made;
        }
        return made.site();
    }

    /** Whether a document's body is read as Liquid: the site's choice, unless its front matter says otherwise. */
    public boolean applies(Document document) {
        Object own = document.frontMatter().get(KEY);
        boolean wanted = own instanceof Boolean b ? b : everyBody;
        return wanted && (document.body().contains("{{") || document.body().contains("{%"));
    }

    /** A body with its Liquid rendered, and what went wrong at the document's file:line:col. */
    public record Result(String text, List<Diagnostic> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Renders a body's Liquid; {@code markdownify} is the site's Markdown, for the filter of that name. On an error
     * the body is given back as written, with the error.
     */
    public Result render(Document document, SiteIndex index, UnaryOperator<String> markdownify) {
        List<Diagnostic> problems = new ArrayList<>();
        if (document.body().contains("site.data")) { // a broken data file is reported where it is read
            problems.addAll(dataProblems);
        }
        RenderScope scope = new RenderScope(document, index, siteRoot, siteUrl, markdownify, problems);
        try {
            Map<String, Object> variables = READS_DOCUMENTS.matcher(document.body()).find() ? siteWithDocuments(index) : site;
            String text = parser().parse(LiquidSource.forLiqp(document.body())).render(scope.variables(variables));
            return new Result(text, problems);
        } catch (RuntimeException e) {
            problems.add(LiquidErrors.diagnostic(e, document));
            return new Result(document.body(), problems);
        }
    }
}
