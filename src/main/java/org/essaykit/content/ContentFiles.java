package org.essaykit.content;

import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.SourcePos;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A site folder read once: its config and data files, and the rules that say what each of its other files is.
 * {@link ContentLoader#load} reads every Markdown file through it; {@code serve}'s live layer keeps one and reads
 * again only the files an edit touched.
 *
 * @param root    the site folder, absolute and normalised
 * @param files   every file of the content folder the site uses, sorted
 */
public record ContentFiles(Path root, Path contentDir, LoadOptions options, SiteConfig config,
                           List<Diagnostic> configProblems, Map<String, DataTable> data,
                           List<Diagnostic> dataProblems, List<Path> files) {

    /** What a file of the content folder is to the site. */
    public enum Kind { MARKDOWN, DATA, THREAD, STATIC, LIQUID_PAGE, NONE }

    /** A Markdown file as read: the document (null when the build leaves it out or it is broken) and its problems. */
    public record MarkdownFile(Document doc, List<Diagnostic> problems) {
        public MarkdownFile {
            problems = List.copyOf(problems);
        }
    }

    public ContentFiles {
        configProblems = List.copyOf(configProblems);
        dataProblems = List.copyOf(dataProblems);
        files = List.copyOf(files);
    }

    /** Reads the config and the data files of the site folder {@code root} (absolute, normalised). */
    public static ContentFiles scan(Path root, LoadOptions options) {
        Path contentDir = ContentLoader.contentDir(root);
        Diagnostics configProblems = new Diagnostics();
        SiteConfig config = SiteConfigReader.read(root, contentDir, options, configProblems);
        List<Path> files = ContentLoader.walk(contentDir, config);
        ContentFiles rules = new ContentFiles(root, contentDir, options, config, configProblems.sorted(), Map.of(),
                List.of(), files);
        Diagnostics dataProblems = new Diagnostics();
        Map<String, DataTable> data = DataLoader.load(root,
                files.stream().filter(file -> rules.kindOf(file) == Kind.DATA).toList(), dataProblems);
        return new ContentFiles(root, contentDir, options, config, rules.configProblems, data, dataProblems.sorted(),
                files);
    }

    /** Whether a change to this file (absolute) means the whole folder must be read again: the config file. */
    public boolean isConfig(Path file) {
        return file.equals(root.resolve(config.file()));
    }

    /**
     * Whether this file (absolute) is one that Liquid reads while rendering bodies: a Jekyll repository's
     * {@code _includes/} and {@code _data/}. Which bodies read it is not tracked, so a change reads everything again.
     */
    public boolean isLiquidInput(Path file) {
        return config.jekyll().repository()
                && (file.startsWith(root.resolve("_includes")) || file.startsWith(root.resolve("_data")));
    }

    /** Whether the site leaves this path (absolute) out: outside the content folder, or skipped by its rules. */
    public boolean ignores(Path path) {
        return !path.startsWith(contentDir) || path.equals(contentDir)
                || ContentLoader.skipped(contentDir.relativize(path), config);
    }

    /** What a file of the content folder (absolute) is; a path the site ignores is {@link Kind#NONE}. */
    public Kind kindOf(Path file) {
        if (ignores(file)) {
            return Kind.NONE;
        }
        if (!config.jekyll().repository() && contentDir.relativize(file).startsWith("data")
                && file.getFileName().toString().matches(".*\\.(ya?ml|json|csv)$")) {
            return Kind.DATA;
        }
        if (ContentLoader.isMarkdown(file)) {
            return Kind.MARKDOWN;
        }
        if (ContentLoader.isThread(file)) {
            return Kind.THREAD;
        }
        if (config.jekyll().repository() && ContentLoader.hasFrontMatter(file)) {
            return Kind.LIQUID_PAGE; // Jekyll renders it with Liquid (a home page, a feed, a stylesheet): left out
        }
        return ContentLoader.isStatic(contentDir, file, config) ? Kind.STATIC : Kind.NONE;
    }

    /** Whether the site copies this file (absolute) as it is (a Jekyll repository copies Markdown without front matter). */
    public boolean copied(Path file) {
        return copied(file, kindOf(file));
    }

    /** {@link #copied(Path)} for a file whose kind is known (finding it may read the file's first line). */
    public boolean copied(Path file, Kind kind) {
        return kind == Kind.STATIC || (kind == Kind.MARKDOWN && ContentLoader.isStatic(contentDir, file, config));
    }

    /** Reads one Markdown file (absolute). */
    public MarkdownFile read(Path file) {
        Diagnostics own = new Diagnostics();
        Document doc = ContentLoader.readIncluded(root, contentDir, file, config, options, own);
        return new MarkdownFile(doc, own.sorted());
    }

    /** A static file (absolute) as the site copies it. */
    public SiteSource.StaticFile staticFile(Path file) {
        return new SiteSource.StaticFile(root.relativize(file), ContentLoader.slashes(contentDir.relativize(file)));
    }

    /** The warning for a page of a Jekyll theme, which is left out. */
    public Diagnostic leftOut(Path liquidPage) {
        return Diagnostic.warning(SourcePos.startOf(root.relativize(liquidPage)),
                "left out: a page of the Jekyll theme, made with Liquid and layouts",
                "essaykit makes its own home page, archive, tags, feed and sitemap with its theme");
    }

    /** The order of a site's documents: by source path as a string. */
    public static final Comparator<Document> BY_SOURCE = Comparator.comparing(doc -> doc.source().toString());

    /** The site: {@code documents} in {@link #BY_SOURCE} order, static files in any order. */
    public SiteSource source(List<Document> documents, Collection<SiteSource.StaticFile> statics) {
        return new SiteSource(root, config, documents,
                statics.stream().sorted(Comparator.comparing(SiteSource.StaticFile::outputPath)).toList(), data);
    }
}
