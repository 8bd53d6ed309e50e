/**
 * The simulation API: what a site's own simulations (the Java files in its {@code simulations/} folder) and
 * essaykit's built-in ones ({@code org.essaykit.sim.builtin}) are written against. Stable: these seven types are
 * all a simulation may use from essaykit ({@link org.essaykit.sim.Simulation}, {@link org.essaykit.sim.Run},
 * {@link org.essaykit.sim.Param}, {@link org.essaykit.sim.Settings}, {@link org.essaykit.sim.Readout},
 * {@link org.essaykit.sim.Rng}, {@link org.essaykit.sim.DetMath}). The same code runs on the JVM
 * ({@code essaykit sim run}, and the build, which draws each figure's default run as the page's first picture)
 * and, compiled by TeaVM, in the browser, where a reader runs it, moves its sliders and steps it.
 *
 * <h2>A simulation</h2>
 * <pre>{@code
 * import org.essaykit.sim.*;
 * import java.util.List;
 * import java.util.Map;
 *
 * public class CoinFlips implements Simulation {             // public, with a public no-argument constructor
 *     public String name() { return "coin-flips"; }            // what ```sim coin-flips writes in a post
 *     public String title() { return "Coin flips"; }
 *     public String description() { return "The share of heads as flips add up."; }
 *     public String source() { return "A textbook example."; }
 *     public List<Param> params() { return List.of(Param.number("p", "Chance of heads", 0.5, 0, 1, 0.01)); }
 *     public List<List<String>> chart() { return List.of(List.of("heads")); }  // panels of read-outs
 *     public int defaultSteps() { return 100; }
 *     public Run start(Settings settings) {
 *         Rng rng = new Rng(settings.seed());
 *         double p = settings.number("p");
 *         return new Run() {
 *             int flips;
 *             int heads;
 *             protected void advance() { flips++; if (rng.chance(p)) { heads++; } }
 *             protected void read(Map<String, Double> out) { out.put("heads", flips == 0 ? 0 : (double) heads / flips); }
 *         };
 *     }
 * }
 * }</pre>
 * {@code essaykit new sim NAME} writes such a file to fill in; {@code essaykit sim list} and
 * {@code essaykit sim run NAME} show and run it.
 *
 * <h2>Rules</h2>
 * A page must show the numbers {@code essaykit sim run} prints, to the last bit, in every browser. The build
 * checks these rules on every simulation's source and reports a breach at its {@code file:line:col}: plain Java,
 * no essaykit package but this one, no threads, reflection or AWT; randomness only from {@link
 * org.essaykit.sim.Rng}; {@code log}/{@code exp} only from {@link org.essaykit.sim.DetMath}, because
 * {@code Math.log} may differ in the last bit between the JVM and JavaScript engines (so no {@code Math.pow},
 * {@code sin}, {@code cos} either); no {@code HashMap}/{@code HashSet} or {@code Map.of}/{@code Set.of}, whose
 * iteration order differs (use {@code LinkedHashMap}, lists); no clocks; no {@code String.format} (the page
 * formats numbers).
 *
 * <p>Why the numbers agree to the last bit, not just to the decimals shown: doubles only (no float), and
 * only +, -, *, / and {@code Math.sqrt} on them, which IEEE 754 rounds the same way on the JVM (strict
 * since Java 17), in WebAssembly and in JavaScript, none of which fuses a multiply and an add. One trap:
 * TeaVM 0.15's JavaScript output drops the parentheses around a right operand of + or * with the same
 * precedence: {@code a + (b + c)} (also {@code x += b + c}) runs as {@code (a + b) + c}, and
 * {@code a * (b / c)} (also {@code x *= b / c}) as {@code (a * b) / c}, which round differently; its Wasm
 * output is right. Write such expressions left to right ({@code b + c + a}, {@code b / c * a}: + and *
 * commute exactly) or sum the parts separately; the build finds them. TeaVM's JavaScript
 * {@code Math.round(x)} is {@code trunc(x + signum(x) / 2)}, not Java's: it differs for negative halves (and for
 * the double just below 0.5), so round only non-negative numbers.
 * {@code SimulationBrowserTest} and {@code SiteSimulationIT} compare a digest of every bit of every read-out of
 * every step of the default run on both engines with the JVM's.
 */
package org.essaykit.sim;
