package org.essaykit.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A data file from {@code content/data/}: rows of named values, checked against declared columns.
 *
 * @param name    the file name without extension: {@code disanalogies} for {@code disanalogies.yaml}
 * @param columns the declared columns in order, or those of the first row when none are declared
 * @param rows    each row's values by column name (String, Long, Double, Boolean; dates as ISO strings)
 */
public record DataTable(String name, Path source, List<Column> columns, List<Map<String, Object>> rows) {

    /** A column: its key in the rows, the heading shown for it, and the type every value must have. */
    public record Column(String name, String title, Type type) {
    }

    public enum Type { STRING, NUMBER, INTEGER, BOOLEAN, DATE, URL }

    public DataTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
