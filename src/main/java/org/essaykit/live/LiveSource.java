package org.essaykit.live;

import org.essaykit.content.ContentFiles;
import org.essaykit.content.Document;
import org.essaykit.content.LoadOptions;
import org.essaykit.content.SiteSource;
import org.essaykit.diag.Diagnostic;
import org.essaykit.simc.SiteSimulations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content of a site folder kept in memory between edits: each Markdown file read once and again only when it
 * changes, with the problems it had, so that a rebuild reads one file per edit instead of the whole folder. The
 * rules for what each file is are the plain build's ({@link ContentFiles}).
 */
final class LiveSource {

    private final ContentFiles folder;
    private final Map<Path, ContentFiles.MarkdownFile> markdown = new ConcurrentHashMap<>();
    /** The Markdown files that had problems when last read. */
    private final Map<Path, List<Diagnostic>> troubled = new ConcurrentHashMap<>();
    private final TreeMap<String, Document> documents = new TreeMap<>();
    /** {@code documents}' values in order, kept between edits that add or remove none; null when to be made. */
    private List<Document> ordered;
    private final Map<Path, SiteSource.StaticFile> statics = new TreeMap<>();
    private final TreeSet<Path> threads = new TreeSet<>();
    /** A Jekyll repository's files with front matter other than Markdown: pages of its Liquid theme, left out. */
    private final TreeSet<Path> liquidPages = new TreeSet<>();

    private LiveSource(ContentFiles folder) {
        this.folder = folder;
        folder.files().parallelStream().filter(file -> folder.kindOf(file) == ContentFiles.Kind.MARKDOWN)
                .forEach(file -> markdown.put(file, read(file)));
        markdown.forEach((file, read) -> {
            if (read.doc() != null) {
                documents.put(read.doc().source().toString(), read.doc());
            }
        });
        folder.files().forEach(this::classify);
    }

    /** Reads the site folder {@code root} (absolute, normalised), which must have a content folder. */
    static LiveSource load(Path root, LoadOptions options) {
        return new LiveSource(ContentFiles.scan(root, options));
    }

    /**
     * What {@link #update} found.
     *
     * @param reloadNeeded a change this cannot take file by file (the config, a data file, a folder): read everything again
     * @param documents    source paths (relative to the site root) of the documents read again, added or removed
     * @param threads      a comment thread file was added, changed or removed
     */
    record Update(boolean reloadNeeded, Set<Path> documents, boolean threads) {
        static final Update RELOAD = new Update(true, Set.of(), false);
    }

    /** Takes in changed files (absolute paths: created, modified or deleted); other paths are ignored. */
    Update update(Set<Path> changed) {
        Set<Path> docs = new HashSet<>();
        boolean threadsChanged = false;
        for (Path file : changed) {
            Path path = file.toAbsolutePath().normalize();
            if (folder.isConfig(path) || folder.isLiquidInput(path) || SiteSimulations.isSource(folder.root(), path)) {
                return Update.RELOAD;
            }
            if (folder.ignores(path)) {
                continue;
            }
            ContentFiles.Kind kind = folder.kindOf(path);
            if (kind == ContentFiles.Kind.DATA || Files.isDirectory(path) || (!Files.exists(path) && knowsFilesUnder(path))
                    || org.essaykit.cite.CitationSettings.mayBeCitationSource(path)) {
                return Update.RELOAD;
            }
            if (kind == ContentFiles.Kind.MARKDOWN) {
                reread(path);
                docs.add(folder.root().relativize(path));
            } else {
                threadsChanged |= kind == ContentFiles.Kind.THREAD;
                statics.remove(path);
                threads.remove(path);
                liquidPages.remove(path);
                if (Files.exists(path)) {
                    classify(path);
                }
            }
        }
        return new Update(false, docs, threadsChanged);
    }

    private void reread(Path path) {
        ContentFiles.MarkdownFile before = Files.isRegularFile(path) ? markdown.put(path, read(path)) : forget(path);
        ContentFiles.MarkdownFile after = markdown.get(path);
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
            ordered.set(Collections.binarySearch(ordered, was, ContentFiles.BY_SOURCE), is);
        } else if (was != null || is != null) {
            ordered = null;
        }
    }

    SiteSource source() {
        if (ordered == null) {
            ordered = new ArrayList<>(documents.values());
        }
        return folder.source(ordered, statics.values());
    }

    /** The comment thread files ({@code <slug>.comments.yaml}), absolute and sorted. */
    List<Path> threadFiles() {
        return List.copyOf(threads);
    }

    /** The problems of the config, the data files and every Markdown file, as last read. */
    List<Diagnostic> problems() {
        List<Diagnostic> all = new ArrayList<>(folder.configProblems());
        all.addAll(folder.dataProblems());
        liquidPages.forEach(page -> all.add(folder.leftOut(page)));
        troubled.values().forEach(all::addAll);
        return all;
    }

    private ContentFiles.MarkdownFile read(Path file) {
        ContentFiles.MarkdownFile read = folder.read(file);
        if (read.problems().isEmpty()) {
            troubled.remove(file);
        } else {
            troubled.put(file, read.problems());
        }
        return read;
    }

    private ContentFiles.MarkdownFile forget(Path file) {
        troubled.remove(file);
        return markdown.remove(file);
    }

    private void classify(Path file) {
        ContentFiles.Kind kind = folder.kindOf(file);
        if (kind == ContentFiles.Kind.THREAD) {
            threads.add(file);
        } else if (kind == ContentFiles.Kind.LIQUID_PAGE) {
            liquidPages.add(file);
        } else if (folder.copied(file, kind)) {
            statics.put(file, folder.staticFile(file));
        }
    }

    private boolean knowsFilesUnder(Path dir) {
        return markdown.keySet().stream().anyMatch(f -> f.startsWith(dir) && !f.equals(dir))
                || statics.keySet().stream().anyMatch(f -> f.startsWith(dir) && !f.equals(dir))
                || threads.stream().anyMatch(f -> f.startsWith(dir) && !f.equals(dir));
    }
}
