package org.essaykit.liquid;

import org.essaykit.diag.Diagnostic;
import org.essaykit.content.CsvReader;
import org.essaykit.diag.SourcePos;
import org.essaykit.diag.SourceProblem;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A Jekyll repository's {@code _data/} as Liquid reads it, {@code site.data.NAME}: each YAML or JSON file as the
 * value it holds, whatever its shape, each CSV (or TSV) file as a list of its records (header names to text), and
 * each folder as a mapping of its files. (Our own {@code data/} tables,
 * with their columns, are for {@code ```table} blocks; Jekyll's data is free-form.)
 *
 * @param values   by file name without its extension, folders nested
 * @param problems files that could not be read, at their file:line:col
 */
record SiteData(Map<String, Object> values, List<Diagnostic> problems) {

    static final SiteData NONE = new SiteData(Map.of(), List.of());

    SiteData {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
        problems = List.copyOf(problems);
    }

    static SiteData read(Path siteRoot) {
        Path folder = siteRoot.resolve("_data");
        if (!Files.isDirectory(folder)) {
            return NONE;
        }
        List<Diagnostic> problems = new ArrayList<>();
        return new SiteData(folder(siteRoot, folder, problems), problems);
    }

    private static Map<String, Object> folder(Path siteRoot, Path folder, List<Diagnostic> problems) {
        Map<String, Object> values = new TreeMap<>();
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (Files.isDirectory(entry)) {
                values.put(name, folder(siteRoot, entry, problems));
            } else if (name.matches(".*\\.(ya?ml|json|csv|tsv)$")) {
                Object value = file(siteRoot.relativize(entry), entry, problems);
                if (value != null) {
                    values.put(name.replaceFirst("\\.(ya?ml|json|csv|tsv)$", ""), value);
                }
            }
        }
        return values;
    }

    private static Object file(Path source, Path file, List<Diagnostic> problems) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String name = file.getFileName().toString();
            if (name.endsWith(".csv") || name.endsWith(".tsv")) {
                return name.endsWith(".tsv") ? CsvReader.tsvRowsAsText(text, source) : CsvReader.rowsAsText(text, source);
            }
            return new Load(LoadSettings.builder().setLabel(source.toString()).build()).loadFromString(text);
        } catch (MarkedYamlEngineException e) {
            SourcePos pos = e.getProblemMark().map(m -> new SourcePos(source, m.getLine() + 1, m.getColumn() + 1))
                    .orElse(SourcePos.startOf(source));
            problems.add(Diagnostic.error(pos, "cannot read the data file: " + e.getProblem(),
                    "fix the YAML (or JSON) of the file in _data/"));
        } catch (SourceProblem e) {
            problems.add(e.error("fix the CSV of the file in _data/: a header row, then one record per line"));
        } catch (YamlEngineException | IOException e) {
            problems.add(Diagnostic.error(SourcePos.startOf(source), "cannot read the data file: " + e.getMessage(),
                    "fix the YAML (or JSON) of the file in _data/"));
        }
        return null;
    }
}
