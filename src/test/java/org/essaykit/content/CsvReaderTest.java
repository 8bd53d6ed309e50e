package org.essaykit.content;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * CSV data files as RFC 4180 writes them (and spreadsheets export them): each value with the line and column its
 * field starts at, which is where a data table's errors point.
 */
class CsvReaderTest {

    private static final Path FILE = Path.of("content/data/t.csv");

    @Test
    void headerRowNamesTheColumnsAndDeclaresTypes() throws Exception {
        assertEquals(List.of("name 1:1", "year 1:6 integer"), columns("name,year:integer\nCoinRun,2022\n"));
    }

    @Test
    void everyValueKeepsWhereItsFieldStarts() throws Exception {
        assertEquals(List.of(List.of("CoinRun@2:1", "2022@2:9"), List.of("Avida@3:1", "1993@3:7")),
                rows("demo,year\nCoinRun,2022\nAvida,1993\n"));
    }

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() throws Exception {
        assertEquals(List.of(
                        List.of("a, b@2:1", "say \"hi\"@2:8"),
                        List.of("two\nlines@3:1", "x@4:8"),
                        List.of("after@5:1", "y@5:7")),
                rows("p,q\n\"a, b\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\nafter,y\n"));
    }

    @Test
    void windowsLineEndsBlankLinesAndAMissingLastLineEndAreReadAsRecordsEnd() throws Exception {
        assertEquals(List.of(List.of("1@2:1", "2@2:3"), List.of("3@4:1", "4@4:3")), rows("a,b\r\n1,2\r\n\r\n3,4"));
    }

    @Test
    void emptyFieldsAreEmptyText() throws Exception {
        assertEquals(List.of(List.of("@2:1", "x@2:2", "@2:4")), rows("a,b,c\n,x,\n"));
    }

    @Test
    void numbersAndBooleansAreReadAsSuch() throws Exception {
        Map<?, ?> row = (Map<?, ?>) value(((List<?>) value(table("n,d,b,t\n42,2.5,true,007x\n").get("rows"))).get(0));
        assertEquals(42L, value(row.get("n")));
        assertEquals(2.5, value(row.get("d")));
        assertEquals(true, value(row.get("b")));
        assertEquals("007x", value(row.get("t")));
    }

    @Test
    void aQuotedFieldNeverClosedIsAnErrorWhereItStarts() {
        YamlReader.YamlException e = assertThrows(YamlReader.YamlException.class,
                () -> CsvReader.read("a,b\n1,\"open\n2,3\n", FILE));
        assertEquals("2:3", e.pos().line() + ":" + e.pos().column());
    }

    @Test
    void aFileWithoutRowsHasNoHeaderRow() {
        assertThrows(YamlReader.YamlException.class, () -> CsvReader.read("\n\n", FILE));
    }

    @Test
    void liquidSeesEachRowAsTextByTheHeadersNames() throws Exception {
        assertEquals(List.of(Map.of("a", "1", "b", "x, y")), CsvReader.rowsAsText("a,b\n1,\"x, y\"\n", FILE));
    }

    @Test
    void tsvSplitsAtTabsAndKeepsQuotesAndCommasAsText() throws Exception {
        assertEquals(List.of(Map.of("a", "say \"hi\"", "b", "x, y")),
                CsvReader.tsvRowsAsText("a\tb\nsay \"hi\"\tx, y\n", FILE));
    }

    private static Map<?, ?> table(String csv) throws Exception {
        return (Map<?, ?>) CsvReader.read(csv, FILE).value();
    }

    private static Object value(Object located) {
        return ((YamlReader.Located) located).value();
    }

    private static List<String> columns(String csv) throws Exception {
        List<String> columns = new ArrayList<>();
        for (Object column : (List<?>) value(table(csv).get("columns"))) {
            Map<?, ?> fields = (Map<?, ?>) value(column);
            YamlReader.Located name = (YamlReader.Located) fields.get("name");
            columns.add(name.value() + " " + name.pos().line() + ":" + name.pos().column()
                    + (fields.containsKey("type") ? " " + value(fields.get("type")) : ""));
        }
        return columns;
    }

    private static List<List<String>> rows(String csv) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (Object row : (List<?>) value(table(csv).get("rows"))) {
            List<String> cells = new ArrayList<>();
            for (Object cell : ((Map<?, ?>) value(row)).values()) {
                YamlReader.Located located = (YamlReader.Located) cell;
                cells.add(located.value() + "@" + located.pos().line() + ":" + located.pos().column());
            }
            rows.add(cells);
        }
        return rows;
    }
}
