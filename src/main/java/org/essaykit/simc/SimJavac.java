package org.essaykit.simc;

import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.SourcePos;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Java to bytecode in-process, with the JDK's own compiler ({@code javax.tools}): essaykit runs on a JDK wherever
 * it builds a site with simulations (the launcher and the new sites' Pages workflow both set one up), and the
 * JDK's compiler is the one whose messages writers know, at no cost in the jar (the Eclipse compiler would add
 * ~3 MB). Without a JDK the build says so instead of crashing.
 */
final class SimJavac {

    private SimJavac() {
    }

    /**
     * Compiles {@code sources} (paths from the site root) into {@code target}, unless it is already there: the
     * classes are written to a folder beside it and moved in place whole, so a folder that exists is complete.
     */
    static List<Diagnostic> compileOnce(Path siteRoot, Collection<Path> sources, List<Path> classPath, Path target) {
        if (Files.isDirectory(target)) {
            return List.of();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            return List.of(Diagnostic.error(SourcePos.startOf(sources.iterator().next()),
                    "this Java (" + System.getProperty("java.home") + ") has no compiler, which the site's "
                            + "simulations need", "run essaykit with a JDK (for example Temurin 17 or later), not a JRE"));
        }
        try {
            Files.createDirectories(target.getParent());
            Path staging = Files.createTempDirectory(target.getParent(), "compiling-");
            List<Diagnostic> problems = compile(javac, siteRoot, sources, classPath, staging);
            if (problems.isEmpty()) {
                moveInPlace(staging, target);
            } else {
                delete(staging);
            }
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Diagnostic> compile(JavaCompiler javac, Path siteRoot, Collection<Path> sources,
                                            List<Path> classPath, Path output) throws IOException {
        DiagnosticCollector<JavaFileObject> found = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(found, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-encoding", "UTF-8", "-proc:none", "-nowarn",
                    "-implicit:class", "-d", output.toString(), "-classpath",
                    classPath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(
                    sources.stream().map(siteRoot::resolve).toList());
            javac.getTask(null, files, found, options, null, units).call();
        }
        List<Diagnostic> problems = new ArrayList<>();
        for (javax.tools.Diagnostic<? extends JavaFileObject> d : found.getDiagnostics()) {
            if (d.getKind() != javax.tools.Diagnostic.Kind.ERROR) {
                continue;
            }
            Path file = d.getSource() == null ? sources.iterator().next()
                    : siteRoot.toAbsolutePath().normalize().relativize(Path.of(d.getSource().toUri()).normalize());
            SourcePos pos = d.getLineNumber() > 0
                    ? new SourcePos(file, (int) d.getLineNumber(), (int) Math.max(1, d.getColumnNumber()))
                    : SourcePos.startOf(file);
            String message = d.getMessage(Locale.ROOT);
            int lineBreak = message.indexOf('\n');
            problems.add(Diagnostic.error(pos, lineBreak < 0 ? message : message.substring(0, lineBreak),
                    lineBreak < 0 ? "" : message.substring(lineBreak + 1).strip().replaceAll("\\s+", " ")));
        }
        return problems;
    }

    static void moveInPlace(Path staging, Path target) throws IOException {
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException e) {
            delete(staging); // another build got there first with the same sources
        }
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
