package org.essaykit.markdown;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.essaykit.cite.Citations;
import org.essaykit.content.DataTable;
import org.essaykit.content.Document;
import org.essaykit.content.SiteConfig;
import org.essaykit.content.SiteIndex;
import org.essaykit.content.SiteConfig.HeadingIdStyle;
import org.essaykit.liquid.LiquidPages;
import org.essaykit.math.MathCache;
import org.essaykit.simc.SimulationCatalog;

import java.util.List;
import java.util.Map;

/**
 * CommonMark with GFM tables, strikethrough, autolinks, task lists, footnotes and our dialect (math included).
 * Built once per build and shared: parser and renderer are immutable and thread-safe.
 */
public final class MarkdownEngine {

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final LocalImages images;
    /** Remembers the stems of the words the site's documents share. */
    private final SearchTerms.Maker searchTerms = new SearchTerms.Maker();
    /** Formulas converted, kept for the engine's life and, with a site folder, between builds. */
    private final MathCache math;
    /** Whether text gets curly quotes, dashes and ellipses ({@code smart_typography: true} in site.yaml). */
    private final boolean smartTypography;
    /** The simulations {@code ```sim NAME} may name, and their default runs, kept for as long as the engine. */
    private final SimRuns simulations;
    /** The Liquid of bodies that have it, rendered before their Markdown; null when the site has none. */
    private final LiquidPages liquid;
    /** The site's bibliographies and styles, each read once (again when changed), for citations. */
    private final Citations citations;
    /** Whether footnotes are also written beside their references ({@link Sidenotes}), unless a document opts out. */
    private final boolean sidenotes;
    /** Keeps the rendered bodies, compressed once they take more memory than the options allow. */
    private final CompactText.Store bodies;

    /** Plain Markdown with the given heading ids ({@link MarkdownOptions#defaults}). */
    public MarkdownEngine(HeadingIdStyle headingIds) {
        this(MarkdownOptions.defaults(headingIds));
    }

    /** The engine a site's config asks for ({@link MarkdownOptions#forSite}). */
    public static MarkdownEngine forSite(SiteConfig config, Map<String, DataTable> dataTables,
                                         java.nio.file.Path siteRoot, SimulationCatalog simulations) {
        return new MarkdownEngine(MarkdownOptions.forSite(config, dataTables, siteRoot).withSimulations(simulations));
    }

    public MarkdownEngine(MarkdownOptions options) {
        this.images = options.siteRoot() == null ? null : new LocalImages(options.siteRoot(), options.baseurl());
        this.smartTypography = options.smartTypography();
        this.simulations = new SimRuns(options.simulations());
        this.liquid = options.liquid();
        this.citations = new Citations(options.citations());
        this.sidenotes = options.sidenotes();
        this.bodies = new CompactText.Store(options.plainBodyBytes());
        // Formulas' MathML and simulations' runs are kept for as long as the engine: one build, or a session of
        // serve's rebuilds. With a site folder, formulas also between builds, in its .essaykit-cache/math/.
        this.math = new MathCache(options.siteRoot() == null ? null : options.siteRoot().resolve(MathCache.FOLDER));
        List<Extension> extensions = java.util.stream.Stream.of(
                TablesExtension.create(),
                StrikethroughExtension.create(),
                AutolinkExtension.create(),
                TaskListItemsExtension.create(),
                FootnotesExtension.create(),
                options.kramdown() ? new KramdownExtension() : null, // before our dialect: it sets heading ids first
                new EssayMarkdownExtension(options.headingIds(), options.dataTables(), math, simulations),
                options.jemoji() ? new EmojiShortcodes() : null) // after it: ids keep the shortcodes' letters
                .filter(java.util.Objects::nonNull).map(Extension.class::cast).toList();
        this.parser = Parser.builder()
                .extensions(extensions)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
        this.renderer = HtmlRenderer.builder().extensions(extensions).build();
    }

    /**
     * Deletes the cached formulas this engine did not ask for. Call it once a build has rendered every body (never
     * in {@code serve}, whose engine sees only the bodies that changed).
     */
    public void pruneCaches() {
        math.pruneUnused();
    }

    public RenderedMarkdown render(Document document) {
        return render(document, SiteIndex.EMPTY);
    }

    /** Renders a body, turning links to other source files and wikilinks into the URLs of their pages. */
    public RenderedMarkdown render(Document written, SiteIndex index) {
        List<org.essaykit.diag.Diagnostic> liquidProblems = List.of();
        Document document = written;
        if (liquid != null && liquid.applies(written)) {
            LiquidPages.Result liquidResult = liquid.render(written, index, text -> renderer.render(parser.parse(text)));
            document = written.withBody(liquidResult.text());
            liquidProblems = liquidResult.problems();
        }
        Node root = parser.parse(document.body());
        CitationPass.Result cited = CitationPass.apply(root, document, citations);
        // The tree is changed by four passes, in an order that matters: concept mentions are linked while the
        // text is still as written (names match, and the facts below count them as links); images are sized
        // while their paths are as written; typography curls quotes after mentions were matched and before the
        // summary and search text are taken; the facts read links by the source paths the writer used, so
        // checking and backlinks can name them; only then are those paths turned into page URLs. Citations come
        // first, so their links and reference list are in the tree every later pass reads; sidenotes last, as
        // they copy each footnote beside its reference, and the facts would count its words and links twice.
        Embeds.find(root, document.body(), index); // before the links are read: an embed is a link by name
        AutoLinker.link(root, document, index);
        // A walk for images only in bodies that have one.
        List<org.essaykit.diag.Diagnostic> missingImages = images == null || !document.body().contains("![")
                ? List.of() : images.measure(root, document);
        if (smartTypography) {
            SmartPunctuation.apply(root);
        }
        SearchVocabulary terms = searchTerms.start();
        DocumentFacts facts = DocumentFacts.collect(root, document, index, simulations, terms);
        SourceLinks.rewrite(root, document, index);
        if (sidenotes && !Boolean.FALSE.equals(document.frontMatter().get(MarkdownOptions.SIDENOTES))) {
            Sidenotes.add(root, document.body());
        }
        List<org.essaykit.diag.Diagnostic> problems = java.util.stream.Stream.of(liquidProblems, cited.problems(),
                missingImages, facts.problems()).flatMap(List::stream).toList();
        Map<String, Section> sections = facts.sections();
        return new RenderedMarkdown(bodies.keep(renderer.render(root)), facts.toc(), facts.headingIds(),
                facts.anchorIds(), sections, facts.links(), facts.summary(), facts.wordCount(),
                terms.terms(document.title(), sections.values().stream().map(Section::title).toList()),
                facts.simulations(), facts.hasCode(), problems, cited.references());
    }
}
