package org.essaykit.markdown;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.essaykit.content.DataTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a fenced block {@code ```table NAME} into a table of the data file {@code content/data/NAME.*}:
 * a real GFM table node (so it renders, scrolls and is checked like any table), with a caption, column
 * headers with scope, and cells parsed as inline Markdown, wikilinks included ({@link DataCells}). Optional lines
 * in the block: {@code caption: ...}, {@code columns: a, b} (which columns, in which order) and
 * {@code html: trusted} (the cells may hold raw HTML and any link; by default data is escaped like any
 * untrusted input).
 */
final class DataTableBlocks {

    /** The block's option that lets a table's cells keep raw HTML and any link, as a post's own text does. */
    static final String HTML_OPTION = "html";
    static final String TRUSTED = "trusted";

    private final Map<String, DataTable> tables;
    private final DataCells cells = new DataCells();

    DataTableBlocks(Map<String, DataTable> tables) {
        this.tables = tables;
    }

    /** The caption of a data table: the first child of its table node, rendered as {@code <caption>}. */
    static final class Caption extends CustomNode {
    }

    /** Puts the table (or the problem) in place of a {@code ```table} block; null, and no change, for other blocks. */
    Node replace(FencedCodeBlock block) {
        String info = block.getInfo().strip();
        if (!info.startsWith("table") || !info.split("\\s+")[0].equals("table")) {
            return null;
        }
        Node replacement = replacement(block);
        replacement.setSourceSpans(block.getSourceSpans());
        block.insertBefore(replacement);
        block.unlink();
        return replacement;
    }

    private Node replacement(FencedCodeBlock block) {
        String[] info = block.getInfo().strip().split("\\s+");
        if (info.length < 2) {
            return new BlockProblem("a table block needs the name of a data file", "write ```table NAME, for content/data/NAME.yaml");
        }
        DataTable table = tables.get(info[1]);
        if (table == null) {
            return new BlockProblem("there is no data file `" + info[1] + "`", tables.isEmpty()
                    ? "create content/data/" + info[1] + ".yaml"
                    : "use one of: " + String.join(", ", tables.keySet()));
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (String line : block.getLiteral().split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                options.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        List<DataTable.Column> columns = table.columns();
        if (options.containsKey("columns")) {
            List<DataTable.Column> chosen = new ArrayList<>();
            for (String name : Arrays.stream(options.get("columns").split(",")).map(String::strip).toList()) {
                DataTable.Column column = columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
                if (column == null) {
                    return new BlockProblem("the data file `" + table.name() + "` has no column `" + name + "`",
                            "use some of: " + String.join(", ", columns.stream().map(DataTable.Column::name).toList()));
                }
                chosen.add(column);
            }
            columns = chosen;
        }
        String html = options.get(HTML_OPTION);
        if (html != null && !html.equals(TRUSTED)) {
            return new BlockProblem("`" + HTML_OPTION + ":` can only be `" + TRUSTED + "`, not `" + html + "`",
                    "write `" + HTML_OPTION + ": " + TRUSTED + "` to let this table's cells keep raw HTML and any link,"
                            + " or leave the line out to show the data as text");
        }
        return table(table, columns, options.get("caption"), html != null);
    }

    private TableBlock table(DataTable table, List<DataTable.Column> columns, String caption, boolean trustedHtml) {
        TableBlock block = new TableBlock();
        if (caption != null && !caption.isEmpty()) {
            Caption node = new Caption();
            // The caption is written in the post itself.
            cells.appendTo(node, caption, true);
            block.appendChild(node);
        }
        TableHead head = new TableHead();
        TableRow headRow = new TableRow();
        for (DataTable.Column column : columns) {
            TableCell cell = new TableCell();
            cell.setHeader(true);
            cell.appendChild(new Text(column.title()));
            headRow.appendChild(cell);
        }
        head.appendChild(headRow);
        block.appendChild(head);
        TableBody body = new TableBody();
        for (Map<String, Object> row : table.rows()) {
            TableRow tableRow = new TableRow();
            for (DataTable.Column column : columns) {
                TableCell cell = new TableCell();
                cells.appendTo(cell, String.valueOf(row.getOrDefault(column.name(), "")), trustedHtml);
                tableRow.appendChild(cell);
            }
            body.appendChild(tableRow);
        }
        block.appendChild(body);
        return block;
    }
}
