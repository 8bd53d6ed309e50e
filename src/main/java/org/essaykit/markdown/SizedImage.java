package org.essaykit.markdown;

import org.commonmark.node.Image;

/** A local image whose size was read from its file: rendered with {@code width} and {@code height}, and a {@code srcset} when it has smaller copies. */
final class SizedImage extends Image {

    private final int width;
    private final int height;
    private final String srcset;

    /** @param srcset the smaller copies and the image itself, or null when it has none */
    SizedImage(String destination, String title, int width, int height, String srcset) {
        super(destination, title);
        this.width = width;
        this.height = height;
        this.srcset = srcset;
    }

    String srcset() {
        return srcset;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }
}
