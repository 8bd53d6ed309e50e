package org.essaykit.render;

import org.essaykit.markdown.Excerpts;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the labels of a drawn graph so that none covers another label or a circle, and none leaves the picture.
 * Each label, in order of importance, gets the first free place of eight around its node (under it, over it, right
 * of it, left of it, then the four corners; then the same a line further out); a label with no free place is left
 * out (its node keeps its title, which browsers show on hover and screen readers read). A title wider than {@link #LINE_CHARS} characters wraps onto a second line, and
 * a longer one is cut with an ellipsis. Widths are estimated from the character count (a sans-serif character is
 * about {@link #CHAR_WIDTH} of the font size wide), with a little room to spare.
 */
final class GraphLabels {

    static final int LINE_CHARS = 22;
    static final double CHAR_WIDTH = 0.58;
    /** From a circle's edge to its label. */
    private static final double GAP = 3;
    /** Kept free around each label. */
    private static final double PAD = 1.5;

    /** Where a label's text goes: its lines, its anchor point and its alignment ({@code middle}, {@code start}, {@code end}). */
    record Label(List<String> lines, double x, double y, String anchor) {
        Label {
            lines = List.copyOf(lines);
        }
    }

    private record Rect(double left, double top, double right, double bottom) {
        boolean overlaps(Rect other) {
            return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
        }
    }

    private GraphLabels() {
    }

    /** A title as at most two lines of about {@link #LINE_CHARS} characters, broken between words. */
    static List<String> lines(String title) {
        if (title.length() <= LINE_CHARS) {
            return List.of(title);
        }
        int cut = title.lastIndexOf(' ', LINE_CHARS);
        if (cut <= 0) {
            cut = LINE_CHARS;
        }
        String first = title.substring(0, cut).strip();
        String rest = title.substring(cut).strip();
        return List.of(first, rest.length() <= LINE_CHARS ? rest : Excerpts.shorten(rest, LINE_CHARS - 1));
    }

    /** The widest line's estimated width. */
    static double width(List<String> lines, double font) {
        int chars = 0;
        for (String line : lines) {
            chars = Math.max(chars, line.length());
        }
        return chars * CHAR_WIDTH * font;
    }

    /**
     * Labels for the nodes, in the order given by {@code priority} (indexes into the arrays), null where a label
     * is not wanted or finds no place.
     *
     * @param titles null for a node drawn without a label
     */
    static Label[] place(double[] xy, double[] radius, String[] titles, int[] priority, double font,
                         double width, double height) {
        int n = radius.length;
        List<Rect> taken = new ArrayList<>(2 * n);
        for (int i = 0; i < n; i++) {
            taken.add(new Rect(xy[2 * i] - radius[i], xy[2 * i + 1] - radius[i], xy[2 * i] + radius[i],
                    xy[2 * i + 1] + radius[i]));
        }
        Label[] labels = new Label[n];
        for (int i : priority) {
            if (titles[i] == null) {
                continue;
            }
            List<String> lines = lines(titles[i]);
            double w = width(lines, font);
            double h = lines.size() * font * 1.2;
            labels[i] = firstFree(xy[2 * i], xy[2 * i + 1], radius[i], lines, font, taken, i, width, height);
        }
        return labels;
    }

    /** The first free place near the node, close to it first, then a line further out; null when none is free. */
    private static Label firstFree(double x, double y, double r, List<String> lines, double font, List<Rect> taken,
                                   int own, double width, double height) {
        double w = width(lines, font);
        double h = lines.size() * font * 1.2;
        for (double gap : new double[] {GAP, GAP + font}) {
            double d = r * 0.7 + gap;
            Rect[] places = {
                new Rect(x - w / 2, y + r + gap, x + w / 2, y + r + gap + h),
                new Rect(x - w / 2, y - r - gap - h, x + w / 2, y - r - gap),
                new Rect(x + r + gap, y - h / 2, x + r + gap + w, y + h / 2),
                new Rect(x - r - gap - w, y - h / 2, x - r - gap, y + h / 2),
                new Rect(x + d, y + d, x + d + w, y + d + h),
                new Rect(x - d - w, y + d, x - d, y + d + h),
                new Rect(x + d, y - d - h, x + d + w, y - d),
                new Rect(x - d - w, y - d - h, x - d, y - d),
            };
            for (int p = 0; p < places.length; p++) {
                Rect place = places[p];
                Rect padded = new Rect(place.left - PAD, place.top - PAD, place.right + PAD, place.bottom + PAD);
                if (inside(place, width, height) && free(padded, taken, own)) {
                    taken.add(place);
                    String anchor = p < 2 ? "middle" : p % 2 == 0 ? "start" : "end";
                    double anchorX = anchor.equals("start") ? place.left : anchor.equals("end") ? place.right : x;
                    // The first baseline: the ascent of a line below the top of its box.
                    return new Label(lines, anchorX, place.top + font * 0.9, anchor);
                }
            }
        }
        return null;
    }

    private static boolean inside(Rect place, double width, double height) {
        return place.left >= 0 && place.top >= 0 && place.right <= width && place.bottom <= height;
    }

    /** Free of every taken rectangle but the node's own circle (the first {@code n} are circles, in node order). */
    private static boolean free(Rect place, List<Rect> taken, int own) {
        for (int k = 0; k < taken.size(); k++) {
            if (k != own && place.overlaps(taken.get(k))) {
                return false;
            }
        }
        return true;
    }
}
