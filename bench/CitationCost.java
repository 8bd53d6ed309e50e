import org.essaykit.cite.Bibliography;
import org.essaykit.cite.CitationFormatter;
import org.essaykit.cite.CitationStyle;
import org.essaykit.cite.CitationSyntax;
import org.essaykit.diag.SourcePos;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What citations cost a build, on the CSL processor alone (the Markdown around it is measured by
 * MarkdownThroughput): the first post that cites in a JVM (loading citeproc-java and the style), then a post
 * with 50 citations of 20 works, warm, as the median of many; and how one post's cost grows with its citations.
 *
 * <pre>
 * mvn -B -ntp -q -o compile -P '!teavm'
 * mvn -B -ntp -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/classes:$(cat target/cp.txt) bench/CitationCost.java [STYLE]
 * </pre>
 */
public class CitationCost {
    public static void main(String[] args) throws Exception {
        String styleName = args.length > 0 ? args[0] : CitationStyle.DEFAULT;
        Path dir = Files.createTempDirectory("citation-cost");
        StringBuilder bib = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            bib.append("@article{key").append(i).append(",\n  title = {Work ").append(i).append(" on Learned Optimization},\n")
                    .append("  author = {Author").append((char) ('A' + i % 26)).append(", Ann and Second, Bo and Third, Cy},\n")
                    .append("  journal = {Journal ").append(i % 7).append("},\n  year = {").append(1990 + i % 35)
                    .append("},\n  doi = {10.1000/").append(i).append("}\n}\n\n");
        }
        Path file = dir.resolve("refs.bib");
        Files.writeString(file, bib);
        long t0 = System.nanoTime();
        Bibliography bibliography = Bibliography.read(file, Path.of("refs.bib"));
        CitationStyle style = CitationStyle.named(styleName, dir, Path.of("content"), SourcePos.startOf(Path.of("site.yaml")));
        CitationFormatter.format(style, bibliography, groups(50, 20, 0));
        long first = System.nanoTime() - t0;
        System.out.printf("style %s%nfirst post with 50 citations in this JVM (reading a 200-entry .bib, loading citeproc-java): %.0f ms%n",
                styleName, first / 1e6);
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < 60; run++) {
            long start = System.nanoTime();
            CitationFormatter.format(style, bibliography, groups(50, 20, run));
            times.add(System.nanoTime() - start);
        }
        times.sort(null);
        System.out.printf("a post with 50 citations of 20 works, warm: median %.1f ms (min %.1f, max %.1f of 60)%n",
                times.get(30) / 1e6, times.get(0) / 1e6, times.get(59) / 1e6);
        for (int n : new int[] {500, 1000, 2000, 4000, 10000}) {
            long start = System.nanoTime();
            CitationFormatter.format(style, bibliography, groups(n, 50, 0));
            System.out.printf("one post with %d citations of 50 works: %.0f ms%n", n, (System.nanoTime() - start) / 1e6);
        }
    }

    /** {@code n} citation groups over {@code works} works: single ones, some with locators, some in pairs. */
    static List<List<CitationSyntax.Citation>> groups(int n, int works, int shift) {
        List<List<CitationSyntax.Citation>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String inside = i % 3 == 0 ? "@key" + (i + shift) % works : i % 3 == 1 ? "see @key" + (i + shift) % works + ", p. " + i
                    : "@key" + (i + shift) % works + "; @key" + (i + shift + 1) % works;
            groups.add(CitationSyntax.group(inside).orElseThrow());
        }
        return groups;
    }
}
