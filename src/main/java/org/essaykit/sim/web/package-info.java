/**
 * The thin browser adapters TeaVM compiles to WebAssembly GC and JavaScript: the only code that touches
 * the DOM ({@code org.teavm.jso}). It wires the figures the build rendered for {@code ```sim NAME} blocks
 * to the cores in {@code org.essaykit.sim}; the JVM never loads it.
 */
package org.essaykit.sim.web;
