package org.essaykit.output;

import org.essaykit.diag.SourcePos;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One file of the built site.
 *
 * @see Generated
 * @see Copied
 */
public sealed interface SiteFile {

    /** The path inside the site folder, with forward slashes: {@code posts/x/index.html}. */
    String path();

    /** What made this file, for "two files at one path" diagnostics. */
    SourcePos origin();

    /** A file whose bytes the build made. */
    record Generated(String path, byte[] bytes, SourcePos origin) implements SiteFile {
        public static Generated text(String path, String text, SourcePos origin) {
            return new Generated(path, text.getBytes(StandardCharsets.UTF_8), origin);
        }
    }

    /**
     * A file whose bytes are those of {@code source} (absolute): a static file copied unchanged, or a page a build
     * has already written into its staging folder ({@link SiteWriter.Staging#keep}).
     */
    record Copied(String path, Path source, SourcePos origin) implements SiteFile {
    }
}
