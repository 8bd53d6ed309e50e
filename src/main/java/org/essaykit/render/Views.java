package org.essaykit.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import org.essaykit.markdown.TocEntry;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What templates see. Every URL in a view already carries the site's base path, so a template can
 * write {@code href="{{ post.url }}"} and be right on a project site too.
 */
public final class Views {

    private Views() {
    }

    /** What every page has, whatever its kind: the base template relies only on this. */
    public interface PageInfo {
        /** post, page, home, tag, tags, archive or 404. */
        String kind();

        String title();

        String url();

        String absoluteUrl();

        String description();
    }

    public record SiteView(String title, String description, String url, String baseurl, String author,
                           String language, List<NavView> navigation, List<TagView> tags, int postCount,
                           String feedUrl, int previewShards, Map<String, List<Map<String, Object>>> data,
                           Giscus giscus, Map<String, Object> params) {
    }

    /** Live discussion through giscus (GitHub Discussions), when site.yaml configures it; else null. */
    public record Giscus(String repo, String repoId, String category, String categoryId) {
    }

    public record NavView(String title, String url) {
    }

    /** A date in the forms templates need; {@code value} for Pebble's date filter. */
    public record DateView(OffsetDateTime value, String iso, String display, String rfc3339, int year) {
    }

    public record TagRef(String name, String url) {
    }

    public record TagView(String name, String slug, String url, int count, List<PostView> posts) {
    }

    public record YearGroup(String label, List<PostView> posts) {
    }

    /** A link to a neighbouring post. */
    public record PostLink(String title, String url) {
    }

    /**
     * A post or a page, with its rendered body. {@code backlinks} holds at most 50 of the
     * {@code backlinkCount} pages linking here; {@code backlinksUrl} is the page listing them all, null when all are
     * shown.
     */
    public record PostView(String kind, String title, String subtitle, String url, String absoluteUrl,
                           DateView date, DateView modified, List<TagRef> tags, List<String> categories,
                           String author,
                           String description, String summary, SafeString content, List<TocEntry> toc,
                           int wordCount, int readingMinutes, List<String> aliases, SeriesRef series,
                           List<BacklinkView> backlinks, int backlinkCount, String backlinksUrl,
                           Map<String, Object> params, String source, int commentCount, List<CommentView> comments,
                           boolean liveComments)
            implements PageInfo {
    }

    /**
     * One archived comment and the replies shown under it.
     *
     * @param anchor    the element id, {@code comment-<id>}
     * @param url       the comment's permalink: the post's URL with {@code #comment-<id>}
     * @param author    the commenter's name, or null when the thread does not name them
 * @param op        written by the post's author
     * @param date      null when unknown
     * @param score     null when unknown
     * @param source    where it was first published, or null
     * @param body      sanitised HTML of the untrusted Markdown body
     * @param inReplyTo the comment it answers, or null for a top-level comment
     * @param depth     0 at the top level; replies deeper than the display cap share the cap's depth
     */
    public record CommentView(String id, String anchor, String url, String author, boolean op, DateView date, Long score,
                              String source, SafeString body, CommentRef inReplyTo, int depth,
                              List<CommentView> replies) {
    }

    /**
     * A link to another comment of the same page.
     *
     * @param excerpt the first words of that comment when the reply is not shown under it (past the nesting cap),
     *                so a reader sees what it answers; else null
     */
    public record CommentRef(String anchor, String author, boolean op, String excerpt) {
    }

    /** Where a post stands in its series: "part 2 of 4", with the parts before and after (null at the ends). */
    public record SeriesRef(String name, String url, int part, int total, PostLink previous, PostLink next) {
    }

    /** A series and its posts in reading order. */
    public record SeriesView(String name, String url, List<PostView> posts) {
    }

    /** A page that links here, with the words around its link. */
    public record BacklinkView(String kind, String title, String url, String context) {
    }

    /**
     * The image a page shows when its link is shared (og:image, twitter:image).
     *
     * @param url    absolute, as forums fetch it
     * @param width  in pixels; 0 when unknown (an image named in site.yaml or front matter)
     * @param height in pixels; 0 when unknown
     * @param alt    what the image shows, for readers who cannot see it
     */
    public record CardView(String url, int width, int height, String alt) {
    }

    /**
     * Where a page stands among the pages of a list (Jekyll's {@code paginator}, in the camelCase of our other
     * views): every list page that can span several pages has one, also when it has only one.
     *
     * @param page             this page's number, from 1
     * @param perPage          items per page; the number of items when the list is not paginated
     * @param totalPages       at least 1
     * @param totalPosts       items in the whole list
     * @param firstItem        the number of this page's first item, from 1 (an ordered list's {@code start})
     * @param previousPagePath null on the first page; like every URL of a view, with the base path
     * @param nextPagePath     null on the last page
     * @param links            the pages to link to: the first, the last and those around this one, with gaps between
     */
    public record PagerView(int page, int perPage, int totalPages, int totalPosts, int firstItem,
                            String previousPagePath, String nextPagePath, List<PageLink> links) {
        public PagerView {
            links = List.copyOf(links);
        }
    }

    /** One entry of a pager: a page's number and URL, or a gap (shown as an ellipsis) where pages are left out. */
    public record PageLink(int number, String url, boolean current, boolean gap) {
    }

    /** A page made of lists of posts: home, tag pages, the archive, 404. */
    public record ListPageView(String kind, String title, String url, String absoluteUrl, String description)
            implements PageInfo {
    }
}
