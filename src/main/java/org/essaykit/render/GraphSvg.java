package org.essaykit.render;

import java.util.Locale;

/** The SVG of a concept graph's picture ({@link ConceptGraph}): its frame, edges and nodes, numbers to a tenth. */
final class GraphSvg {

    private GraphSvg() {
    }

    static StringBuilder open(String cssClass, ForceLayout.Box box, String titleId, String title) {
        String w = String.valueOf((int) box.width());
        String h = String.valueOf((int) box.height());
        return new StringBuilder().append("<svg class=\"").append(cssClass).append("\" viewBox=\"0 0 ").append(w)
                .append(' ').append(h).append("\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" role=\"group\" aria-labelledby=\"").append(titleId).append("\"><title id=\"")
                .append(titleId).append("\">").append(Html.escape(title)).append("</title>\n");
    }

    static void edges(StringBuilder svg, LinkGraph drawn, double[] xy) {
        svg.append("<g class=\"edges\">\n");
        for (int e = 0; e < drawn.edgeCount(); e++) {
            int a = drawn.edgeFrom(e);
            int b = drawn.edgeTo(e);
            svg.append("<line x1=\"").append(num(xy[2 * a])).append("\" y1=\"").append(num(xy[2 * a + 1]))
                    .append("\" x2=\"").append(num(xy[2 * b])).append("\" y2=\"").append(num(xy[2 * b + 1]))
                    .append("\"/>\n");
        }
        svg.append("</g>\n");
    }

    /**
     * A node as a link to its page, sized by all its links in the site, with its label where one found room (its
     * title shows on hover either way). The concept a picture is about is drawn, unlinked, as the current page.
     */
    static void node(StringBuilder svg, String title, String url, boolean concept, double x, double y, double r,
                     GraphLabels.Label label, boolean current) {
        String kind = concept ? "concept" : "post";
        if (current) {
            svg.append("<g class=\"").append(kind).append(" current\">");
        } else {
            svg.append("<a href=\"").append(Html.escape(url)).append("\" class=\"").append(kind).append("\">");
        }
        svg.append("<title>").append(Html.escape(title)).append("</title><circle cx=\"").append(num(x))
                .append("\" cy=\"").append(num(y)).append("\" r=\"").append(num(r)).append("\"/>");
        if (label != null) {
            svg.append("<text x=\"").append(num(label.x())).append("\" y=\"").append(num(label.y()))
                    .append("\" text-anchor=\"").append(label.anchor()).append('"');
            if (label.lines().size() == 1) {
                svg.append('>').append(Html.escape(label.lines().get(0)));
            } else {
                // The title as one accessible name; the lines are only how it is drawn.
                svg.append(" aria-hidden=\"true\">");
                for (int k = 0; k < label.lines().size(); k++) {
                    svg.append("<tspan x=\"").append(num(label.x())).append('"')
                            .append(k == 0 ? "" : " dy=\"1.2em\"").append('>')
                            .append(Html.escape(label.lines().get(k))).append("</tspan>");
                }
            }
            svg.append("</text>");
        }
        svg.append(current ? "</g>\n" : "</a>\n");
    }

    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
