/**
 * TeX to MathML Core at build time: {@link org.essaykit.math.Temml} runs the Temml converter (JavaScript) in
 * Rhino's interpreter, once per JVM and only when a page has math; {@link org.essaykit.math.MathCache} keeps each
 * formula's result for a build (and for {@code serve}'s rebuilds).
 */
package org.essaykit.math;
