package org.essaykit.content;

import org.essaykit.diag.SourcePos;
import org.essaykit.diag.SourceProblem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CSV (RFC 4180: commas, double-quoted fields with doubled quotes, line breaks inside quotes) into
 * the same located shape as a YAML data file: the header row becomes {@code columns} ({@code name:type}
 * declares a type) and each record a row whose values keep their line and column.
 */
public final class CsvReader {

    private CsvReader() {
    }

    /**
     * A CSV file as Jekyll's {@code _data/} gives it to Liquid: one mapping per record, from the header row's names
     * to the fields as text.
     */
    public static List<Map<String, String>> rowsAsText(String text, Path file) throws SourceProblem {
        List<List<YamlReader.Located>> records = records(text, file);
        List<Map<String, String>> rows = new ArrayList<>();
        if (records.isEmpty()) {
            return rows;
        }
        List<YamlReader.Located> header = records.get(0);
        for (List<YamlReader.Located> record : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < record.size(); i++) {
                row.put(i < header.size() ? String.valueOf(header.get(i).value()) : "column " + (i + 1),
                        String.valueOf(record.get(i).value()));
            }
            rows.add(java.util.Collections.unmodifiableMap(row));
        }
        return rows;
    }

    static YamlReader.Located read(String text, Path file) throws YamlReader.YamlException {
        List<List<YamlReader.Located>> records = records(text, file);
        if (records.isEmpty()) {
            throw new YamlReader.YamlException(SourcePos.startOf(file), "the CSV file has no header row");
        }
        List<YamlReader.Located> columns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (YamlReader.Located header : records.get(0)) {
            String[] parts = String.valueOf(header.value()).strip().split(":", 2);
            Map<String, YamlReader.Located> column = new LinkedHashMap<>();
            column.put("name", new YamlReader.Located(parts[0].strip(), header.pos()));
            if (parts.length == 2) {
                column.put("type", new YamlReader.Located(parts[1].strip(), header.pos()));
            }
            names.add(parts[0].strip());
            columns.add(new YamlReader.Located(column, header.pos()));
        }
        List<YamlReader.Located> rows = new ArrayList<>();
        for (List<YamlReader.Located> record : records.subList(1, records.size())) {
            Map<String, YamlReader.Located> row = new LinkedHashMap<>();
            for (int i = 0; i < record.size(); i++) {
                String name = i < names.size() ? names.get(i) : "column " + (i + 1);
                row.put(name, typed(record.get(i)));
            }
            rows.add(new YamlReader.Located(row, record.get(0).pos()));
        }
        Map<String, YamlReader.Located> doc = new LinkedHashMap<>();
        doc.put("columns", new YamlReader.Located(columns, SourcePos.startOf(file)));
        doc.put("rows", new YamlReader.Located(rows, SourcePos.startOf(file)));
        return new YamlReader.Located(doc, SourcePos.startOf(file));
    }

    /** CSV has only text: numbers and booleans are read as such so typed columns can check them. */
    private static YamlReader.Located typed(YamlReader.Located cell) {
        String text = (String) cell.value();
        Object value = text;
        if (text.matches("-?\\d{1,18}")) {
            value = Long.parseLong(text);
        } else if (text.matches("-?\\d+\\.\\d+([eE][-+]?\\d+)?")) {
            value = Double.parseDouble(text);
        } else if (text.equals("true") || text.equals("false")) {
            value = Boolean.parseBoolean(text);
        }
        return new YamlReader.Located(value, cell.pos());
    }

    private static List<List<YamlReader.Located>> records(String text, Path file) throws YamlReader.YamlException {
        List<List<YamlReader.Located>> records = new ArrayList<>();
        List<YamlReader.Located> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int column = 1;
        int fieldLine = 1;
        int fieldColumn = 1;
        boolean quoted = false;
        boolean empty = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                    column++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                empty = false;
            } else if (c == ',') {
                record.add(new YamlReader.Located(field.toString(), new SourcePos(file, fieldLine, fieldColumn)));
                field.setLength(0);
                fieldLine = line;
                fieldColumn = column + 1;
                empty = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (!empty || field.length() > 0) {
                    record.add(new YamlReader.Located(field.toString(), new SourcePos(file, fieldLine, fieldColumn)));
                    records.add(record);
                }
                record = new ArrayList<>();
                field.setLength(0);
                empty = true;
                line++;
                column = 0;
                fieldLine = line;
                fieldColumn = 1;
            } else {
                field.append(c);
                empty = false;
            }
            if (c == '\n' && quoted) {
                line++;
                column = 0;
            }
            column++;
        }
        if (quoted) {
            throw new YamlReader.YamlException(new SourcePos(file, fieldLine, fieldColumn), "a quoted field is never closed");
        }
        if (!empty || field.length() > 0) {
            record.add(new YamlReader.Located(field.toString(), new SourcePos(file, fieldLine, fieldColumn)));
            records.add(record);
        }
        return records;
    }
}
