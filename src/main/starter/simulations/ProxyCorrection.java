import org.essaykit.sim.Param;
import org.essaykit.sim.Rng;
import org.essaykit.sim.Run;
import org.essaykit.sim.Settings;
import org.essaykit.sim.Simulation;

import java.util.List;
import java.util.Map;

/**
 * A starter simulation: a population of models begins training with a proxy goal, and each step every model
 * still holding the proxy meets an example that corrects it with some chance. Embed it in a post with
 * ```sim proxy-correction, run it with `essaykit sim run proxy-correction`, and edit it freely: the build
 * compiles this folder for the browser. The rules that keep the numbers the same in every browser are in the
 * package docs of org.essaykit.sim (randomness only from Rng, no HashMap, no Math.log or Math.exp).
 */
public class ProxyCorrection implements Simulation {

    @Override
    public String name() {
        return "proxy-correction"; // what ```sim NAME writes
    }

    @Override
    public String title() {
        return "How fast training corrects a proxy goal";
    }

    @Override
    public String description() {
        return "Models start with a proxy goal; each step, each one meets a correcting example with the chance set.";
    }

    @Override
    public String source() {
        return "A starter model: edit simulations/ProxyCorrection.java";
    }

    @Override
    public List<Param> params() {
        return List.of(Param.integer("models", "Models", 200, 10, 2000),
                Param.number("chance", "Chance of a correcting example per step", 0.05, 0, 0.5, 0.01));
    }

    @Override
    public List<List<String>> chart() {
        return List.of(List.of("proxy")); // one panel, one line: the share still holding the proxy
    }

    @Override
    public int defaultSteps() {
        return 60;
    }

    @Override
    public Run start(Settings settings) {
        Rng rng = new Rng(settings.seed());
        int models = settings.integer("models");
        double chance = settings.number("chance");
        return new Run() {
            private int withProxy = models;

            @Override
            protected void advance() {
                int before = withProxy;
                for (int i = 0; i < before; i++) {
                    if (rng.chance(chance)) {
                        withProxy--; // this model met a correcting example
                    }
                }
            }

            @Override
            protected void read(Map<String, Double> out) {
                out.put("proxy", (double) withProxy / models);
            }
        };
    }
}
