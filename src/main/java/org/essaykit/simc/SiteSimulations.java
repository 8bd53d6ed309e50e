package org.essaykit.simc;

import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.SourcePos;
import org.essaykit.sim.Simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A site's own simulations: the Java sources in its {@code simulations/} folder, checked against {@link SimRules},
 * compiled by the JDK's compiler in-process ({@link SimJavac}) into {@code .essaykit-cache/sim/KEY/classes} and
 * loaded on this JVM, where {@code ```sim NAME} blocks run them and {@code essaykit sim} lists them. KEY is a hash
 * of the sources and of essaykit's simulation classes ({@link SimCache}), so a build whose simulations did not
 * change compiles nothing.
 *
 * @param catalog  the built-in simulations and those of the site that loaded
 * @param sources  the site's simulation sources by their path from the site root, in path order
 * @param problems rule breaches, compile errors and simulations that cannot be used, at their file:line:col
 * @param cache    the folder this version of the sources compiles into, or null when the site has none
 */
public record SiteSimulations(SimulationCatalog catalog, Map<Path, String> sources, List<Diagnostic> problems,
                              SimCache cache) {

    /** The site's folder of simulation sources, beside {@code content/}: sources are not published. */
    public static final String FOLDER = "simulations";

    /** A simulation's name, as {@code ```sim NAME} writes it: lower-case words joined by single hyphens. */
    public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern DECLARATION = Pattern.compile("\\b(?:class|record)\\s+(\\w+)");

    public SiteSimulations {
        sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        problems = List.copyOf(problems);
    }

    /** A site without simulations of its own. */
    public static SiteSimulations none() {
        return new SiteSimulations(SimulationCatalog.builtInOnly(), Map.of(), List.of(), null);
    }

    /** Whether a path (absolute, or from the site root) is in the site's simulations folder. */
    public static boolean isSource(Path siteRoot, Path path) {
        return path.toAbsolutePath().normalize().startsWith(siteRoot.toAbsolutePath().normalize().resolve(FOLDER));
    }

    /** The site's simulations, compiled when their sources or essaykit changed since the last build. */
    public static SiteSimulations load(Path siteRoot) {
        Map<Path, String> sources = read(siteRoot);
        if (sources.isEmpty()) {
            return none();
        }
        SimCache cache = SimCache.of(siteRoot, sources);
        cache.pruneOthers();
        // A compiled version of these very sources passed the rules when it was compiled (the key covers the rules)
        List<Diagnostic> problems = new ArrayList<>(Files.isDirectory(cache.classes()) ? List.of() : breaches(sources));
        if (problems.isEmpty()) {
            problems.addAll(SimJavac.compileOnce(siteRoot, sources.keySet(), List.of(SimCache.essaykitClasses()),
                    cache.classes()));
        }
        if (!problems.isEmpty()) {
            return new SiteSimulations(SimulationCatalog.withSite(List.of(), true), sources, problems, cache);
        }
        List<Simulation> site = new ArrayList<>();
        load(cache.classes(), sources, site, problems);
        return new SiteSimulations(SimulationCatalog.withSite(site, !problems.isEmpty()), sources, problems, cache);
    }

    /** The sources under {@code simulations/}, by their path from the site root, in path order. */
    private static Map<Path, String> read(Path siteRoot) {
        Path folder = siteRoot.resolve(FOLDER);
        Map<Path, String> sources = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return sources;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList()) {
                sources.put(siteRoot.relativize(file), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    private static List<Diagnostic> breaches(Map<Path, String> sources) {
        List<Diagnostic> problems = new ArrayList<>();
        sources.forEach((file, code) -> {
            for (SimRules.Breach breach : SimRules.check(code)) {
                problems.add(Diagnostic.error(SourcePos.atOffset(file, code, breach.offset()),
                        "`" + breach.found() + "` in a simulation: " + breach.reason(),
                        "a simulation must give the same numbers on the JVM and in every browser; "
                                + "the rules are in the package docs of org.essaykit.sim"));
            }
        });
        return problems;
    }

    /**
     * Makes one of each public, concrete class that implements {@link Simulation}, with its no-argument
     * constructor; a class that cannot be made, or whose name is taken, is reported.
     */
    private static void load(Path classes, Map<Path, String> sources, List<Simulation> site,
                             List<Diagnostic> problems) {
        URLClassLoader loader = new URLClassLoader(new URL[] {SimCache.url(classes)},
                SiteSimulations.class.getClassLoader());
        List<String> taken = new ArrayList<>(SimulationCatalog.builtInOnly().names());
        for (String className : SimCache.classNames(classes)) {
            Class<?> type;
            try {
                type = Class.forName(className, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                continue; // a helper class that cannot stand alone
            }
            if (!Simulation.class.isAssignableFrom(type) || type.isInterface()
                    || Modifier.isAbstract(type.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            // found only for a problem: it reads every source without its comments
            Supplier<SourcePos> pos = () -> declaration(type.getSimpleName(), sources);
            Simulation made = make(type, pos, problems);
            if (made == null) {
                continue;
            }
            String name = made.name();
            if (name == null || !NAME.matcher(name).matches()) {
                problems.add(Diagnostic.error(pos.get(), "simulation " + type.getSimpleName() + " is named `" + name + "`",
                        "name() returns lower-case words joined by hyphens (e.g. goal-drift), as ```sim NAME writes it"));
            } else if (taken.contains(name)) {
                problems.add(Diagnostic.error(pos.get(), "simulation " + type.getSimpleName() + " is named `" + name
                        + "`, a name already taken", "choose a name that is none of: " + String.join(", ", taken)));
            } else {
                taken.add(name);
                site.add(made);
            }
        }
    }

    /** One simulation made with its no-argument constructor, or null with the reason reported. */
    private static Simulation make(Class<?> type, Supplier<SourcePos> pos, List<Diagnostic> problems) {
        try {
            Simulation made = (Simulation) type.getConstructor().newInstance();
            made.name(); // a name that throws is reported here, once
            return made;
        } catch (NoSuchMethodException e) {
            problems.add(Diagnostic.error(pos.get(), "simulation " + type.getSimpleName()
                            + " has no public constructor without arguments",
                    "add `public " + type.getSimpleName() + "() { }`: essaykit makes each simulation with it"));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            problems.add(Diagnostic.error(pos.get(), "making simulation " + type.getSimpleName() + " failed: " + cause,
                    "its constructor and name() must not throw"));
        }
        return null;
    }

    /** Where a class is declared in the sources (the simulations folder when it cannot be found). */
    private static SourcePos declaration(String simpleName, Map<Path, String> sources) {
        for (Map.Entry<Path, String> source : sources.entrySet()) {
            Matcher declared = DECLARATION.matcher(SimRules.withoutComments(source.getValue()));
            while (declared.find()) {
                if (declared.group(1).equals(simpleName)) {
                    return SourcePos.atOffset(source.getKey(), source.getValue(), declared.start(1));
                }
            }
        }
        return SourcePos.startOf(Path.of(FOLDER));
    }

}
