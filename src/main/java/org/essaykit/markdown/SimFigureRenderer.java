package org.essaykit.markdown;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.essaykit.sim.host.Chart;
import org.essaykit.sim.Param;
import org.essaykit.sim.Readout;
import org.essaykit.sim.host.Readouts;
import org.essaykit.sim.Simulation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.essaykit.markdown.EssayMarkdownExtension.attributes;

/**
 * A {@code ```sim NAME} block as a figure: controls, a canvas and a live read-out that the browser bundle
 * ({@code org.essaykit.sim.web}) wires up, and the default run as SVG and numbers for readers without
 * JavaScript and for the feed. Other fenced blocks are code ({@link CodeBlockRenderer}); a broken sim block (a build
 * error, see {@link SimEmbeds}) too.
 */
final class SimFigureRenderer {

    private SimFigureRenderer() {
    }

    /** @param runs the default runs of the simulations, which the facts pass ran before the page renders */
    static void write(FencedCodeBlock block, SimRuns runs, HtmlNodeRendererContext context) {
        // The facts pass ran the figure first and reported a block that fails: such a page is never written.
        SimEmbed embed = SimEmbed.isSim(block) ? SimEmbed.runDefault(block, runs).embed() : null;
        if (embed == null) {
            CodeBlockRenderer.write(block, context);
            return;
        }
        Simulation simulation = embed.simulation();
        HtmlWriter html = context.getWriter();
        html.line();
        FigureAnchor anchor = block.getPrevious() instanceof FigureAnchor a ? a : null;
        Map<String, String> figure = attributes("class", "sim", "data-sim", simulation.name(),
                "data-seed", Long.toString(embed.settings().seed()),
                "data-steps", Integer.toString(simulation.defaultSteps()),
                "data-settings", embed.overrides().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";")));
        if (anchor != null) {
            figure.put("id", anchor.numbering().id());
        }
        html.tag("figure", figure);
        controls(html, embed);
        html.tag("div", attributes("class", "sim-static"));
        List<Readout> history = runs.history(embed);
        html.raw(SvgChart.render(simulation, history));
        html.tag("/div");
        html.tag("canvas", attributes("class", "sim-canvas", "width", Integer.toString((int) Chart.WIDE),
                "height", Integer.toString(SvgChart.height(simulation, Chart.WIDE)), "hidden", ""));
        html.tag("/canvas");
        readout(html, embed, history.get(history.size() - 1));
        html.tag("figcaption");
        FigureRenderer.label(html, anchor == null ? null : anchor.numbering(), true);
        if (block.getLastChild() instanceof FigureCaption caption) {
            // The post's own words for the figure, then where the model comes from.
            NodeWriter.children(caption, context);
            html.text(" Source: " + simulation.source() + ".");
        } else {
            html.tag("strong");
            // A title that ends in its own mark ("the coin or the corner?") takes no full stop.
            String title = simulation.title();
            html.text(title.matches(".*[.?!]$") ? title : title + ".");
            html.tag("/strong");
            html.text(" " + simulation.description() + " Source: " + simulation.source() + ".");
        }
        html.tag("/figcaption");
        html.tag("/figure");
        html.line();
    }

    /** Hidden until the bundle mounts the figure: without JavaScript they would do nothing. */
    private static void controls(HtmlWriter html, SimEmbed embed) {
        html.tag("div", attributes("class", "sim-controls", "hidden", ""));
        for (String action : List.of("run", "pause", "step", "reset")) {
            html.tag("button", attributes("type", "button", "data-action", action));
            html.text(Character.toUpperCase(action.charAt(0)) + action.substring(1));
            html.tag("/button");
        }
        if (embed.offers("seed")) {
            input(html, "number", "seed", "Seed", embed.settings().seed() + "", "0", "1000000000", "1");
        } else {
            kept(html, "seed", Long.toString(embed.settings().seed()));
        }
        for (Param param : embed.simulation().params()) {
            String value = embed.settings().values().get(param.name());
            if (!embed.offers(param.name())) {
                if (embed.overrides().containsKey(param.name())) {
                    kept(html, param.name(), value);
                }
            } else if (param.kind() == Param.Kind.CHOICE) {
                html.tag("label");
                html.tag("span");
                html.text(param.label());
                html.tag("/span");
                html.tag("select", attributes("data-param", param.name(), "data-value", value));
                for (String choice : param.choices()) {
                    html.tag("option", choice.equals(value) ? attributes("value", choice, "selected", "") : attributes("value", choice));
                    html.text(choice);
                    html.tag("/option");
                }
                html.tag("/select");
                html.tag("/label");
            } else {
                input(html, "range", param.name(), param.label(), value, number(param.min()), number(param.max()),
                        number(param.step()));
            }
        }
        html.tag("/div");
    }

    /** A setting a compact figure does not offer but keeps: the bundle reads it like any control's value. */
    private static void kept(HtmlWriter html, String name, String value) {
        html.tag("input", attributes("type", "hidden", "data-param", name, "data-value", value, "value", value), true);
    }

    /**
     * {@code data-value} holds the exact text, so a run starts from the build's settings, not a slider's rounding.
     * A slider's {@code <output>} sits next to its label, not in it: a label may hold one control only.
     */
    private static void input(HtmlWriter html, String type, String name, String label, String value, String min,
                              String max, String step) {
        html.tag("span", attributes("class", "sim-param"));
        html.tag("label");
        html.tag("span");
        html.text(label);
        html.tag("/span");
        html.tag("input", attributes("type", type, "data-param", name, "data-value", value, "value", value, "min", min,
                "max", max, "step", step), true);
        html.tag("/label");
        if (type.equals("range")) {
            html.tag("output");
            html.text(value);
            html.tag("/output");
        }
        html.tag("/span");
    }

    private static void readout(HtmlWriter html, SimEmbed embed, Readout last) {
        Simulation simulation = embed.simulation();
        html.tag("dl", attributes("class", "sim-readout"));
        for (String name : last.names()) {
            if (!embed.shows(name)) {
                continue;
            }
            String colour = Chart.colour(simulation.chart(), name);
            html.tag("div");
            // A charted read-out's label has its line's colour (the theme's), as its name over the chart has.
            html.tag("dt", colour == null ? attributes() : attributes("style", "color: " + Chart.themed(colour)));
            html.text(simulation.label(name));
            html.tag("/dt");
            html.tag("dd", attributes("data-readout", name));
            html.text(Readouts.format(last.value(name)));
            html.tag("/dd");
            html.tag("/div");
        }
        html.tag("/dl");
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
