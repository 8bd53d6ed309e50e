import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times the concept graph's layout on a synthetic graph shaped like a knowledge base: the first nodes are concepts
 * (1 in 500, at least 20), every other node links to two concepts and three nodes before it, picked by a fixed
 * generator; about 5 edges per node. Prints the median of RUNS runs after one warm-up, in CPU time and wall time.
 *
 * <pre>
 * mvn -q -o compile -P '!teavm'
 * java -cp target/classes bench/GraphLayoutBench.java 10000 [RUNS]
 * </pre>
 *
 * With {@code before} as the third argument it times the force simulation essaykit had until 60399d1 instead
 * (every pair of nodes, 400 steps); that class must then come first on the class path:
 * <pre>
 * mkdir -p /tmp/old-graph && git show 60399d1:src/main/java/org/essaykit/render/ConceptGraph.java \
 *     > /tmp/old-graph/ConceptGraph.java && javac -cp target/classes -d /tmp/old-graph /tmp/old-graph/ConceptGraph.java
 * java -cp /tmp/old-graph:target/classes bench/GraphLayoutBench.java 1000 1 before
 * </pre>
 * The layout classes are package-private, so they are reached by reflection.
 */
public final class GraphLayoutBench {

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean before = args.length > 2 && args[2].equals("before");
        int concepts = Math.max(20, n / 500);
        int[] links = links(n, concepts);
        Runnable layout = before ? before(n, links) : after(n, concepts, links);
        // CPU time of this thread (the layout uses one): on a shared machine, wall time says more about the others.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[runs];
        long[] wall = new long[runs];
        layout.run(); // warm-up
        for (int r = 0; r < runs; r++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            layout.run();
            cpu[r] = threads.getCurrentThreadCpuTime() - cpuStart;
            wall[r] = System.nanoTime() - wallStart;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf("%s: %d nodes, %d links: median of %d runs %.1f ms CPU (min %.1f), %.1f ms wall%n",
                before ? "before (60399d1)" : "after", n, links.length / 2, runs, cpu[runs / 2] / 1e6, cpu[0] / 1e6,
                wall[runs / 2] / 1e6);
    }

    /** Pairs (a, b), flat: each node past the concepts links to two concepts and three earlier nodes. */
    private static int[] links(int n, int concepts) {
        long seed = 42;
        int[] links = new int[10 * n];
        int count = 0;
        for (int v = 1; v < n; v++) {
            for (int k = 0; k < (v < concepts ? 1 : 5); k++) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                int bound = v < concepts || k < 2 ? Math.min(v, concepts) : v;
                links[count++] = v;
                links[count++] = (int) Long.remainderUnsigned(seed >>> 17, bound);
            }
        }
        return Arrays.copyOf(links, count);
    }

    private static Runnable after(int n, int concepts, int[] links) throws Exception {
        Class<?> graphClass = Class.forName("org.essaykit.render.LinkGraph");
        Class<?> layoutClass = Class.forName("org.essaykit.render.ForceLayout");
        Class<?> boxClass = Class.forName("org.essaykit.render.ForceLayout$Box");
        Class<?> feetClass = Class.forName("org.essaykit.render.ForceLayout$Footprints");
        Method of = graphClass.getDeclaredMethod("of", int.class, int[].class);
        Method layout = layoutClass.getDeclaredMethod("layout", graphClass, int.class, boxClass, feetClass);
        Constructor<?> box = boxClass.getDeclaredConstructor(double.class, double.class, double.class, double.class,
                boolean.class);
        Constructor<?> feet = feetClass.getDeclaredConstructor(double[].class, double[].class, double[].class);
        for (var member : List.of(of, layout, box, feet)) {
            member.setAccessible(true);
        }
        // The graph page's density: its box grows with the square root of the nodes.
        double scale = Math.sqrt(n / 200.0);
        Object area = box.newInstance(760 * scale, 560 * scale, 80.0, 30.0, false);
        double[] half = new double[n];
        Arrays.fill(half, 12);
        Object footprints = feet.newInstance(half, half, half);
        return () -> {
            try {
                Object graph = of.invoke(null, n, links); // part of the work: the planner builds it too
                layout.invoke(null, graph, concepts, area, footprints);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static Runnable before(int n, int[] links) throws Exception {
        Class<?> old = Class.forName("org.essaykit.render.ConceptGraph");
        Method simulate = old.getDeclaredMethod("simulate", int.class, List.class);
        simulate.setAccessible(true);
        List<int[]> edges = new ArrayList<>();
        for (int i = 0; i < links.length; i += 2) {
            edges.add(new int[] {links[i], links[i + 1]});
        }
        return () -> {
            try {
                simulate.invoke(null, n, edges);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
