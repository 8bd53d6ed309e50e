package org.essaykit.live;


import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The record components of the keyed views ({@link ViewKeys}), read by reflection: what the read tracking resolves a
 * template's attribute with, and what a rebuild compares between two builds' views. One per serve session (owned by
 * its page cache), looked up once per view class: the classes are our view records, so it holds a few dozen entries.
 */
final class ViewAccessors {

    private final Map<Class<?>, Map<String, Method>> byClass = new ConcurrentHashMap<>();

    /** The record component {@code name} of a keyed view, or null when it has none of that name. */
    Method accessor(Object view, String name) {
        return accessors(view.getClass()).get(name);
    }

    /**
     * The attributes of a keyed view whose value differs between two builds ({@link ViewKeys#WHOLE} with any of
     * them), or all of them when the view is gone.
     */
    Set<String> changedAttributes(Object before, Object after) {
        Set<String> changed = new LinkedHashSet<>();
        if (before == after) {
            return changed; // views equal to the last build's are that build's objects (LiveViews.shared)
        }
        for (Map.Entry<String, Method> accessor : accessors(before.getClass()).entrySet()) {
            if (after == null || !ViewKeys.same(invoke(accessor.getValue(), before), invoke(accessor.getValue(), after))) {
                changed.add(accessor.getKey());
            }
        }
        changed.add(ViewKeys.WHOLE);
        return changed;
    }

    static Object invoke(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of a view", e);
        }
    }

    private Map<String, Method> accessors(Class<?> type) {
        return byClass.computeIfAbsent(type, t -> {
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
