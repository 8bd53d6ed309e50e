package org.essaykit.sim.host;

import org.essaykit.sim.Readout;
import org.essaykit.sim.builtin.Evolution;
import org.essaykit.sim.builtin.Gridworld;
import org.essaykit.sim.builtin.BuiltInSimulations;
import org.essaykit.sim.Simulation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The axes the SVG and the canvas both draw: round ticks, every charted read-out a real one, a legend. */
class ChartTest {

    private static List<String> labels(Chart.Ticks ticks) {
        return java.util.stream.IntStream.range(0, ticks.count()).mapToObj(ticks::label).toList();
    }

    @Test
    void ticksAreRoundAndCoverTheData() {
        assertEquals(List.of("0.0", "0.5", "1.0"), labels(Chart.Ticks.covering(0.02, 0.97, 3)));
        assertEquals(List.of("1", "2", "3"), labels(Chart.Ticks.covering(1.0, 2.9, 3)));
        assertEquals(List.of("0.18", "0.19", "0.20", "0.21"), labels(Chart.Ticks.covering(0.1806, 0.2031, 3)));
        // An x axis stays inside the run: 0 to 300 generations.
        assertEquals(List.of("0", "100", "200", "300"), labels(Chart.Ticks.within(0, 300, 4)));
        assertEquals(List.of("0", "50000", "100000", "150000", "200000"), labels(Chart.Ticks.within(0, 200_000, 5)));
    }

    @Test
    void aNarrowChartWrapsItsLegendInsteadOfCuttingIt() {
        List<List<String>> panels = List.of(List.of("trainReturn", "coinAtTest", "cornerAtTest"));
        List<Readout> history = new Gridworld().start(1).runSteps(1);
        for (double width : new double[] {300, 640}) {
            for (Chart.Mark mark : Chart.marks(panels, UnaryOperator.identity(), history, 40, width)) {
                if (mark instanceof Chart.Label label && label.anchor() == Chart.Anchor.START) {
                    double end = label.x() + label.text().length() * 0.62 * Chart.FONT;
                    assertTrue(end <= width, label + " runs past " + width);
                }
            }
        }
        UnaryOperator<String> names = UnaryOperator.identity();
        assertTrue(Chart.height(panels, names, 300) > Chart.height(panels, names, 640),
                "the wrapped legend takes a second row");
    }

    @Test
    void everySimulationChartsItsOwnReadoutsWithALegend() {
        for (Simulation sim : BuiltInSimulations.all()) {
            List<Readout> history = sim.start(1).runSteps(2);
            List<String> names = history.get(0).names();
            List<String> charted = sim.chart().stream().flatMap(List::stream).toList();
            assertTrue(names.containsAll(charted) && !charted.isEmpty(), sim.name() + ": " + charted);
            List<Chart.Mark> marks = Chart.marks(sim.chart(), UnaryOperator.identity(), history, sim.defaultSteps(),
                    400);
            for (String name : charted) {
                assertTrue(marks.stream().anyMatch(m -> m instanceof Chart.Label l
                        && l.text().equals(name) && l.colour().equals(Chart.colour(sim.chart(), name))),
                        sim.name() + " has no legend entry for " + name);
            }
            // The x axis is named after the run's counter.
            assertTrue(marks.stream().anyMatch(m -> m instanceof Chart.Label l && l.text().equals(names.get(0))));
            assertEquals(charted.size(), marks.stream().filter(m -> m instanceof Chart.Series).count());
        }
    }
}
