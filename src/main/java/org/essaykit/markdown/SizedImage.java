package org.essaykit.markdown;

import org.commonmark.node.Image;

/** A local image whose size was read from its file: rendered with {@code width} and {@code height}. */
final class SizedImage extends Image {

    private final int width;
    private final int height;

    SizedImage(String destination, String title, int width, int height) {
        super(destination, title);
        this.width = width;
        this.height = height;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }
}
