package org.essaykit.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.essaykit.content.ContentLoader;
import org.essaykit.content.Document;
import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.Suggestions;
import org.essaykit.images.ImageHeaders;
import org.essaykit.images.ImagePaths;
import org.essaykit.images.ImageSize;
import org.essaykit.images.ResizedImages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The local images of a body: each becomes a {@link SizedImage} with the size its file's header gives, so the page
 * does not shift as it loads; one that names no file of the site is an error at the image. A destination is read
 * as the browser will read it: {@code /x.png} from the site's root, {@code x.png} from the page's URL. Site paths
 * are files of {@code content/}, or of {@code templates/assets/} under {@code /assets/}. A wide PNG or JPEG of
 * {@code content/} also gets the {@code srcset} of its smaller copies ({@link ResizedImages}, made with the
 * static files).
 */
final class LocalImages {

    private final Path siteRoot;
    /** Where the site's files are: {@code content/}, or a Jekyll repository's own folder. */
    private final Path contentDir;
    private final String baseurl;

    /**
     * @param siteRoot the site folder, holding {@code content/} and {@code templates/}
     * @param baseurl  the site's base path, which root-relative image URLs may start with
     */
    LocalImages(Path siteRoot, String baseurl) {
        this.siteRoot = siteRoot;
        this.contentDir = ContentLoader.contentDir(siteRoot);
        this.baseurl = baseurl;
    }

    /** Sizes the body's images in place; returns the images that are missing. */
    List<Diagnostic> measure(Node root, Document doc) {
        List<Image> images = new ArrayList<>();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                images.add(image);
            }
        });
        List<Diagnostic> problems = new ArrayList<>();
        for (Image image : images) {
            Optional<String> sitePath = ImagePaths.sitePath(image.getDestination(), doc.url(), baseurl);
            if (sitePath.isEmpty()) {
                continue;
            }
            Optional<Path> file = file(sitePath.get());
            if (file.isEmpty()) {
                problems.add(Diagnostic.error(position(image, doc), "the image `" + image.getDestination()
                        + "` is not a file of the site (looked for /" + sitePath.get() + ")", hint(sitePath.get())));
                continue;
            }
            boolean content = file.get().startsWith(contentDir);
            size(file.get()).ifPresent(size -> replace(image, size,
                    content ? ResizedImages.srcset(image.getDestination(), size).orElse(null) : null));
        }
        return problems;
    }

    private Optional<Path> file(String sitePath) {
        Path content = contentDir.resolve(sitePath).normalize();
        if (content.startsWith(contentDir) && Files.isRegularFile(content)) {
            return Optional.of(content);
        }
        if (sitePath.startsWith("assets/")) {
            Path theme = siteRoot.resolve("templates").resolve(sitePath).normalize();
            if (theme.startsWith(siteRoot.resolve("templates/assets")) && Files.isRegularFile(theme)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }

    private static Optional<ImageSize> size(Path file) {
        try {
            return ImageHeaders.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replace(Image image, ImageSize size, String srcset) {
        SizedImage sized = new SizedImage(image.getDestination(), image.getTitle(), size.width(), size.height(), srcset);
        sized.setSourceSpans(image.getSourceSpans());
        while (image.getFirstChild() != null) {
            sized.appendChild(image.getFirstChild());
        }
        image.insertBefore(sized);
        image.unlink();
    }

    /** The closest image file of the site, by site path: the folder walk is paid only when an image is missing. */
    private String hint(String sitePath) {
        Path content = contentDir;
        List<String> candidates = new ArrayList<>();
        if (Files.isDirectory(content)) {
            try (Stream<Path> files = Files.walk(content)) {
                files.filter(Files::isRegularFile).map(f -> content.relativize(f).toString().replace('\\', '/'))
                        .filter(p -> p.matches("(?i).*\\.(png|jpe?g|gif|webp|svg|avif)$")).sorted().forEach(candidates::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Suggestions.closest(sitePath, candidates).map(c -> "did you mean /" + c + "? ").orElse("")
                + "put the file at " + (contentDir.equals(siteRoot) ? "" : siteRoot.relativize(contentDir) + "/")
                + sitePath + " (a relative path is read from the page's URL)";
    }

    private static org.essaykit.diag.SourcePos position(Node node, Document doc) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? doc.bodyPosition(1, 1)
                : doc.bodyPosition(spans.get(0).getLineIndex() + 1, spans.get(0).getColumnIndex() + 1);
    }
}
