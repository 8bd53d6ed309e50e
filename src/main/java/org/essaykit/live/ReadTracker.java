package org.essaykit.live;

import org.essaykit.render.Templates;

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
 * aside. The live layer registers one with the templates of its session ({@link Templates}); a build's templates
 * have none.
 */
final class ReadTracker extends AbstractExtension implements AttributeResolver {

    /** The reads of the page this thread is rendering; none while it renders nothing (or outside a live build). */
    private final ThreadLocal<Set<ViewKeys.Read>> reads = new ThreadLocal<>();
    private final ViewAccessors accessors;

    ReadTracker(ViewAccessors accessors) {
        this.accessors = accessors;
    }

    /** Runs {@code render} on this thread, adding every read of a keyed view to {@code into}. */
    <T, E extends Exception> T recording(Set<ViewKeys.Read> into, Rendering<T, E> render) throws E {
        reads.set(into);
        try {
            return render.run();
        } finally {
            reads.remove();
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
        Set<ViewKeys.Read> into = reads.get();
        ViewKeys.Key key = into == null || instance == null ? null : ViewKeys.of(instance);
        if (key == null) {
            return null;
        }
        String name = String.valueOf(attributeName);
        Method accessor = argumentValues == null || argumentValues.length == 0 ? accessors.accessor(instance, name) : null;
        if (accessor == null) {
            // A method call or a name that is no component: Pebble resolves it; count it as reading everything.
            into.add(new ViewKeys.Read(key, ViewKeys.WHOLE));
            return null;
        }
        into.add(new ViewKeys.Read(key, name));
        return new ResolvedAttribute(ViewAccessors.invoke(accessor, instance));
    }
}
