package org.essaykit.markdown;

import org.commonmark.node.CustomNode;

/**
 * A figure's caption, the image's title read as inline Markdown (emphasis, code, links, wikilinks, math): the
 * last child of its {@link Figure}, rendered inside {@code <figcaption>} after the figure's number.
 */
final class FigureCaption extends CustomNode {
}
