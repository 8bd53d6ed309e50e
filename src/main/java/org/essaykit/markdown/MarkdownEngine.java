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
import org.essaykit.content.DataTable;
import org.essaykit.content.Document;
import org.essaykit.content.SiteConfig;
import org.essaykit.content.SiteIndex;
import org.essaykit.content.SiteConfig.HeadingIdStyle;

import java.util.List;
import java.util.Map;

/**
 * CommonMark with GFM tables, strikethrough, autolinks, task lists, footnotes and our dialect.
 * Built once per build and shared: parser and renderer are immutable and thread-safe.
 */
public final class MarkdownEngine {

    private final Parser parser;
    private final HtmlRenderer renderer;
    /** Whether text gets curly quotes, dashes and ellipses ({@code smart_typography: true} in site.yaml). */
    private final boolean smartTypography;

    public MarkdownEngine(HeadingIdStyle headingIds) {
        this(headingIds, Map.of());
    }

    /** The site.yaml key that turns on {@link SmartPunctuation}. */
    public static final String SMART_TYPOGRAPHY = "smart_typography";

    /** The engine a site's config asks for: its heading ids, its data files, and smart typography if set. */
    public static MarkdownEngine forSite(SiteConfig config, Map<String, DataTable> dataTables) {
        return new MarkdownEngine(config.headingIds(), dataTables,
                Boolean.TRUE.equals(config.params().get(SMART_TYPOGRAPHY)));
    }

    /** @param dataTables the site's data files, for {@code ```table NAME} blocks */
    public MarkdownEngine(HeadingIdStyle headingIds, Map<String, DataTable> dataTables) {
        this(headingIds, dataTables, false);
    }

    /** @param smartTypography curly quotes, dashes and ellipses in text ({@link SmartPunctuation}) */
    public MarkdownEngine(HeadingIdStyle headingIds, Map<String, DataTable> dataTables, boolean smartTypography) {
        this.smartTypography = smartTypography;
        List<Extension> extensions = List.of(
                TablesExtension.create(),
                StrikethroughExtension.create(),
                AutolinkExtension.create(),
                TaskListItemsExtension.create(),
                FootnotesExtension.create(),
                new EssayMarkdownExtension(headingIds, dataTables));
        this.parser = Parser.builder()
                .extensions(extensions)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
        this.renderer = HtmlRenderer.builder().extensions(extensions).build();
    }

    public RenderedMarkdown render(Document document) {
        return render(document, SiteIndex.EMPTY);
    }

    /** Renders a body, turning links to other source files and wikilinks into the URLs of their pages. */
    public RenderedMarkdown render(Document document, SiteIndex index) {
        Node root = parser.parse(document.body());
        AutoLinker.link(root, document, index);
        if (smartTypography) {
            SmartPunctuation.apply(root);
        }
        DocumentFacts facts = DocumentFacts.collect(root, document, index);
        SourceLinks.rewrite(root, document, index);
        return new RenderedMarkdown(renderer.render(root), facts.toc(), facts.headingIds(), facts.anchorIds(),
                facts.sections(), facts.links(), facts.summary(), facts.wordCount(), facts.plainText(),
                facts.simulations(), facts.problems());
    }
}
