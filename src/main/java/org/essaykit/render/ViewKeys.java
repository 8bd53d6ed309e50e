package org.essaykit.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

    private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

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

    /**
     * The attributes of a keyed view whose value differs between two builds ({@link #WHOLE} with any of them),
     * or all of them when the view is gone.
     */
    public static Set<String> changedAttributes(Object before, Object after) {
        Set<String> changed = new LinkedHashSet<>();
        if (before == after) {
            return changed; // views equal to the last build's are that build's objects (PagePlanner)
        }
        for (Map.Entry<String, Method> accessor : accessors(before.getClass()).entrySet()) {
            if (after == null || !same(invoke(accessor.getValue(), before), invoke(accessor.getValue(), after))) {
                changed.add(accessor.getKey());
            }
        }
        changed.add(WHOLE);
        return changed;
    }

    /** The record component {@code name} of a keyed view, or null when it has none of that name. */
    public static Method accessor(Object view, String name) {
        return accessors(view.getClass()).get(name);
    }

    public static Object invoke(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of a view", e);
        }
    }

    private static Map<String, Method> accessors(Class<?> type) {
        return ACCESSORS.computeIfAbsent(type, t -> {
            Map<String, Method> byName = new LinkedHashMap<>();
            for (RecordComponent component : t.getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                byName.put(component.getName(), accessor);
            }
            return byName;
        });
    }
}
