import org.essaykit.math.Temml;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What math costs a build: loading Temml into Rhino (once per JVM, on the first page with math), the first
 * formula after it, and the cost per formula over the test corpus (src/test/resources/math/corpus.tex, about 275
 * formulas from papers) in passes, uncached, each formula made distinct per pass so that nothing is reused.
 *
 * <pre>
 * mvn -B -ntp -q -o compile -P '!teavm'
 * mvn -B -ntp -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/classes:$(cat target/cp.txt) bench/MathBench.java [PASSES]
 * </pre>
 * (the flags are the ones {@code target/essaykit build} runs with; leave them out for the default JVM)
 */
public class MathBench {
    public static void main(String[] args) throws Exception {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> corpus = Files.readAllLines(Path.of("src/test/resources/math/corpus.tex"), StandardCharsets.UTF_8)
                .stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("%"))
                .map(l -> l.startsWith("display:") ? l.substring(8).strip() : l).toList();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long startCpu = cpu.getCurrentThreadCpuTime();
        Temml temml = Temml.shared();
        long loaded = System.nanoTime();
        long loadedCpu = cpu.getCurrentThreadCpuTime();
        temml.convert("E = mc^2", false);
        long first = System.nanoTime();
        long firstCpu = cpu.getCurrentThreadCpuTime();
        System.out.printf("load %.0f ms (CPU %.0f ms), first formula %.1f ms (CPU %.1f ms)%n", (loaded - start) / 1e6,
                (loadedCpu - startCpu) / 1e6, (first - loaded) / 1e6, (firstCpu - loadedCpu) / 1e6);
        for (int pass = 1; pass <= passes; pass++) {
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            for (String tex : corpus) {
                if (!temml.convert(tex + "\\;" + pass, true).ok()) {
                    throw new IllegalStateException("does not convert: " + tex);
                }
            }
            System.out.printf("pass %d: %d formulas, %.2f ms per formula (CPU %.2f ms)%n", pass, corpus.size(),
                    (System.nanoTime() - t0) / 1e6 / corpus.size(), (cpu.getCurrentThreadCpuTime() - c0) / 1e6 / corpus.size());
        }
    }
}
