package org.essaykit.render;

import org.essaykit.comments.Comment;
import org.essaykit.comments.CommentOrder;
import org.essaykit.comments.CommentTree;
import org.essaykit.comments.RenderedComment;
import org.essaykit.content.Document;
import org.essaykit.content.SiteConfig;
import org.essaykit.content.Slugs;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.Series;
import org.essaykit.graph.SiteGraph;
import org.essaykit.markdown.Excerpts;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** A document's view ({@link Views.PostView}) made from the graph: what its page and the lists showing it read. */
final class PostViews {

    private static final int WORDS_PER_MINUTE = 230;
    /** How much of the comment a reply past the nesting cap answers it quotes. */
    private static final int QUOTED_PARENT_CHARS = 90;
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final SiteGraph graph;
    private final SiteConfig config;
    private final Views.Giscus giscus;
    /** How many backlinks a page shows before linking to the full list; 0 shows them all. */
    private final int backlinksShown;

    PostViews(SiteGraph graph, Views.Giscus giscus, int backlinksShown) {
        this.graph = graph;
        this.config = graph.config();
        this.giscus = giscus;
        this.backlinksShown = backlinksShown;
    }

    private Views.SeriesRef seriesRef(Series series, RenderedDocument post) {
        List<RenderedDocument> posts = series.posts();
        int at = posts.indexOf(post);
        return new Views.SeriesRef(series.name(), config.relativeUrl(series.url()), at + 1, posts.size(),
                at > 0 ? link(posts.get(at - 1)) : null, at + 1 < posts.size() ? link(posts.get(at + 1)) : null);
    }

    /** A link to a document, made without its full view so views of neighbours never recurse. */
    Views.PostLink link(RenderedDocument rendered) {
        return new Views.PostLink(rendered.doc().title(), config.relativeUrl(rendered.doc().url()));
    }

    static Views.DateView date(OffsetDateTime date) {
        if (date == null) {
            return null;
        }
        return new Views.DateView(date, date.toLocalDate().toString(), DISPLAY.format(date),
                date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), date.getYear());
    }

    /** A document's view, as its page and every list showing it read it. */
    Views.PostView of(RenderedDocument rendered) {
        Document doc = rendered.doc();
        String summary = rendered.markdown().summary();
        String description = doc.description() != null ? doc.description() : summary;
        int words = rendered.markdown().wordCount();
        int backlinkCount = BacklinkViews.count(graph.backlinksTo(rendered));
        boolean backlinksCapped = backlinksShown > 0 && backlinkCount > backlinksShown;
        return new Views.PostView(
                doc.kind().defaultLayout(),
                doc.title(), doc.subtitle(),
                config.relativeUrl(doc.url()), config.absoluteUrl(doc.url()),
                date(doc.date()), date(doc.modified()),
                doc.tags().stream()
                        .map(t -> new Views.TagRef(t, config.relativeUrl(SiteGraph.tagUrl(Slugs.slugify(t)))))
                        .toList(),
                doc.categories(), doc.author() != null ? doc.author() : config.author(),
                description, summary,
                new StoredHtml(rendered.markdown().body()),
                rendered.markdown().toc(),
                words, Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE),
                doc.aliases().stream().filter(alias -> !alias.startsWith("/")).toList(),
                graph.seriesOf(rendered).map(series -> seriesRef(series, rendered)).orElse(null),
                backlinks(rendered, backlinksCapped ? backlinksShown : backlinkCount), backlinkCount,
                backlinksCapped ? config.relativeUrl(backlinksPath(doc.url())) : null,
                doc.frontMatter(),
                doc.source().toString().replace('\\', '/'),
                graph.threadOf(rendered).map(CommentTree::count).orElse(0),
                graph.threadOf(rendered).map(thread -> CommentTree.arrange(thread, CommentOrder.of(config)).stream()
                        .map(tree -> comment(tree, null, config.relativeUrl(doc.url()), postAuthor(doc))).toList())
                        .orElse(List.of()),
                Boolean.TRUE.equals(doc.frontMatter().get("comments")) && giscus != null);
    }

    /** Every page linking to a document, with the words around each link. */
    List<Views.BacklinkView> backlinks(RenderedDocument rendered) {
        return backlinks(rendered, Integer.MAX_VALUE);
    }

    /** The first {@code limit} pages linking to a document: its own page shows at most {@link ViewFactory#BACKLINKS_SHOWN}. */
    private List<Views.BacklinkView> backlinks(RenderedDocument rendered, int limit) {
        return BacklinkViews.distinct(graph.backlinksTo(rendered), b -> new Views.BacklinkView(b.kind().defaultLayout(),
                b.title(), config.relativeUrl(b.url()), b.context()), limit);
    }

    /** Where the full list of a document's backlinks lives: {@code links/} under its URL. */
    static String backlinksPath(String documentUrl) {
        return Pagination.folderOf(documentUrl) + "links/";
    }

    /**
     * Recursion is bounded by {@link CommentTree#MAX_DEPTH}.
     *
     * @param shownUnder the comment this one is displayed under, or null at the top level
     */
    private Views.CommentView comment(CommentTree tree, RenderedComment shownUnder, String pageUrl, String postAuthor) {
        Comment c = tree.comment().comment();
        String anchor = SiteGraph.commentAnchor(c.id());
        RenderedComment parent = tree.parent();
        // Past the nesting cap a reply is listed under an ancestor: it quotes the start of what it answers.
        String excerpt = parent == null || parent == shownUnder ? null
                : Excerpts.shorten(parent.text(), QUOTED_PARENT_CHARS);
        return new Views.CommentView(c.id(), anchor, pageUrl + "#" + anchor, authorOf(c, postAuthor), c.op(),
                date(c.date()), c.score(), c.source(), new SafeString(tree.comment().html()),
                parent == null ? null : new Views.CommentRef(SiteGraph.commentAnchor(parent.comment().id()),
                        authorOf(parent.comment(), postAuthor), parent.comment().op(), excerpt),
                tree.depth(),
                tree.replies().stream().map(reply -> comment(reply, tree.comment(), pageUrl, postAuthor)).toList());
    }

    /** A comment by the post's author without a name of its own takes the post's author, which may be null too. */
    private static String authorOf(Comment comment, String postAuthor) {
        return comment.author() == null && comment.op() ? postAuthor : comment.author();
    }

    private String postAuthor(Document doc) {
        String author = doc.author() != null ? doc.author() : config.author();
        return author == null || author.isBlank() ? null : author;
    }
}
