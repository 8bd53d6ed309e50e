package org.essaykit.content;

import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.SourcePos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Walks {@code content/} and reads every file into the model: Markdown files become posts or pages,
 * {@code site.yaml} the config, everything else is copied as a static file.
 *
 * <p>Where things go: {@code content/posts/**.md} and Jekyll's {@code _posts/YYYY-MM-DD-slug.md} are
 * posts; {@code _drafts/*.md} are drafts; {@code content/concepts/*.md} are concepts; other Markdown files are pages; {@code content/data/} holds
 * data files. Other names starting with {@code _} or {@code .} are skipped, as in Jekyll.
 */
public final class ContentLoader {

    public static final String CONTENT_DIR = "content";

    private static final Pattern JEKYLL_POST = Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})-(.+)");

    private ContentLoader() {
    }

    /** A Jekyll repository read as it is: a {@code _config.yml} and no {@code content/} folder. */
    public static boolean isJekyllRepository(Path siteRoot) {
        return !Files.isDirectory(siteRoot.resolve(CONTENT_DIR))
                && Files.isRegularFile(siteRoot.resolve(JekyllConfigReader.CONFIG_FILE));
    }

    /** The folder the sources are in: {@code content/}, or the site folder itself for a Jekyll repository. */
    public static Path contentDir(Path siteRoot) {
        return isJekyllRepository(siteRoot) ? siteRoot : siteRoot.resolve(CONTENT_DIR);
    }

    /** The site config: {@code content/site.yaml}, or a Jekyll repository's {@code _config.yml}. */
    public static Path configFile(Path siteRoot) {
        return isJekyllRepository(siteRoot) ? siteRoot.resolve(JekyllConfigReader.CONFIG_FILE)
                : siteRoot.resolve(CONTENT_DIR).resolve(SiteConfigReader.CONFIG_FILE);
    }

    /** Whether the site folder has sources to build: a content folder, or a Jekyll repository. */
    public static boolean hasContent(Path siteRoot) {
        return Files.isDirectory(contentDir(siteRoot));
    }

    public static SiteSource load(Path siteRoot, LoadOptions options, Diagnostics diagnostics) {
        Path root = siteRoot.toAbsolutePath().normalize();
        Path contentDir = contentDir(root);
        if (!Files.isDirectory(contentDir)) {
            diagnostics.error(SourcePos.startOf(Path.of(CONTENT_DIR)), "the site has no content folder",
                    "run essaykit in a site folder, or pass --source DIR pointing at one with a content/ folder "
                            + "(or at a Jekyll repository, with its _config.yml)");
            return new SiteSource(root, SiteConfigReader.read(root, contentDir, options, new Diagnostics()), List.of(),
                    List.of(), java.util.Map.of());
        }
        ContentFiles folder = ContentFiles.scan(root, options);
        folder.configProblems().forEach(diagnostics::report);
        folder.dataProblems().forEach(diagnostics::report);
        // Each file's kind once: in a Jekyll repository finding it reads the file's first line.
        java.util.Map<Path, ContentFiles.Kind> kinds = new java.util.LinkedHashMap<>();
        folder.files().forEach(file -> kinds.put(file, folder.kindOf(file)));
        List<ContentFiles.MarkdownFile> read = folder.files().parallelStream()
                .filter(file -> kinds.get(file) == ContentFiles.Kind.MARKDOWN).map(folder::read).toList();
        read.forEach(file -> file.problems().forEach(diagnostics::report));
        kinds.forEach((file, kind) -> {
            if (kind == ContentFiles.Kind.LIQUID_PAGE) {
                diagnostics.report(folder.leftOut(file));
            }
        });
        return folder.source(read.stream().map(ContentFiles.MarkdownFile::doc).filter(java.util.Objects::nonNull)
                        .sorted(ContentFiles.BY_SOURCE).toList(),
                folder.files().stream().filter(file -> folder.copied(file, kinds.get(file)))
                        .map(folder::staticFile).toList());
    }

    /**
     * Only the site config, {@code content/site.yaml}, for tools that need the site's url and base path
     * without loading every document. Problems go to {@code diagnostics}; a missing file is one.
     */
    public static SiteConfig loadConfig(Path siteRoot, Diagnostics diagnostics) {
        return loadConfig(siteRoot, LoadOptions.published(java.time.Instant.now()), diagnostics);
    }

    /** The site config with the command line's --url and --baseurl applied, as a build with these options sees it. */
    public static SiteConfig loadConfig(Path siteRoot, LoadOptions options, Diagnostics diagnostics) {
        Path root = siteRoot.toAbsolutePath().normalize();
        return SiteConfigReader.read(root, root.resolve(CONTENT_DIR), options, diagnostics);
    }

    static List<Path> walk(Path contentDir, SiteConfig config) {
        try (Stream<Path> stream = Files.walk(contentDir)) {
            return stream.filter(Files::isRegularFile)
                    .filter(file -> !skipped(contentDir.relativize(file), config))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a file or folder is left out of the site, by our rules or a Jekyll repository's. */
    static boolean skipped(Path relative, SiteConfig config) {
        return config.jekyll().repository() ? config.jekyll().skipped(relative) : skipped(relative);
    }

    /** Jekyll skips names starting with _ or . except its own _posts and _drafts folders. */
    public static boolean skipped(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || (name.startsWith("_") && !name.equals("_posts") && !name.equals("_drafts"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a file starts with a {@code ---} line, as files Jekyll renders do. */
    static boolean hasFrontMatter(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(5);
            String text = new String(start, StandardCharsets.UTF_8);
            return text.startsWith("---\n") || text.startsWith("---\r");
        } catch (IOException e) {
            return false;
        }
    }

    static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    /** A post's archived comments: {@code <slug>.comments.yaml} beside it. */
    static boolean isThread(Path file) {
        return file.getFileName().toString().endsWith(".comments.yaml");
    }

    static boolean isStatic(Path contentDir, Path file, SiteConfig config) {
        Path relative = contentDir.relativize(file);
        if (config.jekyll().repository()) { // Jekyll copies Markdown without front matter (a README) as it is
            return !isThread(file) && (!isMarkdown(file) || !hasFrontMatter(file));
        }
        return !isMarkdown(file)
                && !relative.toString().equals(SiteConfigReader.CONFIG_FILE)
                && !relative.startsWith("data")
                && !isThread(file);
    }

    /**
     * Reads one document and keeps it, with its diagnostics, only if this build includes it: like Jekyll,
     * a build without --drafts ignores drafts entirely, even broken ones.
     */
    static Document readIncluded(Path root, Path contentDir, Path file, SiteConfig config,
                                         LoadOptions options, Diagnostics diagnostics) {
        Placement placement = Placement.of(contentDir.relativize(file), config.timezone());
        if (placement.undatedPost()) {
            diagnostics.report(Diagnostic.warning(SourcePos.startOf(root.relativize(file)),
                    "skipped: a file in _posts/ is a post only when its name starts with its date, as in Jekyll",
                    "rename it `YYYY-MM-DD-" + file.getFileName() + "` to publish it, or move it out of _posts/"));
            return null;
        }
        if (config.jekyll().repository()) {
            if (!hasFrontMatter(file)) {
                return null; // a static file
            }
            if (placement.kind() == Document.Kind.PAGE && contentDir.relativize(file).getNameCount() == 1
                    && (placement.slug().equals("index") || placement.slug().equals("404"))) {
                String which = placement.slug().equals("index") ? "home page" : "404 page";
                diagnostics.report(Diagnostic.warning(SourcePos.startOf(root.relativize(file)),
                        "left out: the Jekyll theme's " + which, "essaykit makes its own " + which + " with its theme"));
                return null;
            }
        }
        Diagnostics own = new Diagnostics();
        Document doc = readDocument(root, contentDir, file, config, own);
        if (doc != null && !included(doc, options)) {
            return null;
        }
        own.sorted().forEach(diagnostics::report);
        return doc;
    }

    private static Document readDocument(Path root, Path contentDir, Path file, SiteConfig config,
                                         Diagnostics diagnostics) {
        Path source = root.relativize(file);
        String text;
        try {
            text = SourceText.read(file, source);
        } catch (SourceText.Unreadable e) {
            diagnostics.report(e.error(""));
            return null;
        }
        FrontMatter.Split split = FrontMatter.split(text, source, diagnostics);
        if (split == null) {
            return null;
        }
        YamlReader.YamlMap yaml;
        try {
            yaml = YamlReader.readMapping(split.yaml(), source, split.yamlLine() - 1);
        } catch (YamlReader.YamlException e) {
            diagnostics.error(e.pos(), e.getMessage(), e.hint("fix the front matter between the --- lines"));
            return null;
        }
        return DocumentReader.read(source, contentDir.relativize(file), yaml, split, config, diagnostics);
    }

    private static boolean included(Document doc, LoadOptions options) {
        if (doc.draft() && !options.includeDrafts()) {
            return false;
        }
        return options.includeFuture() || doc.date() == null || !doc.date().toInstant().isAfter(options.now());
    }

    static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }

    /** How a Markdown file's place in {@code content/} decides its kind, slug, date and categories. */
    record Placement(Document.Kind kind, String slug, OffsetDateTime fileDate, boolean draftFolder,
                     List<String> folderCategories, boolean undatedPost) {

        Placement(Document.Kind kind, String slug, OffsetDateTime fileDate, boolean draftFolder,
                  List<String> folderCategories) {
            this(kind, slug, fileDate, draftFolder, folderCategories, false);
        }

        static Placement of(Path inContent, ZoneId zone) {
            String name = inContent.getFileName().toString().replaceFirst("\\.(md|markdown)$", "");
            List<String> parts = new ArrayList<>();
            inContent.forEach(p -> parts.add(p.toString()));
            int postsAt = parts.indexOf("_posts");
            int draftsAt = parts.indexOf("_drafts");
            if (postsAt >= 0 || draftsAt >= 0) {
                int at = postsAt >= 0 ? postsAt : draftsAt;
                List<String> categories = List.copyOf(parts.subList(0, at));
                Matcher m = JEKYLL_POST.matcher(name);
                OffsetDateTime date = m.matches() ? JekyllDates.parse(m.group(1), zone).orElse(null) : null;
                if (date != null) {
                    return new Placement(Document.Kind.POST, m.group(2), date, draftsAt >= 0, categories);
                }
                // Jekyll reads only YYYY-MM-DD-title files in _posts/ (drafts need no date).
                return new Placement(Document.Kind.POST, name, null, draftsAt >= 0, categories, postsAt >= 0);
            }
            if (parts.size() > 1 && parts.get(0).equals("posts")) {
                return new Placement(Document.Kind.POST, name, null, false, List.of());
            }
            if (parts.size() > 1 && parts.get(0).equals("concepts")) {
                return new Placement(Document.Kind.CONCEPT, name, null, false, List.of());
            }
            return new Placement(Document.Kind.PAGE, name, null, false, List.of());
        }
    }
}
