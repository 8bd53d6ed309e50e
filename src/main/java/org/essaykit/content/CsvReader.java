package org.essaykit.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.essaykit.diag.SourcePos;
import org.essaykit.diag.SourceProblem;

import java.io.IOException;
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

    /** Blank lines end no record: a spreadsheet's export may end with one, a person's file have them anywhere. */
    private static final CsvFactory CSV = CsvFactory.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    private CsvReader() {
    }

    /**
     * A CSV file as Jekyll's {@code _data/} gives it to Liquid: one mapping per record, from the header row's names
     * to the fields as text.
     */
    public static List<Map<String, String>> rowsAsText(String text, Path file) throws SourceProblem {
        return rowsAsText(records(text, file, CsvSchema.emptySchema()));
    }

    /** The same for TSV, as Jekyll reads it: fields split by tabs, with no quoting (a quote is text). */
    public static List<Map<String, String>> tsvRowsAsText(String text, Path file) throws SourceProblem {
        return rowsAsText(records(text, file, CsvSchema.emptySchema().withColumnSeparator('\t').withoutQuoteChar()));
    }

    private static List<Map<String, String>> rowsAsText(List<List<YamlReader.Located>> records) {
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
        List<List<YamlReader.Located>> records = records(text, file, CsvSchema.emptySchema());
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

    /**
     * The records, each field located where it starts; blank lines are skipped. Read by jackson-dataformat-csv's
     * streaming parser, which knows RFC 4180's corners (quotes around line breaks, doubled quotes, CRLF).
     */
    private static List<List<YamlReader.Located>> records(String text, Path file, CsvSchema schema)
            throws YamlReader.YamlException {
        List<List<YamlReader.Located>> records = new ArrayList<>();
        JsonLocation next = null;
        try (CsvParser parser = CSV.createParser(text)) {
            parser.setSchema(schema);
            List<YamlReader.Located> record = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    record = new ArrayList<>();
                } else if (token == JsonToken.END_ARRAY) {
                    records.add(record);
                } else {
                    JsonLocation at = parser.currentTokenLocation();
                    record.add(new YamlReader.Located(parser.getText(), new SourcePos(file, at.getLineNr(), at.getColumnNr())));
                }
                next = parser.currentLocation();
            }
        } catch (IOException e) {
            // Where the field being read starts: the parser's own location is where it gave up (the file's end).
            SourcePos where = next == null ? SourcePos.startOf(file) : new SourcePos(file, next.getLineNr(), next.getColumnNr());
            String reason = e instanceof JsonProcessingException problem ? problem.getOriginalMessage() : e.getMessage();
            throw new YamlReader.YamlException(where, reason.startsWith("Missing closing quote")
                    ? "a quoted field is never closed" : "this CSV cannot be read: " + reason);
        }
        return records;
    }
}
