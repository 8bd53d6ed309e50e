/**
 * Simulation cores: small models that make the essays' arguments runnable, on the JVM (tests,
 * {@code essaykit sim}) and, compiled by TeaVM, in the browser.
 *
 * <p>Rules that keep one code base giving the same numbers everywhere (checked by {@code SimRulesTest}):
 * plain Java, no imports from other essaykit packages, no threads, reflection or AWT; randomness only
 * from {@link org.essaykit.sim.Rng}; {@code log}/{@code exp} only from {@code DetMath}, because
 * {@code Math.log} may differ in the last bit between the JVM and JavaScript engines; no iteration over
 * {@code HashMap}s; no {@code String.format} (number formatting belongs to the caller).
 */
package org.essaykit.sim;
