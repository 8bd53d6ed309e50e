package org.essaykit.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Extension;
import io.pebbletemplates.pebble.extension.ExtensionCustomizer;
import io.pebbletemplates.pebble.node.expression.ConcatenateExpression;
import io.pebbletemplates.pebble.operator.BinaryOperator;
import io.pebbletemplates.pebble.operator.BinaryOperatorImpl;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import org.essaykit.diag.Limits;

import java.util.ArrayList;
import java.util.List;

/**
 * Pebble's {@code ~} with a budget: a string that doubles in a loop ({@code {% set s = s ~ s %}}) reaches
 * {@link Limits#PAGE_CHARS} after about 22 rounds and is an error at its line then, checked before the longer
 * string is made; without it the build ran for a minute and died of {@code OutOfMemoryError}. No string longer
 * than a page may be is needed to write a page.
 */
final class BoundedConcatenation extends ExtensionCustomizer {

    private static final String SYMBOL = "~";

    BoundedConcatenation(Extension extension) {
        super(extension);
    }

    @Override
    public List<BinaryOperator> getBinaryOperators() {
        List<BinaryOperator> operators = super.getBinaryOperators();
        if (operators == null || operators.stream().noneMatch(op -> SYMBOL.equals(op.getSymbol()))) {
            return operators;
        }
        List<BinaryOperator> bounded = new ArrayList<>(operators.size());
        for (BinaryOperator op : operators) {
            bounded.add(!SYMBOL.equals(op.getSymbol()) ? op : new BinaryOperatorImpl(SYMBOL, op.getPrecedence(),
                    BoundedConcatenateExpression::new, op.getType(), op.getAssociativity()));
        }
        return bounded;
    }

    /** {@code left ~ right}, as Pebble's, but refusing a result over the limit before making it. */
    static final class BoundedConcatenateExpression extends ConcatenateExpression {
        @Override
        public String evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
            Object left = getLeftExpression().evaluate(self, context);
            Object right = getRightExpression().evaluate(self, context);
            String l = left == null ? "" : left.toString();
            String r = right == null ? "" : right.toString();
            if (Limits.PAGE_CHARS.exceededBy((long) l.length() + r.length())) {
                throw new PebbleException(null, "`~` would make a string of " + ((long) l.length() + r.length())
                        + " characters, more than a page may have (" + Limits.PAGE_CHARS.describe()
                        + "): does a value double in a loop? " + Limits.PAGE_CHARS.howToRaise(),
                        getLineNumber(), self.getName());
            }
            return l.concat(r);
        }
    }
}
