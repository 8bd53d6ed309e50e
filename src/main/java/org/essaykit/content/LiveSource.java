package org.essaykit.content;

import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.Diagnostics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content of a site folder kept in memory between edits: each Markdown file read once and again only when it
 * changes, with the problems it had, so that {@code serve} re-reads one file per edit instead of the whole folder.
 * {@link ContentLoader#load} is one of these read once.
 */
public final class LiveSource {

    /** A Markdown file as last read: the document (null when the build leaves it out or it is broken) and its problems. */
    private record MarkdownFile(Document doc, List<Diagnostic> problems) {
    }

    private final Path root;
    private final Path contentDir;
    private final LoadOptions options;
    private final SiteConfig config;
    private final List<Diagnostic> configProblems;
    private final Map<String, DataTable> data;
    private final List<Diagnostic> dataProblems;
    private final Map<Path, MarkdownFile> markdown = new ConcurrentHashMap<>();
    /** The Markdown files that had problems when last read. */
    private final Map<Path, List<Diagnostic>> troubled = new ConcurrentHashMap<>();
    private final TreeMap<String, Document> documents = new TreeMap<>();
    /** {@code documents}' values in order, kept between edits that add or remove none; null when to be made. */
    private List<Document> ordered;
    private final Map<Path, SiteSource.StaticFile> statics = new TreeMap<>();
    private final TreeSet<Path> threads = new TreeSet<>();
    /** A Jekyll repository's files with front matter other than Markdown: pages of its Liquid theme. */
    private final TreeSet<Path> liquidPages = new TreeSet<>();

    private LiveSource(Path root, LoadOptions options) {
        this.root = root;
        this.contentDir = ContentLoader.contentDir(root);
        this.options = options;
        Diagnostics configDiagnostics = new Diagnostics();
        this.config = SiteConfigReader.read(root, contentDir, options, configDiagnostics);
        this.configProblems = configDiagnostics.sorted();
        List<Path> files = ContentLoader.walk(contentDir, config);
        Diagnostics dataDiagnostics = new Diagnostics();
        this.data = DataLoader.load(root, files.stream().filter(this::isData).toList(), dataDiagnostics);
        this.dataProblems = dataDiagnostics.sorted();
        files.parallelStream().filter(ContentLoader::isMarkdown).forEach(file -> markdown.put(file, read(file)));
        markdown.forEach((file, read) -> {
            if (read.doc() != null) {
                documents.put(read.doc().source().toString(), read.doc());
            }
        });
        files.forEach(this::classify);
    }

    /** Reads the site folder {@code root} (absolute, normalised), which must have a content folder. */
    public static LiveSource load(Path root, LoadOptions options) {
        return new LiveSource(root, options);
    }

    /**
     * What {@link #update} did.
     *
     * @param reloadNeeded a change this cannot take file by file (the config, a data file, a folder): read everything again
     * @param documents    source paths (relative to the site root) of the documents read again, added or removed
     * @param threads      a comment thread file was added, changed or removed
     */
    public record Update(boolean reloadNeeded, Set<Path> documents, boolean threads) {
    }

    /** Takes in changed files (absolute paths: created, modified or deleted); other paths are ignored. */
    public Update update(Set<Path> changed) {
        Set<Path> docs = new HashSet<>();
        boolean threadsChanged = false;
        for (Path file : changed) {
            Path path = file.toAbsolutePath().normalize();
            if (path.equals(root.resolve(config.file()))) {
                return new Update(true, Set.of(), false);
            }
            if (!path.startsWith(contentDir) || path.equals(contentDir)
                    || ContentLoader.skipped(contentDir.relativize(path), config)) {
                continue;
            }
            if (isData(path) || Files.isDirectory(path)
                    || (!Files.exists(path) && knowsFilesUnder(path))) {
                return new Update(true, Set.of(), false);
            }
            boolean exists = Files.isRegularFile(path);
            if (ContentLoader.isMarkdown(path)) {
                MarkdownFile before = exists ? markdown.put(path, read(path)) : forget(path);
                MarkdownFile after = markdown.get(path);
                Document was = before == null ? null : before.doc();
                Document is = after == null ? null : after.doc();
                if (was != null) {
                    documents.remove(was.source().toString());
                }
                if (is != null) {
                    documents.put(is.source().toString(), is);
                }
                if (was != null && is != null && ordered != null) {
                    // The same file read again keeps its place among the documents.
                    int at = Collections.binarySearch(ordered, was, BY_SOURCE);
                    ordered.set(at, is);
                } else if (was != null || is != null) {
                    ordered = null;
                }
                docs.add(root.relativize(path));
            } else {
                threadsChanged |= ContentLoader.isThread(path);
                statics.remove(path);
                threads.remove(path);
                liquidPages.remove(path);
                if (exists) {
                    classify(path);
                }
            }
        }
        return new Update(false, docs, threadsChanged);
    }

    public SiteSource source() {
        List<SiteSource.StaticFile> copied = statics.values().stream()
                .sorted(Comparator.comparing(SiteSource.StaticFile::outputPath)).toList();
        if (ordered == null) {
            ordered = new ArrayList<>(documents.values());
        }
        return new SiteSource(root, config, ordered, copied, data);
    }

    /** The comment thread files ({@code <slug>.comments.yaml}), absolute and sorted. */
    public List<Path> threadFiles() {
        return List.copyOf(threads);
    }

    /** The problems of the config, the data files and every Markdown file, as last read. */
    public List<Diagnostic> problems() {
        List<Diagnostic> all = new ArrayList<>(configProblems);
        all.addAll(dataProblems);
        for (Path page : liquidPages) {
            all.add(Diagnostic.warning(org.essaykit.diag.SourcePos.startOf(root.relativize(page)),
                    "left out: a page of the Jekyll theme, made with Liquid and layouts",
                    "essaykit makes its own home page, archive, tags, feed and sitemap with its theme"));
        }
        troubled.values().forEach(all::addAll);
        return all;
    }

    private MarkdownFile read(Path file) {
        Diagnostics own = new Diagnostics();
        Document doc = ContentLoader.readIncluded(root, contentDir, file, config, options, own);
        List<Diagnostic> problems = own.sorted();
        if (problems.isEmpty()) {
            troubled.remove(file);
        } else {
            troubled.put(file, problems);
        }
        return new MarkdownFile(doc, problems);
    }

    private MarkdownFile forget(Path file) {
        troubled.remove(file);
        return markdown.remove(file);
    }

    /** The order of {@code documents}: by source path as a string. */
    private static final Comparator<Document> BY_SOURCE = Comparator.comparing(doc -> doc.source().toString());

    private void classify(Path file) {
        if (ContentLoader.isThread(file)) {
            threads.add(file);
        } else if (config.jekyll().repository() && !ContentLoader.isMarkdown(file) && ContentLoader.hasFrontMatter(file)) {
            liquidPages.add(file); // Jekyll renders it with Liquid (a home page, a feed, a stylesheet): left out
        } else if (ContentLoader.isStatic(contentDir, file, config)) {
            statics.put(file, new SiteSource.StaticFile(root.relativize(file),
                    ContentLoader.slashes(contentDir.relativize(file))));
        }
    }

    private boolean isData(Path file) {
        return !config.jekyll().repository() && contentDir.relativize(file).startsWith("data")
                && file.getFileName().toString().matches(".*\\.(ya?ml|json|csv)$");
    }

    private boolean knowsFilesUnder(Path dir) {
        return markdown.keySet().stream().anyMatch(f -> f.startsWith(dir) && !f.equals(dir))
                || statics.keySet().stream().anyMatch(f -> f.startsWith(dir) && !f.equals(dir))
                || threads.stream().anyMatch(f -> f.startsWith(dir) && !f.equals(dir));
    }
}
