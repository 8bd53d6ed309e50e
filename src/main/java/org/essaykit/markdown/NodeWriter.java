package org.essaykit.markdown;

import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlNodeRendererFactory;

import java.util.Set;

/**
 * A node renderer made of one method: most of our nodes are written with nothing but the renderer's context, so
 * each is a method {@code (node, context) -> ...} registered by {@link #of} rather than a class holding the context.
 */
final class NodeWriter<T extends Node> implements NodeRenderer {

    /** Writes one node of the types it was registered for. */
    interface Writing<T extends Node> {
        void write(T node, HtmlNodeRendererContext context);
    }

    private final HtmlNodeRendererContext context;
    private final Set<Class<? extends Node>> types;
    private final Writing<T> writing;

    private NodeWriter(HtmlNodeRendererContext context, Set<Class<? extends Node>> types, Writing<T> writing) {
        this.context = context;
        this.types = types;
        this.writing = writing;
    }

    /** The renderer of nodes of exactly this class (CommonMark finds renderers by a node's own class). */
    static <T extends Node> HtmlNodeRendererFactory of(Class<T> type, Writing<T> writing) {
        return context -> new NodeWriter<>(context, Set.of(type), writing);
    }

    /** The renderer of nodes of these classes, which tells them apart itself. */
    @SafeVarargs
    static HtmlNodeRendererFactory of(Writing<Node> writing, Class<? extends Node>... types) {
        return context -> new NodeWriter<>(context, Set.of(types), writing);
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return types;
    }

    @Override
    @SuppressWarnings("unchecked") // CommonMark hands a renderer only nodes of the types it names
    public void render(Node node) {
        writing.write((T) node, context);
    }

    /** Renders each child of {@code node}, in order (a child may take itself out of the tree as it renders). */
    static void children(Node node, HtmlNodeRendererContext context) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
    }
}
