package org.essaykit.render;

import org.essaykit.content.SiteConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * How a list is split into pages: page 1 stays at the list's own URL, page N is at the list's URL followed by
 * {@code paginate_path} with N for {@code :num} ({@code /tags/x/page/2/}). There is no page at {@code /page/1/},
 * as with Jekyll: nothing links there.
 *
 * @param perPage items per page; 0 puts the whole list on one page
 */
record Pagination(SiteConfig config, int perPage) {

    /** Lists that show a line or two per item (archive, series, concepts, backlinks) take this many times more. */
    static final int LONG_LIST_FACTOR = 10;

    /** Pages on either side of the current one that the pager links to, besides the first and the last. */
    private static final int AROUND = 2;

    /** The home and tag pages: {@code paginate} posts per page. */
    static Pagination ofPosts(SiteConfig config) {
        return new Pagination(config, config.paginate());
    }

    /** Lists of titles with a line each. */
    static Pagination ofLongLists(SiteConfig config) {
        return new Pagination(config, config.paginate() * LONG_LIST_FACTOR);
    }

    int pages(int items) {
        return perPage == 0 || items <= perPage ? 1 : (items + perPage - 1) / perPage;
    }

    /** The items of page {@code number} (from 1). */
    <T> List<T> slice(List<T> items, int number) {
        if (pages(items.size()) == 1) {
            return items;
        }
        int from = (number - 1) * perPage;
        return List.copyOf(items.subList(from, Math.min(items.size(), from + perPage)));
    }

    /** The site path of page {@code number} of the list at {@code listUrl}. */
    String url(String listUrl, int number) {
        if (number == 1) {
            return listUrl;
        }
        return folderOf(listUrl) + config.paginatePath().replace(":num", Integer.toString(number));
    }

    /** The folder a page's own pages go under: {@code /x/} for {@code /x/}, {@code /x/} for {@code /x.html}. */
    static String folderOf(String url) {
        return url.endsWith("/") ? url : url.replaceFirst("\\.html$", "") + "/";
    }

    Views.PagerView pager(String listUrl, int number, int items) {
        int total = pages(items);
        TreeSet<Integer> shown = new TreeSet<>(List.of(1, total));
        for (int n = Math.max(1, number - AROUND); n <= Math.min(total, number + AROUND); n++) {
            shown.add(n);
        }
        List<Views.PageLink> links = new ArrayList<>();
        int before = 0;
        for (int n : shown) {
            if (n - before == 2) { // one page left out: its number takes no more room than an ellipsis
                links.add(link(listUrl, before + 1, number));
            } else if (n - before > 2) {
                links.add(new Views.PageLink(0, null, false, true));
            }
            links.add(link(listUrl, n, number));
            before = n;
        }
        return new Views.PagerView(number, total == 1 ? items : perPage, total, items,
                total == 1 ? Math.min(1, items) : (number - 1) * perPage + 1,
                number > 1 ? config.relativeUrl(url(listUrl, number - 1)) : null,
                number < total ? config.relativeUrl(url(listUrl, number + 1)) : null, links);
    }

    private Views.PageLink link(String listUrl, int n, int current) {
        return new Views.PageLink(n, config.relativeUrl(url(listUrl, n)), n == current, false);
    }
}
