package org.essaykit.cite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.essaykit.diag.SourcePos;
import org.essaykit.diag.SourceProblem;
import org.essaykit.diag.Suggestions;

/**
 * A CSL style, as the XML the processor reads: one the jar carries (by name) or a {@code .csl} file of the site.
 *
 * @param name the name it was asked by ({@code apa}, or the file's path relative to {@code content/})
 * @param xml  the style's XML
 */
public record CitationStyle(String name, String xml) {

    /** Author-date, the Chicago Manual of Style's: what a site that names no style gets. */
    public static final String DEFAULT = "chicago-author-date";

    /**
     * The styles the jar carries (the shade plugin's filter in pom.xml keeps exactly these from the CSL styles
     * repository's artifact): two author-date styles, a numeric one, and MLA.
     */
    public static final List<String> BUNDLED = List.of(DEFAULT, "apa", "ieee", "modern-language-association");

    /**
     * The style a {@code csl:} value names: a bundled style's name, or a {@code .csl} file relative to
     * {@code content/}.
     *
     * @param where where the value was written, for the error
     */
    public static CitationStyle named(String value, Path contentDir, Path contentPath, SourcePos where)
            throws SourceProblem {
        String name = value == null || value.isBlank() ? DEFAULT : value.strip();
        if (name.endsWith(".csl")) {
            Path file = contentDir.resolve(name).normalize();
            if (!file.startsWith(contentDir) || !Files.isRegularFile(file)) {
                throw new SourceProblem(where, "no CSL style file " + contentPath.resolve(name).normalize(),
                        "put the .csl file in content/ and give its path relative to content/, or name a bundled style: "
                                + String.join(", ", BUNDLED));
            }
            try {
                return new CitationStyle(name, Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new SourceProblem(where, "cannot read " + name + ": " + e.getMessage(), "check the file");
            }
        }
        if (!BUNDLED.contains(name)) {
            throw new SourceProblem(where, "no bundled citation style is called '" + name + "'",
                    Suggestions.closest(name, BUNDLED).map(s -> "did you mean " + s + "? ").orElse("")
                            + "bundled: " + String.join(", ", BUNDLED) + "; or give a .csl file relative to content/");
        }
        try (InputStream in = CitationStyle.class.getResourceAsStream("/" + name + ".csl")) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the bundled style " + name);
            }
            return new CitationStyle(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
