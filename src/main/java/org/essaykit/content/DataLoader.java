package org.essaykit.content;

import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.SourcePos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads {@code content/data/*.yaml}, {@code *.yml}, {@code *.json} (read as YAML, of which JSON is a subset)
 * and {@code *.csv}. A YAML file is either a list of rows, or a mapping with {@code columns} (each with
 * {@code name}, optional {@code title} and {@code type}) and {@code rows}; declared columns are enforced
 * row by row. A CSV file's header row declares its columns, {@code name:type} giving a type.
 */
final class DataLoader {

    private static final String TYPES = Arrays.stream(DataTable.Type.values())
            .map(t -> t.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));

    private DataLoader() {
    }

    static Map<String, DataTable> load(Path root, List<Path> files, Diagnostics diagnostics) {
        Map<String, DataTable> tables = new TreeMap<>();
        for (Path file : files) {
            Path source = root.relativize(file);
            String name = file.getFileName().toString().replaceFirst("\\.(ya?ml|json|csv)$", "");
            try {
                String text = SourceText.read(file, source);
                YamlReader.Located doc = file.toString().endsWith(".csv") ? CsvReader.read(text, source)
                        : YamlReader.readLocated(text, source);
                DataTable table = table(name, source, doc, diagnostics);
                if (table != null) {
                    tables.put(name, table);
                }
            } catch (YamlReader.YamlException e) {
                diagnostics.error(e.pos(), e.getMessage(), e.hint("fix the syntax of the data file"));
            } catch (SourceText.Unreadable e) {
                diagnostics.report(e.error(""));
            }
        }
        return tables;
    }

    @SuppressWarnings("unchecked")
    private static DataTable table(String name, Path source, YamlReader.Located doc, Diagnostics diagnostics) {
        String shape = "write a list of rows, or `columns:` and `rows:`";
        List<DataTable.Column> columns = new ArrayList<>();
        Object rowsValue = doc.value();
        SourcePos rowsPos = doc.pos();
        boolean declared = false;
        if (doc.value() instanceof Map<?, ?> map) {
            Map<String, YamlReader.Located> top = (Map<String, YamlReader.Located>) map;
            if (top.get("columns") != null) {
                declared = columns(top.get("columns"), columns, diagnostics);
            }
            YamlReader.Located rows = top.get("rows");
            rowsValue = rows == null ? null : rows.value();
            rowsPos = rows == null ? doc.pos() : rows.pos();
        }
        if (!(rowsValue instanceof List<?> rowList)) {
            diagnostics.error(rowsPos, "the data file has no list of rows", shape);
            return null;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object item : rowList) {
            YamlReader.Located row = (YamlReader.Located) item;
            if (!(row.value() instanceof Map<?, ?> cells)) {
                diagnostics.error(row.pos(), "a row must be a mapping of column names to values",
                        "write each row as `- column: value` lines");
                continue;
            }
            Map<String, YamlReader.Located> located = (Map<String, YamlReader.Located>) cells;
            if (!declared && columns.isEmpty()) {
                located.keySet().forEach(key -> columns.add(new DataTable.Column(key, key, DataTable.Type.STRING)));
            }
            rows.add(row(located, row.pos(), columns, declared, diagnostics));
        }
        return new DataTable(name, source, columns, rows);
    }

    @SuppressWarnings("unchecked")
    private static boolean columns(YamlReader.Located value, List<DataTable.Column> columns, Diagnostics diagnostics) {
        if (!(value.value() instanceof List<?> list)) {
            diagnostics.error(value.pos(), "`columns` must be a list", "write `- name: key` entries, with optional title and type");
            return false;
        }
        for (Object item : list) {
            YamlReader.Located column = (YamlReader.Located) item;
            Map<String, YamlReader.Located> fields = column.value() instanceof Map<?, ?> m
                    ? (Map<String, YamlReader.Located>) m : Map.of();
            YamlReader.Located name = fields.get("name");
            if (name == null || name.value() == null) {
                diagnostics.error(column.pos(), "a column needs a name", "write `- name: key`");
                continue;
            }
            YamlReader.Located title = fields.get("title");
            YamlReader.Located type = fields.get("type");
            DataTable.Type parsed = DataTable.Type.STRING;
            if (type != null) {
                try {
                    parsed = DataTable.Type.valueOf(String.valueOf(type.value()).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    diagnostics.error(type.pos(), "unknown column type `" + type.value() + "`", "use one of: " + TYPES);
                }
            }
            columns.add(new DataTable.Column(String.valueOf(name.value()),
                    title == null ? String.valueOf(name.value()) : String.valueOf(title.value()), parsed));
        }
        return true;
    }

    private static Map<String, Object> row(Map<String, YamlReader.Located> cells, SourcePos rowPos,
                                           List<DataTable.Column> columns, boolean declared, Diagnostics diagnostics) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> names = columns.stream().map(DataTable.Column::name).toList();
        for (Map.Entry<String, YamlReader.Located> cell : cells.entrySet()) {
            if (declared && !names.contains(cell.getKey())) {
                diagnostics.error(cell.getValue().pos(), "`" + cell.getKey() + "` is not a declared column",
                        "declare it under `columns:` or use one of: " + String.join(", ", names));
            }
        }
        for (DataTable.Column column : columns) {
            YamlReader.Located cell = cells.get(column.name());
            if (cell == null || cell.value() == null) {
                if (declared) {
                    diagnostics.error(rowPos, "the row has no `" + column.name() + "`",
                            "give every row a value for each declared column");
                }
                values.put(column.name(), "");
                continue;
            }
            values.put(column.name(), typed(cell, column, diagnostics));
        }
        return Collections.unmodifiableMap(values);
    }

    private static Object typed(YamlReader.Located cell, DataTable.Column column, Diagnostics diagnostics) {
        Object value = cell.value();
        String text = String.valueOf(value);
        boolean ok = switch (column.type()) {
            case STRING -> !(value instanceof List || value instanceof Map);
            case NUMBER -> value instanceof Long || value instanceof Double;
            case INTEGER -> value instanceof Long;
            case BOOLEAN -> value instanceof Boolean;
            case DATE -> JekyllDates.parse(text, java.time.ZoneOffset.UTC).isPresent();
            case URL -> text.matches("(https?://|/|\\./|\\.\\./|#).*") || text.matches("[\\w./-]+");
        };
        if (!ok) {
            diagnostics.error(cell.pos(), "`" + column.name() + "` must be " + article(column.type()) + ", not `"
                    + text + "`", "fix the value, or the column's `type`");
        }
        return value instanceof List || value instanceof Map ? text : value;
    }

    private static String article(DataTable.Type type) {
        String name = type.name().toLowerCase(Locale.ROOT);
        return (type == DataTable.Type.INTEGER ? "an " : "a ") + name;
    }
}
