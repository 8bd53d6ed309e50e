package org.essaykit.cli;

import org.essaykit.sim.Param;
import org.essaykit.sim.Readout;
import org.essaykit.sim.Settings;
import org.essaykit.sim.Simulation;
import org.essaykit.diag.Diagnostic;
import org.essaykit.simc.SimulationCatalog;
import org.essaykit.simc.SiteSimulations;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code essaykit sim}: lists the simulations and runs one on the JVM, as a page would in the browser. */
@Command(name = "sim", mixinStandardHelpOptions = true,
        versionProvider = EssaykitCommand.Version.class,
        description = "Lists the simulations (essaykit's and the site's own, from its simulations/ folder) and runs one.",
        subcommands = {SimCommand.ListCommand.class, SimCommand.RunCommand.class})
final class SimCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: `sim list` or `sim run NAME`");
    }

    /** The built-in simulations and the site's own; null, with the problems printed, when the site's do not compile. */
    static SimulationCatalog catalog(SiteFolderOption site, CommandLine cli) {
        SiteSimulations simulations = SiteSimulations.load(site.folder(cli));
        if (simulations.problems().isEmpty()) {
            return simulations.catalog();
        }
        simulations.problems().stream().sorted().map(Diagnostic::format).forEach(cli.getErr()::println);
        cli.getErr().flush();
        return null;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = EssaykitCommand.Version.class,
            description = "Lists the simulations with their parameters and defaults.")
    static final class ListCommand implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        SiteFolderOption site;

        @Override
        public Integer call() {
            SimulationCatalog catalog = catalog(site, spec.commandLine());
            if (catalog == null) {
                return ExitCodes.CONTENT_ERRORS;
            }
            PrintWriter out = spec.commandLine().getOut();
            for (Simulation sim : catalog.all()) {
                out.printf(Locale.ROOT, "%s  %s%s%n  %s%n  source: %s%n", sim.name(), sim.title(),
                        catalog.isSite(sim.name()) ? "  (this site's)" : "", sim.description(), sim.source());
                for (Param param : sim.params()) {
                    out.printf(Locale.ROOT, "    %-18s %s (default %s; %s)%n", param.name(), param.label(),
                            param.initial(), range(param));
                }
                out.println();
            }
            out.flush();
            return ExitCodes.OK;
        }

        private static String range(Param param) {
            return param.kind() == Param.Kind.CHOICE ? String.join(" | ", param.choices())
                    : number(param.min()) + " .. " + number(param.max());
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true, versionProvider = EssaykitCommand.Version.class,
            description = "Runs a simulation and prints its read-out after every step, or the time series as CSV.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:the run finished", "1:the site's simulations do not compile",
                    "2:usage error (unknown simulation, parameter or value)"})
    static final class RunCommand implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "The simulation, as `essaykit sim list` names it.")
        String name;

        @CommandLine.Mixin
        SiteFolderOption site;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The seed (default: 1).")
        long seed;

        @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Sets a parameter; repeatable.")
        Map<String, String> set = new LinkedHashMap<>();

        @Option(names = "--steps", paramLabel = "N", description = "How many steps (default: the simulation's own).")
        Integer steps;

        @Option(names = "--csv", description = "Print the time series as CSV: one row per step, from step 0.")
        boolean csv;

        @Override
        public Integer call() {
            CommandLine cli = spec.commandLine();
            SimulationCatalog catalog = catalog(site, cli);
            if (catalog == null) {
                return ExitCodes.CONTENT_ERRORS;
            }
            Simulation sim = catalog.named(name).orElseThrow(() -> new CommandLine.ParameterException(cli,
                    "no simulation `" + name + "`; there are " + String.join(", ", catalog.names())));
            Settings settings;
            try {
                settings = Settings.of(sim, seed, set);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cli, e.getMessage());
            }
            int count = steps != null ? steps : sim.defaultSteps();
            if (count < 0) {
                throw new CommandLine.ParameterException(cli, "--steps must not be negative");
            }
            PrintWriter out = cli.getOut();
            org.essaykit.sim.Run run = sim.start(settings);
            if (csv) {
                List<Readout> history = run.runSteps(count);
                out.println("step," + String.join(",", history.get(0).names()));
                for (Readout readout : history) {
                    out.println(readout.step() + "," + readout.values().values().stream().map(SimCommand::exact)
                            .collect(Collectors.joining(",")));
                }
            } else {
                out.println(sim.name() + " seed=" + seed + " " + settings.values().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")));
                print(out, run.latest());
                for (int i = 0; i < count; i++) {
                    print(out, run.step());
                }
            }
            out.flush();
            return ExitCodes.OK;
        }

        private static void print(PrintWriter out, Readout readout) {
            out.println("step " + readout.step() + ": " + readout.values().entrySet().stream()
                    .map(e -> e.getKey() + "=" + number(e.getValue())).collect(Collectors.joining(" ")));
        }
    }

    /** Whole numbers as they are, others to six significant digits. */
    static String number(double value) {
        if (isWhole(value)) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.6g", value).replaceFirst("(\\.\\d*?)0+($|e)", "$1$2")
                .replaceFirst("\\.($|e)", "$1");
    }

    /** For CSV: whole numbers (counts, generations) as integers, others with every digit a double holds. */
    static String exact(double value) {
        return isWhole(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static boolean isWhole(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15;
    }
}
