package org.essaykit.math;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Formulas as the readable text previews, summaries and contents show, read from Temml's MathML. */
class MathTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            E = mc^2                                   | E = mc²
            x_i + y_{ij}^2                             | xᵢ + yᵢⱼ²
            \\alpha_{t+1} \\leq \\beta^{n+1}           | αₜ₊₁ ≤ βⁿ⁺¹
            x^{\\top}                                | x^⊤
            e^{-\\lambda t}                            | e^(−λt)
            \\frac{a+b}{2}                             | (a + b)/2
            \\sqrt{x} + \\sqrt[3]{y}                   | √x + ∛y
            f(x) = -x                                  | f(x) = −x
            \\hat{\\theta} = \\operatorname*{arg\\,max}_\\theta \\mathcal{L}(\\theta) | θ̂ = arg\u2009max_θ ℒ(θ)
            P(\\text{deceptive}) < 1\\%                | P(deceptive) < 1%
            \\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}   | (1, 2; 3, 4)
            \\mathbb{R}^n                              | ℝⁿ
            """)
    void readsAsTheFormulaShows(String tex, String text) {
        assertEquals(text, MathText.of(Temml.shared().convert(tex, false).mathml()));
    }
}
