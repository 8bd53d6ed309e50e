package org.essaykit.simc;

import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.SourcePos;
import org.essaykit.sim.Simulation;
import org.teavm.callgraph.CallGraph;
import org.teavm.callgraph.CallGraphNode;
import org.teavm.callgraph.CallSite;
import org.teavm.diagnostics.DefaultProblemTextConsumer;
import org.teavm.diagnostics.Problem;
import org.teavm.model.MethodReference;
import org.teavm.model.TextLocation;
import org.teavm.tooling.EmptyTeaVMToolLog;
import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.TeaVMTool;
import org.teavm.tooling.TeaVMToolException;
import org.teavm.vm.TeaVMOptimizationLevel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A site's browser bundle: its own simulations and the built-in ones its pages embed, compiled by TeaVM, run as a
 * library in this JVM, to the same two targets as essaykit's own bundle (WebAssembly GC, and JavaScript for
 * browsers without it). The bundle's entry point is generated: it hands {@code SimPage.mount} the list of
 * simulations, so TeaVM links in exactly those. Compiled once per version of the sources and set of built-ins,
 * into the site's cache ({@link SimCache#bundle}); a compile takes seconds, a cached bundle is read.
 */
public final class SimBundle {

    /** The compiled files, by their name in the site's {@code assets/sim/}. */
    public static final List<String> COMPILED = List.of("sim.wasm", "sim.js");

    private static final String ENTRY = "EssaykitSiteBundle";
    /** How far back a problem's callers are followed to find the site's line: far more than a real chain. */
    private static final int MAX_CALLERS_FOLLOWED = 10_000;

    private SimBundle() {
    }

    /**
     * The bundle's compiled files, compiled first unless the cache has them.
     *
     * @param simulations the site's simulations, loaded without problems
     * @param builtIns    the built-in simulations the site's pages embed
     * @return the files' bytes by name, or the problems that stopped the compile
     */
    public static Result compile(SiteSimulations simulations, List<Simulation> builtIns) {
        Path target = simulations.cache().bundle(builtIns.stream().map(Simulation::name).toList());
        SimCache.pruneBundlesBeside(target);
        if (Files.isDirectory(target)) {
            return Result.read(target);
        }
        try {
            Files.createDirectories(target.getParent());
            Path staging = Files.createTempDirectory(target.getParent(), "bundling-");
            List<Simulation> all = new ArrayList<>(builtIns);
            all.addAll(simulations.catalog().site());
            List<Diagnostic> problems = compileInto(staging, simulations, all);
            if (!problems.isEmpty()) {
                SimJavac.delete(staging);
                return new Result(Map.of(), problems);
            }
            SimJavac.moveInPlace(staging, target);
            return Result.read(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param files    the compiled files' bytes by name ({@link #COMPILED}), empty when there are problems
     * @param problems what stopped the compile, at the site's sources where TeaVM says
     */
    public record Result(Map<String, byte[]> files, List<Diagnostic> problems) {

        public Result {
            files = Map.copyOf(files);
            problems = List.copyOf(problems);
        }

        private static Result read(Path folder) {
            try {
                Map<String, byte[]> files = new java.util.LinkedHashMap<>();
                for (String name : COMPILED) {
                    files.put(name, Files.readAllBytes(folder.resolve(name)));
                }
                return new Result(files, List.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static List<Diagnostic> compileInto(Path folder, SiteSimulations simulations, List<Simulation> all)
            throws IOException {
        Path entrySources = folder.resolve("entry-src");
        Path entryClasses = folder.resolve("entry");
        Files.createDirectories(entrySources);
        Path entry = entrySources.resolve(ENTRY + ".java");
        Files.writeString(entry, entrySource(all), StandardCharsets.UTF_8);
        List<Diagnostic> problems = SimJavac.compileOnce(entrySources, List.of(Path.of(ENTRY + ".java")),
                List.of(simulations.cache().classes(), SimCache.essaykitClasses()), entryClasses);
        if (!problems.isEmpty()) {
            return problems;
        }
        try (URLClassLoader classes = new URLClassLoader(new URL[] {SimCache.url(simulations.cache().classes()),
                SimCache.url(entryClasses)}, SimBundle.class.getClassLoader())) {
            for (TeaVMTargetType type : List.of(TeaVMTargetType.WEBASSEMBLY_GC, TeaVMTargetType.JAVASCRIPT)) {
                problems.addAll(teavm(type, classes, folder, simulations.sources()));
                if (!problems.isEmpty()) {
                    break; // the other target would say the same
                }
            }
        }
        SimJavac.delete(entrySources);
        SimJavac.delete(entryClasses);
        return problems;
    }

    /** Java that mounts the page's figures with these simulations: all TeaVM needs to see to link them in. */
    static String entrySource(List<Simulation> simulations) {
        return "// The entry point of this site's simulation bundle, made by essaykit.\n"
                + "public final class " + ENTRY + " {\n"
                + "    public static void main(String[] args) {\n"
                + "        org.essaykit.sim.web.SimPage.mount(java.util.List.of(\n"
                + simulations.stream().map(s -> "                new " + s.getClass().getCanonicalName() + "()")
                        .collect(Collectors.joining(",\n"))
                + "));\n"
                + "    }\n"
                + "}\n";
    }

    private static List<Diagnostic> teavm(TeaVMTargetType type, ClassLoader classes, Path folder,
                                          Map<Path, String> sources) {
        TeaVMTool tool = new TeaVMTool();
        tool.setTargetType(type);
        tool.setMainClass(ENTRY);
        tool.setTargetDirectory(folder.toFile());
        tool.setTargetFileName(type == TeaVMTargetType.JAVASCRIPT ? "sim.js" : "sim.wasm");
        tool.setObfuscated(true);
        tool.setOptimizationLevel(TeaVMOptimizationLevel.ADVANCED);
        tool.setClassLoader(classes);
        tool.setLog(new EmptyTeaVMToolLog());
        try {
            tool.generate();
        } catch (TeaVMToolException | RuntimeException e) {
            return List.of(Diagnostic.error(SourcePos.startOf(Path.of(SiteSimulations.FOLDER)),
                    "TeaVM could not compile the site's simulations for the browser: " + e.getMessage(),
                    "a simulation may use only what TeaVM's class library has; see the package docs of org.essaykit.sim"));
        }
        java.util.Set<Diagnostic> problems = new java.util.LinkedHashSet<>();
        for (Problem problem : tool.getProblemProvider().getSevereProblems()) {
            problems.add(Diagnostic.error(where(problem, tool.getDependencyInfo().getCallGraph(), sources),
                    "this cannot run in the browser: " + text(problem), "a simulation may use only what TeaVM's "
                            + "class library has (most of java.lang and java.util, and the sim API); see the package "
                            + "docs of org.essaykit.sim"));
        }
        return List.copyOf(problems);
    }

    /**
     * The line of the site's code a TeaVM problem comes from: a problem is often deep inside the class library (a
     * JDK method TeaVM lacks, called by one it has), so the calls are followed back to the first caller in a site
     * source. The simulations folder when none is found.
     */
    private static SourcePos where(Problem problem, CallGraph calls, Map<Path, String> sources) {
        if (problem.getLocation() == null) {
            return SourcePos.startOf(Path.of(SiteSimulations.FOLDER));
        }
        SourcePos direct = inSources(problem.getLocation().getSourceLocation(), sources);
        if (direct != null) {
            return direct;
        }
        java.util.Deque<CallGraphNode> queue = new java.util.ArrayDeque<>();
        java.util.Set<MethodReference> seen = new java.util.HashSet<>();
        CallGraphNode start = calls == null ? null : calls.getNode(problem.getLocation().getMethod());
        if (start != null) {
            queue.add(start);
        }
        while (!queue.isEmpty() && seen.size() < MAX_CALLERS_FOLLOWED) {
            CallGraphNode node = queue.poll();
            if (!seen.add(node.getMethod())) {
                continue;
            }
            for (CallSite site : node.getCallerCallSites()) {
                for (CallGraphNode caller : site.getCallers()) {
                    for (TextLocation location : site.getLocations(caller)) {
                        SourcePos found = inSources(location, sources);
                        if (found != null) {
                            return found;
                        }
                    }
                    queue.add(caller);
                }
            }
        }
        return SourcePos.startOf(Path.of(SiteSimulations.FOLDER));
    }

    /** A location in one of the site's sources (TeaVM knows a class's file by its name alone), or null. */
    private static SourcePos inSources(TextLocation location, Map<Path, String> sources) {
        if (location == null || location.isEmpty() || location.getFileName() == null) {
            return null;
        }
        for (Path source : sources.keySet()) {
            if (source.getFileName().toString().equals(location.getFileName())) {
                return new SourcePos(source, Math.max(1, location.getLine()), 1);
            }
        }
        return null;
    }

    /** TeaVM's text of a problem, a method named by its class and name only (TeaVM's own adds its descriptor). */
    private static String text(Problem problem) {
        DefaultProblemTextConsumer out = new DefaultProblemTextConsumer() {
            @Override
            public void appendMethod(MethodReference method) {
                append(method.getClassName() + "." + method.getName());
            }
        };
        problem.render(out);
        return out.getText();
    }
}
