package org.essaykit.graph;

import org.essaykit.content.Document;
import org.essaykit.content.SiteConfig;
import org.essaykit.content.SiteIndex;
import org.essaykit.content.SiteSource;
import org.essaykit.content.Slugs;
import org.essaykit.diag.Diagnostics;

import org.essaykit.comments.CommentThread;
import org.essaykit.comments.RenderedComment;
import org.essaykit.markdown.Excerpts;
import org.essaykit.markdown.FoundLink;
import org.essaykit.markdown.RenderedMarkdown;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the documents of a site relate: posts in reading order, pages, tags.
 *
 * @param posts newest first; undated posts after dated ones, by title
 * @param concepts by title
 * @param pages by URL
 * @param tags  by slug
 * @param series by slug
 * @param backlinks for each document (by source path), the other documents linking to it, in site order
 * @param threads   the archived comment thread of each post that has one, by the post's source path
 */
public record SiteGraph(SiteSource source, List<RenderedDocument> posts, List<RenderedDocument> concepts,
                        List<RenderedDocument> pages, List<TagGroup> tags, List<Series> series,
                        Map<Path, List<Backlink>> backlinks, Map<Path, CommentThread> threads) {

    /** Newest first, undated last, then by title and source path so the order never depends on the file system. */
    static final Comparator<RenderedDocument> NEWEST_FIRST = Comparator
            .comparing((RenderedDocument r) -> r.doc().date(),
                    Comparator.nullsLast(OffsetDateTime.timeLineOrder().reversed()))
            .thenComparing(r -> r.doc().title())
            .thenComparing(r -> r.doc().source().toString());

    /** Concepts by title, whatever its case; pages by URL. */
    static final Comparator<RenderedDocument> CONCEPT_ORDER = Comparator
            .comparing((RenderedDocument r) -> r.doc().title().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(r -> r.doc().url());
    static final Comparator<RenderedDocument> PAGE_ORDER = Comparator.comparing(r -> r.doc().url());

    public SiteGraph {
        posts = List.copyOf(posts);
        concepts = List.copyOf(concepts);
        pages = List.copyOf(pages);
        tags = List.copyOf(tags);
        series = List.copyOf(series);
        backlinks = Map.copyOf(backlinks);
        threads = Map.copyOf(threads);
    }

    /** The archived comments of {@code doc}, if it has any. */
    public Optional<CommentThread> threadOf(RenderedDocument doc) {
        return Optional.ofNullable(threads.get(doc.doc().source()));
    }

    /** Every document of the site: posts (newest first), then concepts, then pages. */
    public List<RenderedDocument> documents() {
        List<RenderedDocument> all = new ArrayList<>(posts);
        all.addAll(concepts);
        all.addAll(pages);
        return all;
    }

    /** The series {@code doc} belongs to, if any. */
    public Optional<Series> seriesOf(RenderedDocument doc) {
        return series.stream().filter(s -> s.posts().contains(doc)).findFirst();
    }

    /** The documents linking to {@code doc}: posts newest first, then concepts and pages. */
    public List<Backlink> backlinksTo(RenderedDocument doc) {
        return backlinks.getOrDefault(doc.doc().source(), List.of());
    }

    public SiteConfig config() {
        return source.config();
    }

    /** Relates the documents and reports links between them that lead nowhere. */
    public static SiteGraph build(SiteSource source, SiteIndex index, List<RenderedDocument> rendered,
                                  Map<Path, CommentThread> threads, Diagnostics diagnostics) {
        List<RenderedDocument> documents = rendered.stream().map(r -> withCommentAnchors(r, threads)).toList();
        LinkCheck.check(documents, index, diagnostics);
        List<RenderedDocument> posts = documents.stream().filter(r -> r.doc().isPost()).sorted(NEWEST_FIRST).toList();
        List<RenderedDocument> concepts = documents.stream().filter(r -> r.doc().kind() == Document.Kind.CONCEPT)
                .sorted(CONCEPT_ORDER).toList();
        List<RenderedDocument> pages = documents.stream().filter(r -> r.doc().kind() == Document.Kind.PAGE)
                .sorted(PAGE_ORDER).toList();
        List<RenderedDocument> ordered = new ArrayList<>(posts);
        ordered.addAll(concepts);
        ordered.addAll(pages);
        return new SiteGraph(source, posts, concepts, pages, tags(posts), series(posts, diagnostics),
                backlinks(ordered, threads), threads);
    }

    /**
     * This graph with new renderings of some of its documents, each of the {@link DocumentShape} of the one it
     * replaces: posts keep their order, tags and series their members, backlinks all they show, and no link breaks
     * or mends, so nothing is related again; every other document stays the same object. A live build swaps
     * edited bodies in this way instead of building a new graph. Empty when a document is new or any shape
     * differs.
     *
     * @param next the source the new renderings were read from
     */
    public Optional<Swapped> withBodies(SiteSource next, Collection<RenderedDocument> bodies) {
        return BodySwap.into(this, next, bodies);
    }

    /** A graph with new bodies swapped in, and which they are. */
    public record Swapped(SiteGraph graph, GraphChange.Bodies change) {
    }

    /** A post's comments are part of its page: {@code #comments} and {@code #comment-<id>} are link targets. */
    static RenderedDocument withCommentAnchors(RenderedDocument rendered, Map<Path, CommentThread> threads) {
        CommentThread thread = threads.get(rendered.doc().source());
        if (thread == null) {
            return rendered;
        }
        RenderedMarkdown md = rendered.markdown();
        Set<String> anchors = new HashSet<>(md.anchorIds());
        anchors.add(COMMENTS_ANCHOR);
        thread.comments().forEach(c -> anchors.add(commentAnchor(c.comment().id())));
        return new RenderedDocument(rendered.doc(), md.withAnchorIds(anchors));
    }

    private static final int COMMENT_CONTEXT_CHARS = 160;

    /** A root-relative link's page path, without query or fragment and with a closing slash; else null. */
    private static String sitePath(String href) {
        if (!href.startsWith("/") || href.startsWith("//")) {
            return null;
        }
        String path = href.replaceFirst("[?#].*", "");
        return path.endsWith("/") || path.endsWith(".html") ? path : path + "/";
    }

    /** The id of the comments section of a post. */
    public static final String COMMENTS_ANCHOR = "comments";

    /** The page anchor of a comment. */
    public static String commentAnchor(String id) {
        return "comment-" + id;
    }

    /**
     * One entry per linking document (its first link wins), never the document itself. Links in a post's
     * comments count for the post, after its own links; comments link by root-relative URL ({@code /posts/x/}).
     */
    private static Map<Path, List<Backlink>> backlinks(List<RenderedDocument> ordered, Map<Path, CommentThread> threads) {
        Map<String, Path> byUrl = new HashMap<>();
        ordered.forEach(r -> byUrl.put(r.doc().url(), r.doc().source()));
        Map<Path, List<Backlink>> backlinks = new HashMap<>();
        for (RenderedDocument from : ordered) {
            Set<Path> seen = new HashSet<>();
            for (FoundLink link : from.markdown().links()) {
                Path target = link.target();
                if (target != null && !target.equals(from.doc().source()) && seen.add(target)) {
                    backlinks.computeIfAbsent(target, t -> new ArrayList<>()).add(Backlink.of(from, link.context()));
                }
            }
            CommentThread thread = threads.get(from.doc().source());
            for (RenderedComment comment : thread == null ? List.<RenderedComment>of() : thread.comments()) {
                for (String href : comment.links()) {
                    Path target = byUrl.get(sitePath(href));
                    if (target != null && !target.equals(from.doc().source()) && seen.add(target)) {
                        backlinks.computeIfAbsent(target, t -> new ArrayList<>())
                                .add(Backlink.of(from, Excerpts.shorten(comment.text(), COMMENT_CONTEXT_CHARS)));
                    }
                }
            }
        }
        backlinks.replaceAll((target, list) -> List.copyOf(list));
        return backlinks;
    }

    static final Comparator<RenderedDocument> SERIES_ORDER = Comparator
            .comparingInt((RenderedDocument r) -> r.doc().seriesPart() == 0 ? Integer.MAX_VALUE : r.doc().seriesPart())
            .thenComparing(r -> r.doc().date(), Comparator.nullsLast(OffsetDateTime.timeLineOrder()))
            .thenComparing(r -> r.doc().title());

    /** Groups posts by series name (as slug); two posts claiming one part of a series is an error. */
    private static List<Series> series(List<RenderedDocument> posts, Diagnostics diagnostics) {
        Map<String, List<RenderedDocument>> bySlug = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (RenderedDocument post : posts) {
            String name = post.doc().series();
            if (name != null) {
                bySlug.computeIfAbsent(Slugs.slugify(name), s -> new ArrayList<>()).add(post);
                names.merge(Slugs.slugify(name), name, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        List<Series> series = new ArrayList<>();
        bySlug.forEach((slug, members) -> {
            List<RenderedDocument> ordered = members.stream().sorted(SERIES_ORDER).toList();
            Map<Integer, RenderedDocument> parts = new HashMap<>();
            for (RenderedDocument post : ordered) {
                int part = post.doc().seriesPart();
                RenderedDocument other = part == 0 ? null : parts.putIfAbsent(part, post);
                if (other != null) {
                    diagnostics.error(post.doc().positionOf("series_part"), "part " + part + " of the series `"
                                    + names.get(slug) + "` is already " + other.doc().source().toString().replace('\\', '/'),
                            "give each post of a series its own series_part");
                }
            }
            series.add(new Series(names.get(slug), slug, Series.url(slug), ordered));
        });
        return series;
    }

    private static List<TagGroup> tags(List<RenderedDocument> posts) {
        Map<String, List<RenderedDocument>> bySlug = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        // A site has few tags and many posts: each spelling is made a slug once.
        Map<String, String> slugs = new HashMap<>();
        for (RenderedDocument post : posts) {
            for (String tag : post.doc().tags()) {
                String slug = slugs.computeIfAbsent(tag, Slugs::slugify);
                List<RenderedDocument> list = bySlug.computeIfAbsent(slug, s -> new ArrayList<>());
                // Two spellings of one tag ("AI", "ai") on one post must list it once; posts come in
                // order, so a repeat can only be the last one added.
                if (list.isEmpty() || list.get(list.size() - 1) != post) {
                    list.add(post);
                }
                names.merge(slug, tag, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        List<TagGroup> groups = new ArrayList<>();
        bySlug.forEach((slug, list) -> groups.add(new TagGroup(names.get(slug), slug, tagUrl(slug), list)));
        return groups;
    }

    public static String tagUrl(String slug) {
        return "/tags/" + slug + "/";
    }
}
