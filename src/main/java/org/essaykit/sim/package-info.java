/**
 * Simulation cores: small models that make the essays' arguments runnable, on the JVM (tests,
 * {@code essaykit sim}) and, compiled by TeaVM, in the browser.
 *
 * <p>Rules that keep one code base giving the same numbers everywhere (checked by {@code SimRulesTest}):
 * plain Java, no imports from other essaykit packages, no threads, reflection or AWT; randomness only
 * from {@link org.essaykit.sim.Rng}; {@code log}/{@code exp} only from {@code DetMath}, because
 * {@code Math.log} may differ in the last bit between the JVM and JavaScript engines; no iteration over
 * {@code HashMap}s; no {@code String.format} (number formatting belongs to the caller).
 *
 * <p>Why the numbers agree to the last bit, not just to the decimals shown: doubles only (no float), and
 * only +, -, *, / and {@code Math.sqrt} on them, which IEEE 754 rounds the same way on the JVM (strict
 * since Java 17), in WebAssembly and in JavaScript, none of which fuses a multiply and an add. One trap:
 * TeaVM 0.15's JavaScript output drops the parentheses around a right operand of + or * with the same
 * precedence: {@code a + (b + c)} (also {@code x += b + c}) runs as {@code (a + b) + c}, and
 * {@code a * (b / c)} (also {@code x *= b / c}) as {@code (a * b) / c}, which round differently; its Wasm
 * output is right. Write such expressions left to right ({@code b + c + a}, {@code b / c * a}: + and *
 * commute exactly) or sum the parts separately; {@code SimRulesTest} finds them in the cores. TeaVM's
 * JavaScript {@code Math.round(x)} is {@code trunc(x + signum(x) / 2)}, not Java's: it differs for negative
 * halves (and for the double just below 0.5), so the cores round only non-negative numbers, as
 * {@code Readouts.fixed} does.
 * {@code SimulationBrowserTest} compares a digest of every bit of every read-out of every step of each
 * simulation's default run on both engines with the JVM's.
 */
package org.essaykit.sim;
