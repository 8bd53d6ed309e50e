package org.essaykit.markdown;

import org.commonmark.node.CustomBlock;

/** Where kramdown's {@code {:toc}} list stood: the body's table of contents, made from its headings' ids. */
final class KramdownToc extends CustomBlock {
}
