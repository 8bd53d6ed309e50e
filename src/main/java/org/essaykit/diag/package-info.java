/** Source positions and the diagnostics every stage reports against them, compiler-style. */
package org.essaykit.diag;
