package org.essaykit.markdown;

import org.essaykit.sim.host.Chart;
import org.essaykit.sim.Readout;
import org.essaykit.sim.Simulation;

import java.util.List;

/**
 * A run's chart as inline SVG, for readers without JavaScript and for the feed: the marks of
 * {@link Chart}, which the page's canvas draws too. Deterministic: coordinates are rounded by integer
 * arithmetic.
 */
final class SvgChart {

    /** Narrower than most columns, so the text stays readable when the SVG is scaled down to a phone. */

    /** SVG's text-anchor for Chart.Anchor START, MIDDLE and END, closing the attribute before it. */
    private static final String[] ANCHORS = {"", "\" text-anchor=\"middle", "\" text-anchor=\"end"};

    private SvgChart() {
    }

    /** The chart's height in its own units at a layout width ({@link Chart#NARROW} or {@link Chart#WIDE}). */
    static int height(Simulation simulation, double width) {
        return (int) Math.ceil(Chart.height(simulation.chart(), simulation::label, width));
    }

    /**
     * The chart twice, at {@link Chart#NARROW} for phones and {@link Chart#WIDE} for wider screens (the theme shows
     * one); the page's canvas draws the one showing, at the same size, so nothing moves when it takes over.
     */
    static String render(Simulation simulation, List<Readout> history) {
        return render(simulation, history, Chart.NARROW, "sim-svg sim-svg-narrow")
                + render(simulation, history, Chart.WIDE, "sim-svg sim-svg-wide");
    }

    private static String render(Simulation simulation, List<Readout> history, double width, String classes) {
        int height = height(simulation, width);
        String title = simulation.title();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"").append(classes).append("\" viewBox=\"0 0 ").append((int) width).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(escape(title))
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"").append((int) Chart.FONT)
                .append("\" font-family=\"sans-serif\">");
        for (Chart.Mark mark : Chart.marks(simulation.chart(), simulation::label, history, history.size() - 1, width)) {
            if (mark instanceof Chart.Line line) {
                svg.append("<line x1=\"").append(coordinate(line.x1())).append("\" y1=\"").append(coordinate(line.y1()))
                        .append("\" x2=\"").append(coordinate(line.x2())).append("\" y2=\"").append(coordinate(line.y2()))
                        .append(line.stroke() == Chart.Stroke.AXIS ? "\" stroke=\"currentColor\"/>"
                                : "\" stroke=\"currentColor\" stroke-opacity=\"0.15\"/>");
            } else if (mark instanceof Chart.Series series) {
                svg.append("<polyline fill=\"none\" stroke-width=\"1.5\" style=\"stroke: ")
                        .append(Chart.themed(series.colour())).append("\" points=\"");
                for (int i = 0; i < series.xs().size(); i++) {
                    svg.append(i == 0 ? "" : " ").append(coordinate(series.xs().get(i))).append(',')
                            .append(coordinate(series.ys().get(i)));
                }
                svg.append("\"/>");
            } else if (mark instanceof Chart.Label label) {
                svg.append("<text x=\"").append(coordinate(label.x())).append("\" y=\"").append(coordinate(label.y()))
                        .append(Chart.TEXT.equals(label.colour()) ? "\" fill=\"currentColor"
                                : "\" style=\"fill: " + Chart.themed(label.colour()))
                        .append(ANCHORS[label.anchor().ordinal()])
                        .append("\">").append(escape(label.text())).append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** One decimal, by integer arithmetic, so output never depends on locale or formatting. */
    private static String coordinate(double value) {
        long tenths = Math.round(value * 10);
        return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
