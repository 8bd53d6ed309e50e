package org.essaykit.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Extension;
import io.pebbletemplates.pebble.extension.ExtensionCustomizer;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.core.MergeFilter;
import io.pebbletemplates.pebble.extension.core.RangeFunction;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import org.essaykit.content.SiteConfig;
import org.essaykit.content.SourceText;
import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.Limits;
import org.essaykit.diag.SourcePos;
import org.essaykit.diag.SourceProblem;
import org.essaykit.output.BuiltInTheme;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
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
    /** What a layout may name: files in templates/ and its folders, never outside (no .., no NUL, no surrogates). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*");

    private final Path siteRoot;
    private final Path dir;
    private final PebbleEngine engine;

    /** @param extensions more for Pebble (the live layer's read tracking); a build passes none */
    public Templates(Path siteRoot, SiteConfig config, Extension... extensions) {
        this.siteRoot = siteRoot;
        this.dir = siteRoot.resolve(TEMPLATES_DIR);
        FileLoader own = new FileLoader();
        own.setPrefix(dir.toString());
        ClasspathLoader builtIn = new ClasspathLoader(Templates.class.getClassLoader());
        builtIn.setPrefix(BuiltInTheme.CLASSPATH_PREFIX);
        this.engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(List.of(own, builtIn)))
                .autoEscaping(true)
                .addEscapingStrategy("html", Html::escapeMarkup)
                .strictVariables(true)
                .defaultLocale(Locale.ENGLISH)
                .extension(new UrlFunctions(config))
                .extension(extensions)
                // Pebble keeps only the last customizer registered: ours are one, composed.
                .registerExtensionCustomizer(extension -> new BoundedConcatenation(new BoundedCollections(extension)))
                .maxRenderedSize((int) Math.min(Integer.MAX_VALUE, Limits.PAGE_CHARS.value()))
                .build();
    }

    /** A template error, placed at the template's file and line, with a hint when it has its own. */
    public static final class TemplateException extends SourceProblem {
        TemplateException(SourcePos pos, String message) {
            this(pos, message, null);
        }

        TemplateException(SourcePos pos, String message, String hint) {
            super(pos, message, hint);
        }
    }

    /** Whether a template exists, asked once per name: every page asks for its layout. */
    private final Map<String, Boolean> existing = new java.util.concurrent.ConcurrentHashMap<>();

    public boolean exists(String name) {
        return NAME.matcher(name).matches()
                && existing.computeIfAbsent(name, n -> Files.isRegularFile(file(n)) || BuiltInTheme.has(n + SUFFIX));
    }

    /** Where the template called {@code name} is or would be; a name no file can have is shown with escapes. */
    public Path pathOf(String name) {
        if (NAME.matcher(name).matches()) {
            return siteRoot.relativize(file(name));
        }
        StringBuilder shown = new StringBuilder();
        name.chars().forEach(c -> shown.append(c >= 0x20 && c < 0x7f && c != '/' && c != '\\' ? String.valueOf((char) c)
                : String.format(Locale.ROOT, "\\u%04x", c)));
        return Path.of(TEMPLATES_DIR, shown + SUFFIX);
    }

    /**
     * Template files that are not UTF-8, each at its first bad byte: Pebble would read them with replacement
     * characters and say nothing.
     */
    public List<Diagnostic> unreadable() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Diagnostic> problems = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(SUFFIX) && Files.isRegularFile(f)).sorted().toList()) {
                try {
                    SourceText.read(file, siteRoot.relativize(file));
                } catch (SourceText.Unreadable e) {
                    problems.add(e.error(""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
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

    public String render(String name, Map<String, Object> model) throws TemplateException {
        try {
            PebbleTemplate template = engine.getTemplate(name + SUFFIX);
            StringWriter out = new StringWriter(16 * 1024);
            template.evaluate(out, model);
            return out.toString();
        } catch (PebbleException e) {
            String file = e.getFileName() != null && NAME.matcher(e.getFileName()).matches() ? e.getFileName() : name + SUFFIX;
            int line = e.getLineNumber() != null && e.getLineNumber() > 0 ? e.getLineNumber() : 1;
            throw new TemplateException(new SourcePos(Path.of(TEMPLATES_DIR).resolve(file), line, 1),
                    e.getPebbleMessage() != null ? e.getPebbleMessage() : String.valueOf(e.getMessage()));
        } catch (StackOverflowError e) {
            throw new TemplateException(SourcePos.startOf(pathOf(name)), "the templates of this page include, extend "
                    + "or call each other without end, or nest too deep to render",
                    "look for a template that includes or extends itself (directly or through others), a macro that "
                            + "calls itself, or tags nested thousands deep");
        } catch (OutOfMemoryError e) {
            throw new TemplateException(SourcePos.startOf(pathOf(name)), "the template needed more memory than the "
                    + "build has, making a value (a string or list) too large",
                    "look for a value that doubles in a loop, or a huge range(); " + Limits.PAGE_CHARS.howToRaise());
        } catch (RuntimeException e) {
            // Pebble fails this way on some malformed templates (its lexer) and on filters given the wrong kind of
            // value (date on a string, i18n without a bundle): a template problem, not a bug of the build.
            throw new TemplateException(SourcePos.startOf(pathOf(name)), "the template cannot be rendered: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage())),
                    "check the template's tags and the filters' arguments (for example `date` needs a date, "
                            + "`i18n` a message bundle)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private Path file(String name) {
        return dir.resolve(name + SUFFIX);
    }

    /**
     * Pebble's {@code range(...)} builds the whole list first, and {@code merge} makes a new list or map from two:
     * a list over {@link Limits#TEMPLATE_RANGE} items from either (a range too long, a list doubled in a loop) is an
     * error instead of running out of memory.
     */
    private static final class BoundedCollections extends ExtensionCustomizer {
        BoundedCollections(Extension extension) {
            super(extension);
        }

        @Override
        public Map<String, Filter> getFilters() {
            Map<String, Filter> filters = super.getFilters();
            if (filters == null || !filters.containsKey(MergeFilter.FILTER_NAME)) {
                return filters;
            }
            Map<String, Filter> bounded = new java.util.HashMap<>(filters);
            Filter merge = filters.get(MergeFilter.FILTER_NAME);
            bounded.put(MergeFilter.FILTER_NAME, new Filter() {
                @Override
                public List<String> getArgumentNames() {
                    return merge.getArgumentNames();
                }

                @Override
                public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
                                    EvaluationContext context, int line) {
                    long items = (long) size(input) + size(args.get("items"));
                    if (Limits.TEMPLATE_RANGE.exceededBy(items)) {
                        throw new PebbleException(null, "merge would make " + items + " items, more than "
                                + Limits.TEMPLATE_RANGE.value() + " (" + Limits.TEMPLATE_RANGE.describe()
                                + "): does a list double in a loop? " + Limits.TEMPLATE_RANGE.howToRaise(), line,
                                self.getName());
                    }
                    return merge.apply(input, args, self, context, line);
                }
            });
            return bounded;
        }

        private static int size(Object value) {
            return value instanceof java.util.Collection<?> c ? c.size() : value instanceof Map<?, ?> m ? m.size()
                    : value instanceof Object[] a ? a.length : 0;
        }

        @Override
        public Map<String, Function> getFunctions() {
            Map<String, Function> functions = super.getFunctions();
            if (functions == null || !functions.containsKey(RangeFunction.FUNCTION_NAME)) {
                return functions;
            }
            Map<String, Function> bounded = new java.util.HashMap<>(functions);
            Function range = functions.get(RangeFunction.FUNCTION_NAME);
            bounded.put(RangeFunction.FUNCTION_NAME, new Function() {
                @Override
                public List<String> getArgumentNames() {
                    return range.getArgumentNames();
                }

                @Override
                public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                    double start = number(args.get("start"));
                    double end = number(args.get("end"));
                    double step = args.get("increment") == null ? 1 : number(args.get("increment"));
                    double items = step == 0 ? Double.POSITIVE_INFINITY : Math.floor((end - start) / step) + 1;
                    if (Limits.TEMPLATE_RANGE.exceededBy((long) Math.min(Long.MAX_VALUE, items))) {
                        throw new PebbleException(null, "range() would make more than " + Limits.TEMPLATE_RANGE.value()
                                + " items (" + Limits.TEMPLATE_RANGE.describe() + "); "
                                + Limits.TEMPLATE_RANGE.howToRaise(), line, self.getName());
                    }
                    return range.execute(args, self, context, line);
                }
            });
            return bounded;
        }

        private static double number(Object value) {
            if (value instanceof Number n) {
                return n.doubleValue();
            }
            return value instanceof String s && s.length() == 1 ? s.charAt(0) : 0;
        }
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
