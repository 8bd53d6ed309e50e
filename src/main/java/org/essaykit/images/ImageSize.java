package org.essaykit.images;

/** An image's intrinsic size in CSS pixels, as its file's header says (an SVG's width/height or viewBox). */
public record ImageSize(int width, int height) {
}
