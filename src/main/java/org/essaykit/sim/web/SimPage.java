package org.essaykit.sim.web;

import org.essaykit.sim.Simulation;
import org.essaykit.sim.builtin.BuiltInSimulations;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;

import java.util.List;

/**
 * The entry point of essaykit's own bundle (the built-in simulations); a site with simulations of its own gets a
 * bundle whose generated entry point calls {@link #mount} with its list.
 */
public final class SimPage {

    private SimPage() {
    }

    public static void main(String[] args) {
        mount(BuiltInSimulations.all());
    }

    /** Mounts every {@code [data-sim]} figure of the page with the simulation of its name. */
    public static void mount(List<Simulation> simulations) {
        NodeList<? extends HTMLElement> figures = HTMLDocument.current().querySelectorAll("figure[data-sim]");
        for (int i = 0; i < figures.getLength(); i++) {
            HTMLElement figure = figures.get(i);
            try {
                SimFigure.mount(figure, simulations);
            } catch (RuntimeException e) {
                // One broken figure must not stop the others; the page shows why.
                figure.setAttribute("data-state", "error");
                figure.setAttribute("data-error", String.valueOf(e.getMessage()));
            }
        }
        HTMLDocument.current().getDocumentElement().setAttribute("data-sim-mounted",
                Long.toString(Math.round(Performance.now())));
    }
}
