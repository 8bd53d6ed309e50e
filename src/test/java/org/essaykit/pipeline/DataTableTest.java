package org.essaykit.pipeline;

import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Data files in content/data, read by templates and rendered in Markdown through a table block. */
class DataTableTest {

    @TempDir
    Path dir;

    private static final String PAIRS = """
            columns:
              - name: ours
                title: Our examples
              - name: theirs
                title: Deceptive alignment
              - name: rank
                type: integer
            rows:
              - ours: No *instrumental* reasoning
                theirs: Relies on [[Myopia|instrumental reasoning]]
                rank: 1
              - ours: Similar behaviour
                theirs: Treacherous turn
                rank: 2
            """;

    @Test
    void rendersATableBlockAsAnAccessibleTableWithLinkedCells() {
        TestSite site = TestSite.in(dir)
                .write("content/data/pairs.yaml", PAIRS)
                .write("content/concepts/myopia.md", "---\ntitle: Myopia\n---\nText.\n")
                .write("content/posts/p.md", "---\ntitle: P\n---\n\n```table pairs\ncaption: Key *disanalogies*\n"
                        + "columns: ours, theirs\n```\n");
        site.buildClean();
        String html = site.read("posts/p/index.html");
        assertTrue(html.contains("<div class=\"table-scroll\">\n<table><caption>Key <em>disanalogies</em></caption>\n"
                + "<thead>\n<tr>\n<th scope=\"col\">Our examples</th>\n<th scope=\"col\">Deceptive alignment</th>\n"
                + "</tr>\n</thead>\n<tbody>\n<tr>\n<td>No <em>instrumental</em> reasoning</td>\n"
                + "<td>Relies on <a href=\"/concepts/myopia/\">instrumental reasoning</a></td>\n</tr>"), html);
        assertTrue(site.read("concepts/myopia/index.html").contains("/posts/p/"), "links in cells make backlinks");
    }

    @Test
    void templatesReadDataFilesAsListsOfRows() {
        TestSite site = TestSite.in(dir)
                .write("content/data/pairs.yaml", PAIRS)
                .write("content/data/plain.json", "[{\"a\": \"x\"}, {\"a\": \"y\"}]")
                .write("templates/page.html", "{% for row in site.data.pairs %}{{ row.rank }};{% endfor %}"
                        + "{% for row in site.data.plain %}{{ row.a }}{% endfor %}")
                .write("content/about.md", "---\ntitle: About\n---\n");
        site.buildClean();
        assertEquals("1;2;xy", site.read("about/index.html"));
    }

    @Test
    void reportsBadRowsAndTypesAtTheirLine() {
        TestSite site = TestSite.in(dir).write("content/data/pairs.yaml", PAIRS
                .replace("rank: 2", "rank: second")
                .replace("theirs: Treacherous turn", "their: Treacherous turn"));
        assertEquals("""
                content/data/pairs.yaml:12:5: error: the row has no `theirs`
                    hint: give every row a value for each declared column
                content/data/pairs.yaml:13:12: error: `their` is not a declared column
                    hint: declare it under `columns:` or use one of: ours, theirs, rank
                content/data/pairs.yaml:14:11: error: `rank` must be an integer, not `second`
                    hint: fix the value, or the column's `type`""", TestSite.formatted(site.build()));
    }

    @Test
    void reportsAnUnknownTableOrColumnAtTheBlock() {
        TestSite site = TestSite.in(dir)
                .write("content/data/pairs.yaml", PAIRS)
                .write("content/posts/p.md", "---\ntitle: P\n---\n\nIntro.\n\n```table pears\n```\n\n```table pairs\ncolumns: ours, nope\n```\n");
        assertEquals("""
                content/posts/p.md:7:1: error: there is no data file `pears`
                    hint: use one of: pairs
                content/posts/p.md:10:1: error: the data file `pairs` has no column `nope`
                    hint: use some of: ours, theirs, rank""", TestSite.formatted(site.build()));
    }

    @Test
    void readsCsvWithQuotedFieldsAndTypedHeaders() {
        TestSite site = TestSite.in(dir)
                .write("content/data/poc.csv", "demo,year:integer,note\n"
                        + "CoinRun,2022,\"goal misgeneralization, in RL\"\n"
                        + "\"Sleeper \"\"agents\"\"\",2024,\"two\nlines\"\n")
                .write("templates/page.html", "{% for row in site.data.poc %}{{ row.demo }}|{{ row.year + 1 }}|{{ row.note }};{% endfor %}")
                .write("content/about.md", "---\ntitle: About\n---\n");
        site.buildClean();
        assertEquals("CoinRun|2023|goal misgeneralization, in RL;Sleeper &quot;agents&quot;|2025|two\nlines;",
                site.read("about/index.html"));
    }

    @Test
    void reportsAWrongTypeInCsvAtItsLineAndColumn() {
        TestSite site = TestSite.in(dir).write("content/data/poc.csv", "demo,year:integer\nCoinRun,2022\nAvida,twenty\n");
        assertEquals("""
                content/data/poc.csv:3:7: error: `year` must be an integer, not `twenty`
                    hint: fix the value, or the column's `type`""", TestSite.formatted(site.build()));
    }
}
