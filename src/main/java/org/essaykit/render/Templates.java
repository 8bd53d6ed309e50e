package org.essaykit.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import org.essaykit.content.SiteConfig;
import org.essaykit.diag.SourcePos;
import org.essaykit.output.BuiltInTheme;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The site's Pebble templates from {@code templates/}, and our built-in theme ({@link BuiltInTheme}) for every
 * template the site does not have, so any folder of Markdown builds: autoescaping on, strict variables on, one
 * engine per build shared by all rendering threads. Layouts name a template without its {@code .html}
 * ({@code layout: post}); inside templates, {@code extends} and {@code include} use file names
 * ({@code "base.html"}, {@code "partials/head.html"}).
 */
public final class Templates {

    public static final String TEMPLATES_DIR = "templates";
    private static final String SUFFIX = ".html";

    private final Path siteRoot;
    private final Path dir;
    private final PebbleEngine engine;

    public Templates(Path siteRoot, SiteConfig config) {
        this.siteRoot = siteRoot;
        this.dir = siteRoot.resolve(TEMPLATES_DIR);
        FileLoader own = new FileLoader();
        own.setPrefix(dir.toString());
        ClasspathLoader builtIn = new ClasspathLoader(Templates.class.getClassLoader());
        builtIn.setPrefix(BuiltInTheme.CLASSPATH_PREFIX);
        this.engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(List.of(own, builtIn)))
                .autoEscaping(true)
                .strictVariables(true)
                .defaultLocale(Locale.ENGLISH)
                .extension(new UrlFunctions(config), new ReadTracker())
                .build();
    }

    /** A template error, placed at the template's file and line. */
    public static final class TemplateException extends Exception {
        private final SourcePos pos;

        TemplateException(SourcePos pos, String message) {
            super(message);
            this.pos = pos;
        }

        public SourcePos pos() {
            return pos;
        }
    }

    /** Whether a template exists, asked once per name: every page asks for its layout. */
    private final Map<String, Boolean> existing = new java.util.concurrent.ConcurrentHashMap<>();

    public boolean exists(String name) {
        return existing.computeIfAbsent(name, n -> Files.isRegularFile(file(n)) || BuiltInTheme.has(n + SUFFIX));
    }

    public Path pathOf(String name) {
        return siteRoot.relativize(file(name));
    }

    /** The templates a layout can name: files directly in {@code templates/}, and those of the built-in theme. */
    public List<String> names() {
        List<String> own = List.of();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                own = files.map(p -> p.getFileName().toString()).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Stream.concat(own.stream(), BuiltInTheme.files().stream().filter(n -> !n.contains("/")))
                .filter(n -> n.endsWith(SUFFIX))
                .map(n -> n.substring(0, n.length() - SUFFIX.length()))
                .distinct()
                .sorted()
                .toList();
    }

    /** Renders a page and adds to {@code reads} every attribute of a shared view the template read. */
    public String render(String name, Map<String, Object> model, java.util.Set<ViewKeys.Read> reads)
            throws TemplateException {
        return ReadTracker.recording(reads, () -> render(name, model));
    }

    public String render(String name, Map<String, Object> model) throws TemplateException {
        try {
            PebbleTemplate template = engine.getTemplate(name + SUFFIX);
            StringWriter out = new StringWriter(16 * 1024);
            template.evaluate(out, model);
            return out.toString();
        } catch (PebbleException e) {
            String file = e.getFileName() != null ? e.getFileName() : name + SUFFIX;
            int line = e.getLineNumber() != null && e.getLineNumber() > 0 ? e.getLineNumber() : 1;
            throw new TemplateException(new SourcePos(Path.of(TEMPLATES_DIR).resolve(file), line, 1),
                    e.getPebbleMessage() != null ? e.getPebbleMessage() : String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(String name) {
        return dir.resolve(name + SUFFIX);
    }

    /** {@code url('/assets/x.css')} adds the base path; {@code absUrl(...)} makes it absolute. */
    private static final class UrlFunctions extends AbstractExtension {
        private final SiteConfig config;

        UrlFunctions(SiteConfig config) {
            this.config = config;
        }

        @Override
        public Map<String, Function> getFunctions() {
            return Map.of(
                    "url", new PathFunction(config::relativeUrl),
                    "absUrl", new PathFunction(config::absoluteUrl));
        }
    }

    private static final class PathFunction implements Function {
        private final java.util.function.UnaryOperator<String> mapping;

        PathFunction(java.util.function.UnaryOperator<String> mapping) {
            this.mapping = mapping;
        }

        @Override
        public List<String> getArgumentNames() {
            return List.of("path");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            Object path = args.get("path");
            if (path == null) {
                throw new PebbleException(null, "url() needs a path, e.g. url('/assets/style.css')", line,
                        self.getName());
            }
            return mapping.apply(path.toString());
        }
    }
}
