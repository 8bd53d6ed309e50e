package org.essaykit.render;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

/**
 * Records which attributes of the shared views ({@link ViewKeys}) a template reads while it renders one page,
 * so that an incremental rebuild renders a page again only when one of them changed. Pebble asks extension
 * resolvers before its own; this one answers for the record components of keyed views and otherwise steps
 * aside. Rendering without a recorder (a normal build) costs one thread-local lookup per attribute.
 */
final class ReadTracker extends AbstractExtension implements AttributeResolver {

    private static final ThreadLocal<Set<ViewKeys.Read>> READS = new ThreadLocal<>();

    /** Runs {@code render} on this thread, adding every read of a keyed view to {@code into}. */
    static <T, E extends Exception> T recording(Set<ViewKeys.Read> into, Rendering<T, E> render) throws E {
        READS.set(into);
        try {
            return render.run();
        } finally {
            READS.remove();
        }
    }

    interface Rendering<T, E extends Exception> {
        T run() throws E;
    }

    @Override
    public List<AttributeResolver> getAttributeResolver() {
        return List.of(this);
    }

    @Override
    public ResolvedAttribute resolve(Object instance, Object attributeName, Object[] argumentValues,
                                     ArgumentsNode args, EvaluationContextImpl context, String filename,
                                     int lineNumber) {
        Set<ViewKeys.Read> reads = READS.get();
        ViewKeys.Key key = reads == null || instance == null ? null : ViewKeys.of(instance);
        if (key == null) {
            return null;
        }
        String name = String.valueOf(attributeName);
        Method accessor = argumentValues == null || argumentValues.length == 0 ? ViewKeys.accessor(instance, name) : null;
        if (accessor == null) {
            // A method call or a name that is no component: Pebble resolves it; count it as reading everything.
            reads.add(new ViewKeys.Read(key, ViewKeys.WHOLE));
            return null;
        }
        reads.add(new ViewKeys.Read(key, name));
        return new ResolvedAttribute(ViewKeys.invoke(accessor, instance));
    }
}
