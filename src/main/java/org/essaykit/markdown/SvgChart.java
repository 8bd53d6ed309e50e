package org.essaykit.markdown;

import org.essaykit.sim.Readout;
import org.essaykit.sim.Readouts;

import java.util.List;

/**
 * A line chart of a run as inline SVG, for readers without JavaScript and for the feed. Each line is scaled
 * to its own range, as the page's canvas does. Deterministic: coordinates are rounded by integer arithmetic.
 */
final class SvgChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    private static final int PAD = 6;
    private static final int LEGEND = 18;
    /** The same colours, in the same order, as the canvas in the page. */

    private SvgChart() {
    }

    static String render(List<Readout> history, String title) {
        List<String> names = Readouts.charted(history.get(0).names());
        int steps = Math.max(1, history.size() - 1);
        double plotHeight = HEIGHT - 2 * PAD - LEGEND;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"sim-svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.append("<rect x=\"0.5\" y=\"0.5\" width=\"").append(WIDTH - 1).append("\" height=\"").append(HEIGHT - 1)
                .append("\" fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.2\"/>");
        for (int k = 0; k < names.size(); k++) {
            String name = names.get(k);
            Readouts.Range range = Readouts.range(history, name);
            svg.append("<polyline fill=\"none\" stroke-width=\"1.5\" stroke=\"").append(Readouts.colour(k))
                    .append("\" points=\"");
            for (int i = 0; i < history.size(); i++) {
                double x = PAD + (WIDTH - 2.0 * PAD) * i / steps;
                double y = PAD + LEGEND + plotHeight - plotHeight * range.fraction(history.get(i).value(name));
                svg.append(i == 0 ? "" : " ").append(coordinate(x)).append(',').append(coordinate(y));
            }
            svg.append("\"/>");
            svg.append("<text x=\"").append(PAD + k * (WIDTH - 2 * PAD) / names.size()).append("\" y=\"").append(PAD + 11)
                    .append("\" font-size=\"10\" fill=\"").append(Readouts.colour(k)).append("\">")
                    .append(escape(name)).append("</text>");
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
