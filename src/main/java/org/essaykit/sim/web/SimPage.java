package org.essaykit.sim.web;

import org.teavm.jso.browser.Performance;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;

/** The bundle's one entry point: mounts every {@code [data-sim]} figure of the page by its name. */
public final class SimPage {

    private SimPage() {
    }

    public static void main(String[] args) {
        NodeList<? extends HTMLElement> figures = HTMLDocument.current().querySelectorAll("figure[data-sim]");
        for (int i = 0; i < figures.getLength(); i++) {
            HTMLElement figure = figures.get(i);
            try {
                SimFigure.mount(figure);
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
