package org.essaykit.scaffold;

import org.essaykit.simc.SiteSimulations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes {@code simulations/<ClassName>.java}, a simulation that compiles and runs, to fill in; never overwrites. */
public final class NewSimulation {

    private NewSimulation() {
    }

    /**
     * @param name the simulation's name, e.g. {@code goal-drift} (its class is then {@code GoalDrift})
     * @return the file written, relative to {@code siteRoot}
     * @throws java.nio.file.FileAlreadyExistsException when the class's file exists
     */
    public static Path create(Path siteRoot, String name) throws IOException {
        if (!SiteSimulations.NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("`" + name + "` is not a simulation name: use lower-case letters, "
                    + "digits and single hyphens, starting with a letter (e.g. goal-drift)");
        }
        String className = Arrays.stream(name.split("-"))
                .map(part -> part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1))
                .collect(Collectors.joining());
        Path relative = Path.of("simulations", className + ".java");
        Path file = siteRoot.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, skeleton(name, className), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        return relative;
    }

    private static String skeleton(String name, String className) {
        return """
                import org.essaykit.sim.Param;
                import org.essaykit.sim.Rng;
                import org.essaykit.sim.Run;
                import org.essaykit.sim.Settings;
                import org.essaykit.sim.Simulation;

                import java.util.List;
                import java.util.Map;

                /** Say here what this simulation models. Embed it with ```sim %1$s; run it with `essaykit sim run %1$s`. */
                public class %2$s implements Simulation {

                    @Override
                    public String name() {
                        return "%1$s";
                    }

                    @Override
                    public String title() {
                        return "%2$s";
                    }

                    @Override
                    public String description() {
                        return "What the model is and what to look for.";
                    }

                    @Override
                    public String source() {
                        return "The work it follows.";
                    }

                    @Override
                    public List<Param> params() {
                        return List.of(Param.number("rate", "Rate", 0.1, 0, 1, 0.01));
                    }

                    @Override
                    public List<List<String>> chart() {
                        return List.of(List.of("value"));
                    }

                    @Override
                    public int defaultSteps() {
                        return 50;
                    }

                    @Override
                    public Run start(Settings settings) {
                        Rng rng = new Rng(settings.seed()); // the only source of randomness
                        double rate = settings.number("rate");
                        return new Run() {
                            private double value;

                            @Override
                            protected void advance() {
                                value = value + rate * rng.nextDouble();
                            }

                            @Override
                            protected void read(Map<String, Double> out) {
                                out.put("value", value);
                            }
                        };
                    }
                }
                """.formatted(name, className);
    }
}
