package org.essaykit.math;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each formula's MathML for the life of a build (or of {@code serve}): a formula met again, on this page or
 * another, is not converted again. Keyed by the formula's text and mode, which is all the result depends on.
 * Thread-safe.
 */
public final class MathCache {

    private record Formula(String tex, boolean display) {
    }

    private final Map<Formula, TexResult> results = new ConcurrentHashMap<>();

    public TexResult convert(String tex, boolean display) {
        Formula formula = new Formula(tex, display);
        TexResult known = results.get(formula);
        if (known != null) {
            return known;
        }
        // Not computeIfAbsent: conversions wait for each other in Temml anyway, and a lock on the map's bin
        // would hold other formulas' lookups behind a slow one.
        TexResult result = Temml.shared().convert(tex, display);
        results.putIfAbsent(formula, result);
        return result;
    }
}
