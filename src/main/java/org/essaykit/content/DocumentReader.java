package org.essaykit.content;

import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.Limits;
import org.essaykit.diag.SourcePos;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

/** Turns one file's front matter and body into a {@link Document}, reporting every problem it finds. */
final class DocumentReader {

    private DocumentReader() {
    }

    static Document read(Path source, Path inContent, YamlReader.YamlMap frontMatter, FrontMatter.Split split,
                         SiteConfig config, Diagnostics diagnostics) {
        ContentLoader.Placement placement = ContentLoader.Placement.of(inContent, config.timezone());
        JekyllSettings jekyll = config.jekyll();
        JekyllSettings.Collection collection = jekyll.collectionOf(inContent);
        YamlReader.YamlMap yaml = jekyll.repository() ? withDefaults(frontMatter, inContent, placement, collection, jekyll)
                : frontMatter;
        FieldReader fields = new FieldReader(yaml, SourcePos.startOf(source), diagnostics);

        // Jekyll titles an untitled post after its slug; a page may have no title at all.
        String title = fields.string("title", jekyll.repository() ? titleized(placement.slug()) : "").trim();
        if (title.isEmpty()) {
            diagnostics.error(SourcePos.startOf(source), "missing title",
                    split.yaml().isEmpty()
                            ? "start the file with front matter: a `---` line, `title: Your title`, and another `---` line"
                            : "add `title: Your title` to the front matter");
        }
        OffsetDateTime date = date(fields, "date", placement.fileDate(), config, diagnostics);
        OffsetDateTime modified = date(fields, "last_modified_at", null, config, diagnostics);
        String slug = fields.string("slug", placement.slug()).trim();

        Set<String> distinct = new LinkedHashSet<>(placement.folderCategories());
        for (String key : List.of("categories", "category")) {
            distinct.addAll(fields.words(key));
        }
        List<String> categories = new ArrayList<>(distinct);
        List<String> tags = fields.words("tags");
        int most = (int) Math.min(Integer.MAX_VALUE, Limits.TAGS_PER_POST.value());
        for (String key : List.of("tags", fields.has("categories") ? "categories" : "category")) {
            int count = key.equals("tags") ? tags.size() : categories.size();
            if (Limits.TAGS_PER_POST.exceededBy(count)) {
                diagnostics.error(fields.pos(key), "`" + key + "` lists " + count + " different values, more than a "
                        + "document may have (" + Limits.TAGS_PER_POST.describe() + ")",
                        "each one is a page of the site: keep the ones readers browse by; "
                                + Limits.TAGS_PER_POST.howToRaise());
            }
        }
        // The build fails; the rest of it sees only as many as allowed, so that it stays quick.
        tags = tags.size() > most ? new ArrayList<>(tags.subList(0, most)) : tags;
        categories = categories.size() > most ? new ArrayList<>(categories.subList(0, most)) : categories;
        boolean draft = fields.bool("draft", false) || placement.draftFolder() || !fields.bool("published", true);
        String url = collection != null && !fields.has("permalink")
                ? collectionUrl(collection, inContent, config)
                : url(source, inContent, fields, placement, slug, date, categories, config, diagnostics);
        url = checkedPaths(source, inContent, fields, url, tags, diagnostics);

        return new Document(source, placement.kind(), slug, url, title,
                fields.string("subtitle", null),
                date,
                modified,
                tags,
                categories,
                fields.string("layout", placement.kind().defaultLayout()).trim(),
                draft,
                fields.string("description", fields.string("summary", fields.string("excerpt", null))),
                fields.person("author"),
                aliases(fields, jekyll.repository()),
                blankToNull(fields.string("series", null)),
                fields.integer("series_part", 0),
                yaml.values(),
                yaml.positions(),
                split.body(),
                split.bodyLine());
    }

    /**
     * Reports a URL, an old URL in {@code aliases} or a tag that cannot be a path of the site, at its key; the
     * page's URL is then a stand-in unique to its file (the build fails anyway), so that nothing is written outside
     * the site.
     */
    private static String checkedPaths(Path source, Path inContent, FieldReader fields, String url, List<String> tags,
                                       Diagnostics diagnostics) {
        String checked = url;
        String problem = OutputPaths.problem(url);
        if (problem != null) {
            String key = fields.has("permalink") ? "permalink" : fields.has("slug") ? "slug" : null;
            diagnostics.error(key == null ? SourcePos.startOf(source) : fields.pos(key),
                    "the page's URL " + problem, OutputPaths.hint());
            checked = "/" + inContent.hashCode() + "/";
        }
        for (String alias : aliases(fields, true)) {
            String aliasProblem = alias.startsWith("/") ? OutputPaths.problem(alias) : null;
            if (aliasProblem != null) {
                diagnostics.error(fields.pos(fields.has("aliases") ? "aliases" : REDIRECT_FROM), "the old URL " + aliasProblem,
                        "an old URL is a path of this site starting with one /; " + OutputPaths.hint());
            }
        }
        for (String tag : tags) {
            String tagProblem = OutputPaths.segmentProblem(Slugs.slugify(tag));
            if (tagProblem != null) {
                diagnostics.error(fields.pos("tags"), "the tag `" + tag.substring(0, Math.min(40, tag.length()))
                        + (tag.length() > 40 ? "…" : "") + "` " + tagProblem,
                        "each tag is a folder of the site (/tags/<tag>/): use a shorter tag; " + Limits.PATH_SEGMENT_BYTES.howToRaise());
                break;
            }
        }
        return checked;
    }

    /** jekyll-redirect-from's key: old URLs of the page, which essaykit's aliases redirect as that plugin does. */
    private static final String REDIRECT_FROM = "redirect_from";

    /**
     * {@code aliases:}, and in a Jekyll repository {@code redirect_from:} (its paths made root-relative, as the
     * plugin reads {@code old.html} and {@code /old.html} alike).
     */
    private static List<String> aliases(FieldReader fields, boolean jekyll) {
        List<String> aliases = new ArrayList<>(fields.words("aliases"));
        if (jekyll) {
            fields.words(REDIRECT_FROM).forEach(old -> aliases.add(old.startsWith("/") ? old : "/" + old));
        }
        return aliases;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A date field in any of Jekyll's forms; {@code absent} when the key is missing or unreadable (reported). */
    private static OffsetDateTime date(FieldReader fields, String key, OffsetDateTime absent, SiteConfig config,
                                       Diagnostics diagnostics) {
        if (!fields.has(key)) {
            return absent;
        }
        String text = fields.string(key, "");
        return JekyllDates.parse(text, config.timezone()).orElseGet(() -> {
            diagnostics.error(fields.pos(key), "cannot read the date `" + text + "`",
                    "write it as `2023-05-05`, `2023-05-05 12:12:12 -0400`, `2023-05-05T12:12:12Z` or `May 5, 2023`");
            return absent;
        });
    }

    private static String url(Path source, Path inContent, FieldReader fields, ContentLoader.Placement placement,
                              String slug, OffsetDateTime date, List<String> categories, SiteConfig config,
                              Diagnostics diagnostics) {
        boolean ownPermalink = fields.has("permalink");
        String pattern;
        if (ownPermalink) {
            pattern = fields.string("permalink", "");
        } else if (placement.kind() == Document.Kind.POST) {
            pattern = config.permalink();
        } else {
            // Pages and concepts live where their files are: concepts/x.md is /concepts/x/.
            return config.jekyll().repository() ? jekyllPageUrl(inContent, config) : pageUrl(inContent);
        }
        try {
            // Jekyll takes :year, :month and :day in the site's time zone, whatever offset the date was written with.
            OffsetDateTime siteDate = date == null ? null : date.atZoneSameInstant(config.timezone()).toOffsetDateTime();
            return Permalinks.expand(pattern, slug, siteDate, categories);
        } catch (Permalinks.PermalinkException e) {
            SourcePos pos = ownPermalink ? fields.pos("permalink") : SourcePos.startOf(source);
            diagnostics.error(pos, e.getMessage(),
                    "add `date:` to the front matter, or use a permalink without date placeholders");
            return "/" + ContentLoader.slashes(inContent) + "/";
        }
    }

    /** The front matter over the {@code defaults:} of its scope: posts, drafts, pages or its collection. */
    private static YamlReader.YamlMap withDefaults(YamlReader.YamlMap frontMatter, Path inContent,
                                                   ContentLoader.Placement placement,
                                                   JekyllSettings.Collection collection, JekyllSettings jekyll) {
        String type = collection != null ? collection.label() : placement.kind() != Document.Kind.POST ? "pages"
                : placement.draftFolder() ? "drafts" : "posts";
        Map<String, Object> values = jekyll.defaultsFor(ContentLoader.slashes(inContent), type);
        if (values.isEmpty()) {
            return frontMatter;
        }
        values.putAll(frontMatter.values());
        return new YamlReader.YamlMap(values, frontMatter.positions());
    }

    /** Jekyll's title for an untitled post: the slug's words, each capitalised. */
    private static String titleized(String slug) {
        StringBuilder title = new StringBuilder();
        for (String word : slug.split("-")) {
            if (!word.isEmpty()) {
                title.append(title.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1));
            }
        }
        return title.toString();
    }

    /** The site's permalink style decides whether Jekyll's pages end in {@code /} ("pretty") or {@code .html}. */
    private static boolean prettyUrls(SiteConfig config) {
        return config.permalink().equals("pretty") || config.permalink().endsWith("/");
    }

    /** Jekyll's page URLs: {@code about.md} is {@code /about.html}, or {@code /about/} with pretty permalinks. */
    private static String jekyllPageUrl(Path inContent, SiteConfig config) {
        String path = ContentLoader.slashes(inContent).replaceFirst("\\.(md|markdown)$", "");
        if (path.equals("index") || path.endsWith("/index")) {
            return "/" + path.substring(0, path.length() - "index".length());
        }
        return "/" + path + (prettyUrls(config) ? "/" : ".html");
    }

    /** A collection document's URL: its permalink with {@code :collection}, {@code :path} and {@code :name}, or Jekyll's. */
    private static String collectionUrl(JekyllSettings.Collection collection, Path inContent, SiteConfig config) {
        String path = ContentLoader.slashes(inContent.subpath(1, inContent.getNameCount()))
                .replaceFirst("\\.(md|markdown)$", "");
        String pattern = collection.permalink() != null ? collection.permalink()
                : "/:collection/:path" + (prettyUrls(config) ? "/" : ":output_ext");
        String name = path.substring(path.lastIndexOf('/') + 1);
        String url = pattern.replace(":collection", collection.label()).replace(":path", path)
                .replace(":name", name).replace(":title", name).replace(":output_ext", ".html")
                .replaceAll("/{2,}", "/");
        return url.startsWith("/") ? url : "/" + url;
    }

    /** {@code about.md} is {@code /about/}; {@code guide/index.md} is {@code /guide/}. */
    private static String pageUrl(Path inContent) {
        String path = ContentLoader.slashes(inContent).replaceFirst("\\.(md|markdown)$", "");
        if (path.equals("index")) {
            return "/";
        }
        if (path.endsWith("/index")) {
            path = path.substring(0, path.length() - "index".length());
            return "/" + path;
        }
        return "/" + path + "/";
    }
}
