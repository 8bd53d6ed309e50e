package org.essaykit.cite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.essaykit.content.Document;
import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.SourceProblem;

/**
 * A site's citation sources for one Markdown engine: each bibliography file is read once (again when it changes
 * on disk, for {@code serve}), each bundled style once. Thread-safe: bodies render in parallel.
 */
public final class Citations {

    /** What one document's citations are resolved and formatted with. */
    public record Sources(Bibliography bibliography, CitationStyle style, String title, String id,
                          List<Diagnostic> problems) {
        public Sources {
            problems = List.copyOf(problems);
        }
    }

    private record Read(FileTime modified, long size, Bibliography bibliography, SourceProblem problem) {
    }

    private final CitationSettings settings;
    private final ConcurrentMap<Path, Read> files = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, CitationStyle> bundledStyles = new ConcurrentHashMap<>();

    public Citations(CitationSettings settings) {
        this.settings = settings;
    }

    /** Whether a document has a bibliography at all: without one, {@code [@x]} and {@code @x} stay text. */
    public boolean applies(Document document) {
        return !settings.bibliography().isEmpty() || document.frontMatter().get(CitationSettings.BIBLIOGRAPHY) != null;
    }

    public Sources sourcesFor(Document document) {
        List<Diagnostic> problems = new ArrayList<>();
        Bibliography bibliography = Bibliography.EMPTY;
        for (CitationSettings.Named file : settings.filesFor(document)) {
            try {
                Bibliography read = read(file);
                bibliography = bibliography.items().isEmpty() ? read : bibliography.and(read);
            } catch (SourceProblem problem) {
                problems.add(problem.error("fix the bibliography file"));
            }
        }
        CitationStyle style = null;
        CitationSettings.Named styleName = settings.styleFor(document);
        try {
            style = style(styleName);
        } catch (SourceProblem problem) {
            problems.add(problem.error("name a bundled style or a .csl file"));
        }
        return new Sources(bibliography, style, settings.titleFor(document), settings.id(), problems);
    }

    private CitationStyle style(CitationSettings.Named name) throws SourceProblem {
        String value = name.name() == null ? CitationStyle.DEFAULT : name.name();
        if (value.endsWith(".csl")) {
            return CitationStyle.named(value, settings.contentDir(), settings.shownContent(), name.where());
        }
        CitationStyle cached = bundledStyles.get(value);
        if (cached == null) {
            cached = CitationStyle.named(value, settings.contentDir(), settings.shownContent(), name.where());
            bundledStyles.putIfAbsent(value, cached);
        }
        return cached;
    }

    private static Read read(Path file, Path shown, BasicFileAttributes attributes) {
        try {
            return new Read(attributes.lastModifiedTime(), attributes.size(), Bibliography.read(file, shown), null);
        } catch (SourceProblem problem) {
            return new Read(attributes.lastModifiedTime(), attributes.size(), null, problem);
        }
    }

    private Bibliography read(CitationSettings.Named named) throws SourceProblem {
        Path file = settings.contentDir().resolve(named.name()).normalize();
        Path shown = settings.shownContent().resolve(named.name()).normalize();
        BasicFileAttributes attributes;
        try {
            if (!file.startsWith(settings.contentDir())) {
                throw new IOException("outside content/");
            }
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new SourceProblem(named.where(), "no bibliography file " + shown,
                    "bibliography files are named relative to content/, e.g. bibliography: references.bib");
        }
        // compute: threads that meet a file at once wait for one reading of it instead of reading it each
        Read known = files.compute(file, (path, old) -> old != null && old.modified().equals(attributes.lastModifiedTime())
                && old.size() == attributes.size() ? old : read(file, shown, attributes));
        if (known.problem() != null) {
            throw known.problem();
        }
        return known.bibliography();
    }
}
