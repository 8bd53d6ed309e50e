package org.essaykit.sim.web;

import org.essaykit.sim.host.Chart;
import org.essaykit.sim.Readout;
import org.essaykit.sim.host.Readouts;
import org.essaykit.sim.Run;
import org.essaykit.sim.Settings;
import org.essaykit.sim.Simulation;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Wires one figure the build rendered (controls, canvas, read-out) to a run of its simulation. The figure
 * reports its state in attributes ({@code data-state}, {@code data-step}, {@code data-elapsed} and
 * {@code data-digest}, the run's {@link Readouts#digest}) so tests and readers' tools can follow it.
 */
final class SimFigure {

    /** Time per animation frame spent stepping, so slow simulations still animate and fast ones finish soon. */
    private static final double FRAME_BUDGET_MS = 12;

    private final HTMLElement figure;
    private final Simulation simulation;
    private final int steps;
    private final CanvasChart chart;
    private Run run;
    private boolean running;
    /** False until the reader first runs or steps: till then the build's SVG and numbers of the full run stay. */
    private boolean live;
    private double elapsed;

    private SimFigure(HTMLElement figure, Simulation simulation) {
        this.figure = figure;
        this.simulation = simulation;
        this.steps = Integer.parseInt(figure.getAttribute("data-steps"));
        HTMLElement canvas = figure.querySelector("canvas");
        this.chart = canvas == null ? null : new CanvasChart(canvas.cast(), simulation.chart(), simulation::label, steps);
    }

    static void mount(HTMLElement figure, List<Simulation> simulations) {
        String name = figure.getAttribute("data-sim");
        Simulation simulation = simulations.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no simulation " + name + " in this bundle"));
        SimFigure mounted = new SimFigure(figure, simulation);
        mounted.on("run", mounted::play);
        mounted.on("pause", mounted::pause);
        mounted.on("step", mounted::stepOnce);
        // Reset shows the new run's first step at once, read-out and chart, not the build's finished run.
        mounted.on("reset", () -> {
            mounted.goLive();
            mounted.reset();
        });
        NodeList<? extends HTMLElement> params = figure.querySelectorAll("[data-param]");
        for (int i = 0; i < params.getLength(); i++) {
            HTMLElement control = params.get(i);
            control.addEventListener("input", event -> mounted.moved(control));
            control.addEventListener("change", event -> mounted.moved(control));
        }
        mounted.reset();
        mounted.show(".sim-controls", true);
        Window.current().addEventListener("resize", event -> mounted.redraw());
        figure.setAttribute("data-first-frame", Long.toString(Math.round(Performance.now())));
    }

    private void show(String selector, boolean visible) {
        HTMLElement element = figure.querySelector(selector);
        if (element == null) {
            return;
        }
        if (visible) {
            element.removeAttribute("hidden");
        } else {
            element.setAttribute("hidden", "");
        }
    }

    /** A control moved: it now holds the reader's value, shown next to it, and the run starts again. */
    private void moved(HTMLElement control) {
        String value = valueOf(control);
        if (value.equals(control.getAttribute("data-value"))) {
            return;
        }
        control.setAttribute("data-value", value);
        goLive();
        // The control's label and its output share a .sim-param wrapper.
        HTMLElement label = control.getParentNode() == null ? null : control.getParentNode().cast();
        HTMLElement output = label == null || label.getParentNode() == null ? null
                : ((HTMLElement) label.getParentNode().cast()).querySelector("output");
        if (output != null) {
            output.setTextContent(value);
        }
        resetIfValid(control);
    }

    private void on(String action, Runnable handler) {
        HTMLElement button = figure.querySelector("[data-action=\"" + action + "\"]");
        if (button != null) {
            button.addEventListener("click", event -> handler.run());
        }
    }

    /**
     * A new run from the controls' values (a slider moved, the seed changed, reset pressed). They are read from
     * {@code data-value}, the exact text, not a slider's value, which the browser may round.
     */
    private void reset() {
        running = false;
        elapsed = 0;
        long seed = 1;
        Map<String, String> overrides = new LinkedHashMap<>();
        NodeList<? extends HTMLElement> params = figure.querySelectorAll("[data-param]");
        for (int i = 0; i < params.getLength(); i++) {
            HTMLElement control = params.get(i);
            String value = control.getAttribute("data-value");
            String key = control.getAttribute("data-param");
            if (key.equals("seed")) {
                seed = Long.parseLong(value.trim());
            } else {
                overrides.put(key, value);
            }
        }
        run = simulation.start(Settings.of(simulation, seed, overrides));
        if (live) {
            show(run.latest());
        }
        setState("ready");
    }

    /** A reader typing a seed passes through values that are not one (an empty field): keep the last run. */
    private void resetIfValid(HTMLElement control) {
        try {
            reset();
            control.removeAttribute("aria-invalid");
        } catch (IllegalArgumentException e) {
            running = false;
            control.setAttribute("aria-invalid", "true");
            setState("invalid");
        }
    }

    private void play() {
        if ("invalid".equals(figure.getAttribute("data-state"))) {
            return;
        }
        if (run.steps() >= steps) {
            reset();
        }
        if (!running) {
            running = true;
            setState("running");
            Window.requestAnimationFrame(time -> frame());
        }
    }

    private void pause() {
        if (running) {
            running = false;
            setState("paused");
        }
    }

    private void stepOnce() {
        pause();
        if (run.steps() < steps) {
            advance();
        }
        if (run.steps() >= steps) {
            setState("done");
        }
    }

    private void frame() {
        if (!running) {
            return;
        }
        double start = Performance.now();
        while (run.steps() < steps && Performance.now() - start < FRAME_BUDGET_MS) {
            advance();
        }
        if (run.steps() >= steps) {
            running = false;
            setState("done");
        } else {
            Window.requestAnimationFrame(time -> frame());
        }
    }

    private void advance() {
        goLive();
        double start = Performance.now();
        Readout readout = run.step();
        elapsed += Performance.now() - start;
        show(readout);
    }

    /** The live canvas and read-out replace the build's SVG and numbers. */
    private void goLive() {
        if (!live) {
            live = true;
            show("canvas", true);
            show(".sim-static", false);
        }
    }

    /** The canvas's width changed (a rotated phone, a resized window): draw the chart at the new width. */
    private void redraw() {
        if (live && chart != null) {
            chart.draw(run.history());
        }
    }

    private void show(Readout readout) {
        for (Map.Entry<String, Double> value : readout.values().entrySet()) {
            HTMLElement out = figure.querySelector("[data-readout=\"" + value.getKey() + "\"]");
            if (out != null) {
                out.setTextContent(Readouts.format(value.getValue()));
            }
        }
        figure.setAttribute("data-step", Integer.toString(readout.step()));
        figure.setAttribute("data-elapsed", Long.toString(Math.round(elapsed)));
        figure.setAttribute("data-digest", Readouts.digest(run.history()));
        if (chart != null) {
            chart.draw(run.history());
        }
    }

    /** The value of an input or a select, without a cast the Wasm GC build would check. */
    @JSBody(params = "control", script = "return control.value;")
    private static native String valueOf(HTMLElement control);

    private void setState(String state) {
        figure.setAttribute("data-state", state);
    }

    /**
     * The chart of {@link Chart}'s marks on the canvas, laid out at the width the build's SVG showing here has
     * ({@link Chart#NARROW} on a phone, {@link Chart#WIDE} otherwise) and scaled to the canvas's width, at the
     * screen's pixel density: the canvas takes the SVG's place at the same size, with text of the same size.
     * Axes and labels take the page's text colour, lines the theme's colours (light or dark).
     */
    private record CanvasChart(HTMLCanvasElement canvas, List<List<String>> panels, UnaryOperator<String> label,
                               int steps) {

        void draw(List<Readout> history) {
            double width = canvas.getClientWidth();
            if (width <= 0) {
                return; // hidden: nothing to draw on
            }
            double layout = narrowViewport(Chart.NARROW_VIEWPORT) ? Chart.NARROW : Chart.WIDE;
            double scale = width / layout;
            double height = Math.ceil(Chart.height(panels, label, layout)) * scale;
            double density = Window.current().getDevicePixelRatio();
            canvas.setWidth((int) Math.round(width * density));
            canvas.setHeight((int) Math.round(height * density));
            CanvasRenderingContext2D g = canvas.getContext("2d").cast();
            g.setTransform(density * scale, 0, 0, density * scale, 0, 0);
            g.clearRect(0, 0, layout, height / scale);
            String text = textColour(canvas);
            g.setFont((int) Chart.FONT + "px sans-serif");
            for (Chart.Mark mark : Chart.marks(panels, label, history, steps, layout)) {
                if (mark instanceof Chart.Line line) {
                    g.setGlobalAlpha(line.stroke() == Chart.Stroke.AXIS ? 1 : 0.15);
                    g.setStrokeStyle(text);
                    g.setLineWidth(1);
                    g.beginPath();
                    g.moveTo(line.x1(), line.y1());
                    g.lineTo(line.x2(), line.y2());
                    g.stroke();
                    g.setGlobalAlpha(1);
                } else if (mark instanceof Chart.Series series) {
                    g.setStrokeStyle(themed(canvas, series.colour()));
                    g.setLineWidth(1.5);
                    g.beginPath();
                    for (int i = 0; i < series.xs().size(); i++) {
                        if (i == 0) {
                            g.moveTo(series.xs().get(i), series.ys().get(i));
                        } else {
                            g.lineTo(series.xs().get(i), series.ys().get(i));
                        }
                    }
                    g.stroke();
                } else if (mark instanceof Chart.Label words) {
                    g.setFillStyle(Chart.TEXT.equals(words.colour()) ? text : themed(canvas, words.colour()));
                    g.setTextAlign(words.anchor() == Chart.Anchor.START ? "start"
                            : words.anchor() == Chart.Anchor.MIDDLE ? "center" : "end");
                    g.fillText(words.text(), words.x(), words.y());
                }
            }
        }
    }

    @JSBody(params = "element", script = "return getComputedStyle(element).color;")
    private static native String textColour(HTMLElement element);

    /** The theme's colour for a series ({@link Chart#themed}): its custom property where set, else the colour. */
    private static String themed(HTMLElement element, String colour) {
        String value = customProperty(element, Chart.variable(colour));
        return value == null || value.isEmpty() ? colour : value;
    }

    @JSBody(params = {"element", "name"}, script = "return getComputedStyle(element).getPropertyValue(name).trim();")
    private static native String customProperty(HTMLElement element, String name);

    /** Whether the viewport is at most this wide: the theme shows the narrow SVG there, so the canvas matches it. */
    @JSBody(params = "width", script = "return window.matchMedia('(max-width: ' + width + 'px)').matches;")
    private static native boolean narrowViewport(int width);
}
