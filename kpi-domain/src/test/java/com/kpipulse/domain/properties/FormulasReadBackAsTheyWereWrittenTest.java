package com.kpipulse.domain.properties;

import com.kpipulse.domain.kpi.formula.Expression;
import com.kpipulse.domain.kpi.formula.FormulaParser;
import com.kpipulse.domain.kpi.formula.Operator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Printing a parsed formula and parsing it again gives the same tree: the printer keeps precedence. */
class FormulasReadBackAsTheyWereWrittenTest {

    @Provide
    Arbitrary<String> formulas() {
        return expression(4);
    }

    private Arbitrary<String> expression(int depth) {
        Arbitrary<String> leaf = Arbitraries.oneOf(
                Arbitraries.of("revenue", "orders", "visits", "ad_spend", "prev(revenue)", "last(followers)"),
                Arbitraries.integers().between(1, 999).map(Object::toString));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> binary = Combinators.combine(expression(depth - 1), Arbitraries.of(Operator.values()), expression(depth - 1))
                .as((left, operator, right) -> left + " " + operator.symbol() + " " + right);
        Arbitrary<String> grouped = expression(depth - 1).map(inner -> "(" + inner + ")");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaf), net.jqwik.api.Tuple.of(3, binary), net.jqwik.api.Tuple.of(1, grouped));
    }

    @Property
    void printingAndParsingAgainGivesTheSameTree(@ForAll("formulas") String formula) {
        Expression parsed = FormulaParser.parseOrThrow(formula);

        String printed = parsed.toFormula();

        assertThat(FormulaParser.parseOrThrow(printed).toFormula()).isEqualTo(printed);
        assertThat(withoutPositions(FormulaParser.parseOrThrow(printed))).isEqualTo(withoutPositions(parsed));
    }

    /** Positions differ once spacing and parentheses change; the shape must not. */
    private static Expression withoutPositions(Expression expression) {
        return switch (expression) {
            case Expression.Constant constant -> new Expression.Constant(constant.value().stripTrailingZeros().add(BigDecimal.ZERO), 0);
            case Expression.Reference reference -> new Expression.Reference(reference.name(), 0);
            case Expression.Negation negation -> new Expression.Negation(withoutPositions(negation.operand()), 0);
            case Expression.Call call -> new Expression.Call(call.function(), withoutPositions(call.argument()), 0);
            case Expression.Binary binary -> new Expression.Binary(binary.operator(),
                    withoutPositions(binary.left()), withoutPositions(binary.right()), 0);
        };
    }
}
