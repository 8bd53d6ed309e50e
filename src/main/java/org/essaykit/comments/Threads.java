package org.essaykit.comments;

import org.essaykit.markdown.SafeUrls;
import org.essaykit.content.ContentLoader;
import org.essaykit.content.Document;
import org.essaykit.content.SiteIndex;
import org.essaykit.content.SiteSource;
import org.essaykit.content.SourceText;
import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.SourcePos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The comments stage: finds every {@code <slug>.comments.yaml}, reads and checks it, renders its bodies. */
public final class Threads {

    static final String SUFFIX = ".comments.yaml";

    private Threads() {
    }

    /** The site.yaml key that lets the build link concept mentions inside comments, as it does in posts. */
    public static final String AUTOLINK_KEY = "autolink_comments";

    /**
     * @return the thread of each post that has one, by the post's source path. A thread beside a post
     *         this build leaves out (a draft, a future post) is skipped without a word.
     */
    public static Map<Path, CommentThread> load(SiteSource source, SiteIndex index, Diagnostics diagnostics) {
        return load(source, index, files(source.root()), diagnostics);
    }

    /** @param files the thread files to read (absolute), as a walk of {@code content/} finds them */
    public static Map<Path, CommentThread> load(SiteSource source, SiteIndex index, List<Path> files,
                                                Diagnostics diagnostics) {
        Map<Path, Document> posts = source.documents().stream().filter(Document::isPost)
                .collect(Collectors.toMap(Document::source, Function.identity()));
        Object order = source.config().params().get(CommentOrder.KEY);
        if (order != null && CommentOrder.parse(order.toString()).isEmpty()) {
            diagnostics.error(SourcePos.startOf(source.config().file()), "`" + CommentOrder.KEY + "` must be written,"
                    + " score or date, not `" + order + "`", "write `" + CommentOrder.KEY + ": written` to keep the"
                    + " order of the thread files");
        }
        // Commenters' words link concepts only when the site asks (autolink_comments: true): they are not ours to annotate.
        boolean linkConcepts = Boolean.TRUE.equals(source.config().params().get(AUTOLINK_KEY));
        CommentBodies bodies = new CommentBodies(source.config().baseurl(), linkConcepts ? index : SiteIndex.EMPTY);
        CommentCitations citations = new CommentCitations(source);
        return files.parallelStream()
                .map(file -> thread(source, file, posts, bodies, citations, diagnostics))
                .filter(Objects::nonNull)
                .collect(Collectors.toMap(CommentThread::post, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    private static CommentThread thread(SiteSource source, Path file, Map<Path, Document> posts, CommentBodies bodies,
                                        CommentCitations citations, Diagnostics diagnostics) {
        Path relative = source.root().relativize(file);
        String slug = file.getFileName().toString();
        slug = slug.substring(0, slug.length() - SUFFIX.length());
        Path post = null;
        for (String ext : List.of(".md", ".markdown")) {
            Path candidate = relative.resolveSibling(slug + ext);
            if (posts.containsKey(candidate)) {
                post = candidate;
            } else if (Files.exists(source.root().resolve(candidate))) {
                return null;
            }
        }
        if (post == null) {
            diagnostics.error(SourcePos.startOf(relative), "comment thread without a post: there is no "
                            + relative.resolveSibling(slug + ".md").toString().replace('\\', '/'),
                    "name the thread after its post: <slug>.comments.yaml beside <slug>.md");
            return null;
        }
        String yaml;
        try {
            yaml = SourceText.read(file, relative);
        } catch (SourceText.Unreadable e) {
            diagnostics.report(e.error(""));
            return null;
        }
        List<Comment> comments = ThreadReader.read(yaml, relative, source.config().timezone(), diagnostics);
        ThreadRules.check(comments, diagnostics);
        Document cited = posts.get(post);
        List<RenderedComment> rendered = comments.stream().map(bodies::render)
                .map(comment -> citations.apply(comment, cited)).toList();
        List<String> lines = yaml.lines().toList();
        for (RenderedComment comment : rendered) {
            for (RenderedComment.RefusedUrl url : comment.refused()) {
                SourcePos at = url.field().equals("body")
                        ? placeInBody(lines, comment.comment().positionOf("body"), url.line(), url.column())
                        : comment.comment().positionOf(url.field());
                diagnostics.report(Diagnostic.warning(at, "comment `" + comment.comment().id() + "`: "
                        + SafeUrls.scheme(url.url()).map(s -> "`" + s + ":` ").orElse("") + "URL left out of the page: `"
                        + SafeUrls.shown(url.url()) + "`", SafeUrls.HINT));
            }
        }
        return new CommentThread(relative, post, rendered);
    }

    /**
     * Where a line and column of a comment's body is in the thread file: exact for a literal block
     * ({@code body: |}, whose lines are the file's lines less their indentation), else the body's start.
     */
    static SourcePos placeInBody(List<String> fileLines, SourcePos body, int line, int column) {
        String first = body.line() <= fileLines.size() ? fileLines.get(body.line() - 1) : "";
        int index = body.line() + line - 1;
        if (body.column() > first.length() || first.charAt(body.column() - 1) != '|' || index >= fileLines.size()) {
            return body;
        }
        String content = fileLines.subList(body.line(), fileLines.size()).stream().filter(l -> !l.isBlank())
                .findFirst().orElse("");
        int indent = content.length() - content.stripLeading().length();
        return new SourcePos(body.file(), index + 1, indent + column);
    }

    private static List<Path> files(Path root) {
        Path content = ContentLoader.contentDir(root);
        if (!Files.isDirectory(content)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(SUFFIX))
                    .filter(file -> !ContentLoader.skipped(content.relativize(file))) // as the content walk
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
