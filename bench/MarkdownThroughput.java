import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.essaykit.content.ContentLoader;
import org.essaykit.content.Document;
import org.essaykit.content.LoadOptions;
import org.essaykit.content.SiteIndex;
import org.essaykit.content.SiteSource;
import org.essaykit.diag.Diagnostics;
import org.essaykit.markdown.MarkdownEngine;
import org.essaykit.markdown.MarkdownOptions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Bytes per second of essaykit's markdown stage against plain commonmark-java on the same bodies, in one JVM,
 * single-threaded, after warm-up (issue 12, item 4: ours should reach 70% of plain).
 *
 * <pre>
 * mvn -B -ntp -q package -DskipTests -P '!teavm'
 * mvn -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:$(cat target/cp.txt) bench/MarkdownThroughput.java CORPUS [ROUNDS]
 * </pre>
 *
 * CORPUS is a site folder (with content/), e.g. one made by {@code java bench/GenerateCorpus.java 1000 /tmp/c1000},
 * or that corpus with our concept pages, mentions and wikilinks added by {@code bench/markdown-concept-corpus.sh}.
 * ROUNDS (default 9) timed passes over every body per variant, after as many warm-up passes; the median pass is
 * reported. Variants, interleaved per round so drift in machine load hits all of them alike:
 * <ul>
 *   <li>plain: commonmark-java {@code Parser} + {@code HtmlRenderer} with the commonmark extensions
 *       {@code MarkdownEngine} enables (tables, strikethrough, autolink, task lists, footnotes), defaults otherwise;</li>
 *   <li>plain+spans: the same with inline source spans on, which our engine needs for file:line:col;</li>
 *   <li>essaykit render: {@code MarkdownEngine.render(doc, index)} as the build's markdown stage calls it (html,
 *       toc, heading ids, links, sections, summary, search terms, concept auto-links, sim embeds, the body kept),
 *       then the body read back as the render stage reads it: everything done per document. A fresh engine per
 *       pass, as a build has one: a body is kept uncompressed while the bodies fit its budget (1/32 of the heap);</li>
 *   <li>essaykit compressed: the same with every body DEFLATE-compressed, as a site whose bodies outgrow that
 *       budget keeps the rest of them.</li>
 * </ul>
 * Bytes are the UTF-8 bytes of the Markdown bodies (front matter stripped).
 */
public final class MarkdownThroughput {

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: java -cp target/classes:$(cat target/cp.txt) bench/MarkdownThroughput.java CORPUS [ROUNDS]");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        Diagnostics diagnostics = new Diagnostics();
        SiteSource source = ContentLoader.load(Path.of(args[0]), new LoadOptions(true, true, Instant.now()), diagnostics);
        List<Document> docs = source.documents();
        long bytes = docs.stream().mapToLong(d -> d.body().getBytes(StandardCharsets.UTF_8).length).sum();
        long concepts = docs.stream().filter(d -> d.kind() == Document.Kind.CONCEPT).count();
        System.out.printf("%d documents (%d concepts), %.2f MB of Markdown, %d rounds%n",
                docs.size(), concepts, bytes / 1e6, rounds);

        List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), TaskListItemsExtension.create(), FootnotesExtension.create());
        Parser plainParser = Parser.builder().extensions(extensions).build();
        Parser spanParser = Parser.builder().extensions(extensions)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        HtmlRenderer plainRenderer = HtmlRenderer.builder().extensions(extensions).build();
        MarkdownOptions options = MarkdownOptions.defaults(source.config().headingIds()).withDataTables(source.data());
        SiteIndex index = SiteIndex.of(source);
        long[] sink = new long[1];
        // A build makes one engine and renders each body once: each pass gets an engine of its own, made before its
        // timer starts, so what a build's engine keeps (its search vocabulary, its budget of bodies kept
        // uncompressed) starts as a build's does.
        MarkdownEngine[] engine = new MarkdownEngine[1];

        List<Variant> variants = List.of(
                new Variant("plain commonmark", () -> { },
                        i -> sink[0] += plainRenderer.render(plainParser.parse(docs.get(i).body())).length()),
                new Variant("plain + spans", () -> { },
                        i -> sink[0] += plainRenderer.render(spanParser.parse(docs.get(i).body())).length()),
                new Variant("essaykit render", () -> engine[0] = new MarkdownEngine(options),
                        i -> sink[0] += engine[0].render(docs.get(i), index).html().length()),
                // as a site too large for its bodies to stay uncompressed renders them
                new Variant("essaykit compressed", () -> engine[0] = new MarkdownEngine(options.withPlainBodyBytes(0)),
                        i -> sink[0] += engine[0].render(docs.get(i), index).html().length()));
        for (int round = -rounds; round < rounds; round++) { // negative rounds are warm-up
            for (Variant variant : variants) {
                variant.setUp.run();
                long start = System.nanoTime();
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                for (int i = 0; i < docs.size(); i++) {
                    variant.work.accept(i);
                }
                if (round >= 0) {
                    variant.nanos.add(System.nanoTime() - start);
                    variant.cpuNanos.add(THREADS.getCurrentThreadCpuTime() - cpuStart);
                }
            }
        }

        for (Variant variant : variants) {
            System.out.printf("  %-20s %8.2f MB/s  (median pass %6.1f ms wall, %6.1f ms CPU of this thread)%n",
                    variant.name, bytes / 1e6 / (median(variant.nanos) / 1e9), median(variant.nanos) / 1e6,
                    median(variant.cpuNanos) / 1e6);
        }
        // Thread CPU time leaves out the time the thread waited for a core: on a loaded machine, the fair ratio.
        for (int ours = 2; ours < variants.size(); ours++) {
            for (int base = 0; base < 2; base++) {
                System.out.printf("%-42s %.1f%% (wall), %.1f%% (CPU)%n",
                        variants.get(ours).name + " / " + variants.get(base).name + ":",
                        ratio(variants, base, ours, v -> v.nanos), ratio(variants, base, ours, v -> v.cpuNanos));
            }
        }
        System.out.println("(checksum " + sink[0] + ")");
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** Throughput of variant {@code ours} as a percentage of variant {@code base}'s, by the given timings. */
    private static double ratio(List<Variant> variants, int base, int ours,
                                java.util.function.Function<Variant, List<Long>> timings) {
        return 100.0 * median(timings.apply(variants.get(base))) / median(timings.apply(variants.get(ours)));
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static final class Variant {
        final String name;
        /** Run before each pass, untimed. */
        final Runnable setUp;
        final IntConsumer work;
        final List<Long> nanos = new ArrayList<>();
        final List<Long> cpuNanos = new ArrayList<>();

        Variant(String name, Runnable setUp, IntConsumer work) {
            this.name = name;
            this.setUp = setUp;
            this.work = work;
        }
    }
}
