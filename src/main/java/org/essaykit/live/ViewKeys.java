package org.essaykit.live;

import org.essaykit.render.Views;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Names the views that many pages share (a post's view, a tag, the site, a series, a year of a page of the archive)
 * so that what a template reads of them can be recorded and compared between two builds.
 *
 * <p>A keyed view is compared by key when it appears inside another value: what a page shows of it is covered
 * by the reads of its own attributes, which are recorded separately. Everything else is compared by value.
 */
public final class ViewKeys {

    /** Stands for "the whole view", for reads that are not one of its record components. */
    public static final String WHOLE = "*";

    private ViewKeys() {
    }

    /** One view of one build: its type and what identifies it (a post's source path, a tag's slug...). */
    public record Key(Class<?> type, String id) {
    }

    /** One attribute of one keyed view, read by a template. */
    public record Read(Key view, String attribute) {
    }

    /** The key of a shared view, or null for a plain value. */
    public static Key of(Object value) {
        if (value instanceof Views.PostView post) {
            return new Key(Views.PostView.class, post.source());
        } else if (value instanceof Views.TagView tag) {
            return new Key(Views.TagView.class, tag.slug());
        } else if (value instanceof Views.SiteView) {
            return new Key(Views.SiteView.class, "");
        } else if (value instanceof Views.SeriesView series) {
            return new Key(Views.SeriesView.class, series.url());
        } else if (value instanceof Views.YearGroup year) {
            // A year can span two pages of the archive: its part on each page is named by its first post.
            return new Key(Views.YearGroup.class, year.label() + "\n"
                    + (year.posts().isEmpty() ? "" : year.posts().get(0).source()));
        }
        return null;
    }

    /** Whether a template reading {@code a} and one reading {@code b} see the same thing (keyed views by key). */
    public static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        // Lists and maps of different classes (List.of, ArrayList...) look alike to templates.
        if (a instanceof List<?> x && b instanceof List<?> y) {
            return sameInOrder(x.iterator(), y.iterator(), x.size() == y.size());
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            // Templates iterate maps in order, so order counts.
            return sameInOrder(x.entrySet().iterator(), y.entrySet().iterator(), x.size() == y.size());
        }
        if (a instanceof Map.Entry<?, ?> x && b instanceof Map.Entry<?, ?> y) {
            return Objects.equals(x.getKey(), y.getKey()) && same(x.getValue(), y.getValue());
        }
        if (a.getClass() != b.getClass()) {
            return false;
        }
        Key key = of(a);
        if (key != null) {
            return key.equals(of(b));
        }
        // The other views (dates, links, comments...) hold no keyed view: plain equality says it all.
        return a.equals(b);
    }

    private static boolean sameInOrder(Iterator<?> x, Iterator<?> y, boolean sameSize) {
        if (!sameSize) {
            return false;
        }
        while (x.hasNext()) {
            if (!same(x.next(), y.next())) {
                return false;
            }
        }
        return true;
    }
}
