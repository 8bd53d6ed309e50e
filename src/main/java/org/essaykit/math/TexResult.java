package org.essaykit.math;

/**
 * What converting one formula gave: its MathML, or why it does not parse.
 *
 * @param mathml the {@code <math>} element, or null when the formula does not parse
 * @param error  the converter's message when it does not parse, else null
 * @param offset where in the formula the converter stopped (0-based), or -1 when it did not say
 */
public record TexResult(String mathml, String error, int offset) {

    public static TexResult ok(String mathml) {
        return new TexResult(mathml, null, -1);
    }

    public static TexResult failed(String error, int offset) {
        return new TexResult(null, error, offset);
    }

    public boolean ok() {
        return mathml != null;
    }
}
