package org.essaykit.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.essaykit.diag.SourcePos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CitationFormatterTest {

    static final String BIB = """
            @article{hubinger2019,
              title = {Risks from Learned Optimization in Advanced Machine Learning Systems},
              author = {Hubinger, Evan and van Merwijk, Chris and Mikulik, Vladimir and Skalse, Joar and Garrabrant, Scott},
              year = {2019},
              eprint = {1906.01820},
              archivePrefix = {arXiv},
              url = {https://arxiv.org/abs/1906.01820}
            }
            @inproceedings{muller2020,
              title = {Über {Zitate}},
              author = {M{\\"u}ller, Anna},
              year = {2020},
              doi = {10.1000/xyz}
            }
            """;

    static Bibliography bibliography(Path dir) throws Exception {
        Path file = dir.resolve("references.bib");
        Files.writeString(file, BIB);
        return Bibliography.read(file, Path.of("content/references.bib"));
    }

    static List<CitationSyntax.Citation> group(String inside) {
        return CitationSyntax.group(inside).orElseThrow();
    }

    @Test
    void authorDateCitationsAndEntriesWithAnchorsAndLinks(@TempDir Path dir) throws Exception {
        CitationStyle style = CitationStyle.named(null, dir, Path.of("content"), SourcePos.startOf(Path.of("x")));
        CitationFormatter.Formatted formatted = CitationFormatter.format(style, bibliography(dir), List.of(
                group("@hubinger2019, p. 33"), group("see @muller2020; @hubinger2019"), group("-@muller2020")));
        assertEquals("(Hubinger et al. 2019, p. 33)", CitationFormatter.plainText(formatted.groups().get(0)));
        assertEquals("(see Müller 2020; Hubinger et al. 2019)", CitationFormatter.plainText(formatted.groups().get(1)));
        assertEquals("(2020)", CitationFormatter.plainText(formatted.groups().get(2)));
        assertEquals("<span class=\"citation\" data-cites=\"muller2020 hubinger2019\">(<a href=\"#ref-muller2020\">see Müller 2020</a>; "
                + "<a href=\"#ref-hubinger2019\">Hubinger et al. 2019</a>)</span>", formatted.groups().get(1));
        assertEquals("<a class=\"citation\" href=\"#ref-hubinger2019\" data-cites=\"hubinger2019\">(Hubinger et al. 2019, p. 33)</a>",
                formatted.groups().get(0));
        assertEquals(List.of("hubinger2019", "muller2020"), formatted.entries().stream().map(CitationFormatter.Entry::key).toList());
        String first = formatted.entries().get(0).html();
        assertTrue(first.startsWith("<div class=\"csl-entry\" id=\"ref-hubinger2019\">"), first);
        assertTrue(first.contains("<a href=\"https://arxiv.org/abs/1906.01820\">"), first);
        assertTrue(formatted.entries().get(1).html().contains("<a href=\"https://doi.org/10.1000/xyz\">"),
                formatted.entries().get(1).html());
        assertTrue(formatted.entries().get(1).html().contains("<i>") || formatted.entries().get(1).html().contains("“Über Zitate"),
                formatted.entries().get(1).html());
    }

    @Test
    void inTextCitationPutsTheAuthorsInTheSentence(@TempDir Path dir) throws Exception {
        Bibliography bibliography = bibliography(dir);
        CitationStyle chicago = CitationStyle.named("chicago-author-date", dir, Path.of("content"), SourcePos.startOf(Path.of("x")));
        CitationSyntax.Citation inText = new CitationSyntax.Citation("hubinger2019", "", "", CitationSyntax.Mode.IN_TEXT);
        assertEquals("Hubinger et al. (2019)",
                CitationFormatter.plainText(CitationFormatter.format(chicago, bibliography, List.of(List.of(inText))).groups().get(0)));
        CitationStyle apa = CitationStyle.named("apa", dir, Path.of("content"), SourcePos.startOf(Path.of("x")));
        assertEquals("Hubinger et al. (2019)",
                CitationFormatter.plainText(CitationFormatter.format(apa, bibliography, List.of(List.of(inText))).groups().get(0)));
        CitationStyle ieee = CitationStyle.named("ieee", dir, Path.of("content"), SourcePos.startOf(Path.of("x")));
        assertEquals("Hubinger et al. [1]",
                CitationFormatter.plainText(CitationFormatter.format(ieee, bibliography, List.of(List.of(inText))).groups().get(0)));
    }

    @Test
    void eachWorkOfAGroupCanLeaveOutItsAuthor(@TempDir Path dir) throws Exception {
        CitationStyle style = CitationStyle.named(null, dir, Path.of("content"), SourcePos.startOf(Path.of("x")));
        CitationFormatter.Formatted formatted = CitationFormatter.format(style, bibliography(dir), List.of(
                group("-@muller2020; -@hubinger2019"), group("see -@muller2020; @hubinger2019, p. 4")));
        assertEquals("(2020; 2019)", CitationFormatter.plainText(formatted.groups().get(0)));
        assertEquals("(see 2020; Hubinger et al. 2019, p. 4)", CitationFormatter.plainText(formatted.groups().get(1)));
        assertEquals("<span class=\"citation\" data-cites=\"muller2020 hubinger2019\">(<a href=\"#ref-muller2020\">2020</a>; "
                + "<a href=\"#ref-hubinger2019\">2019</a>)</span>", formatted.groups().get(0), "each work keeps its link");
    }
}
