package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.formula.Expression;
import com.kpipulse.domain.kpi.formula.FormulaFunction;
import com.kpipulse.domain.kpi.formula.Operator;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * How a KPI over all channels is made of the channels' figures, read from its formula: a total (the channels' values
 * add up), a ratio of two totals with perhaps a constant around it ({@code offset + scale × N / D}: conversion, CAC,
 * ROMI = (revenue − spend) / spend, NPS × 100, 1 − cart_orders / carts), or neither (LTV, growth KPIs), which cannot be
 * split by channel.
 */
sealed interface KpiShape {

    record Total(LinearCombination value) implements KpiShape {
    }

    record Ratio(BigDecimal offset, BigDecimal scale, LinearCombination numerator, LinearCombination denominator)
            implements KpiShape {

        Ratio times(BigDecimal factor) {
            return new Ratio(offset.multiply(factor), scale.multiply(factor), numerator, denominator);
        }

        Ratio plus(BigDecimal constant) {
            return new Ratio(offset.add(constant), scale, numerator, denominator);
        }
    }

    record Unsplittable() implements KpiShape {
    }

    /** The base measures whose shares among channels say how surprising a channel's move is. */
    default Set<String> measures() {
        return switch (this) {
            case Total total -> total.value().measures();
            case Ratio ratio -> {
                var both = new java.util.TreeSet<>(ratio.numerator().measures());
                both.addAll(ratio.denominator().measures());
                yield both;
            }
            case Unsplittable unsplittable -> Set.of();
        };
    }

    static KpiShape of(KpiDefinition kpi, KpiCatalog catalog) {
        Expression expression = kpi.expression();
        Optional<LinearCombination> total = linear(expression, catalog);
        if (total.isPresent()) {
            return new Total(total.get());
        }
        return ratio(expression, catalog).<KpiShape>map(ratio -> ratio).orElseGet(Unsplittable::new);
    }

    private static Optional<LinearCombination> linear(Expression expression, KpiCatalog catalog) {
        return switch (expression) {
            case Expression.Reference reference -> catalog.measures().find(reference.name()).isPresent()
                    ? Optional.of(LinearCombination.of(reference.name()))
                    : catalog.find(reference.name()).flatMap(kpi -> linear(kpi.expression(), catalog));
            case Expression.Call call -> call.function() == FormulaFunction.PREV ? Optional.empty()
                    : linear(call.argument(), catalog);
            case Expression.Negation negation -> linear(negation.operand(), catalog)
                    .map(value -> value.times(BigDecimal.ONE.negate()));
            case Expression.Binary binary -> switch (binary.operator()) {
                case ADD, SUBTRACT -> {
                    Optional<LinearCombination> left = linear(binary.left(), catalog);
                    Optional<LinearCombination> right = linear(binary.right(), catalog);
                    BigDecimal sign = binary.operator() == Operator.ADD ? BigDecimal.ONE : BigDecimal.ONE.negate();
                    yield left.isPresent() && right.isPresent()
                            ? Optional.of(left.get().plus(right.get().times(sign))) : Optional.empty();
                }
                case MULTIPLY -> constant(binary.left()).flatMap(factor -> linear(binary.right(), catalog)
                                .map(value -> value.times(factor)))
                        .or(() -> constant(binary.right()).flatMap(factor -> linear(binary.left(), catalog)
                                .map(value -> value.times(factor))));
                case DIVIDE -> constant(binary.right()).filter(divisor -> divisor.signum() != 0)
                        .flatMap(divisor -> linear(binary.left(), catalog)
                                .map(value -> value.times(BigDecimal.ONE.divide(divisor, FormulaValues.PRECISION))));
            };
            case Expression.Constant constant -> Optional.empty();
        };
    }

    private static Optional<Ratio> ratio(Expression expression, KpiCatalog catalog) {
        return switch (expression) {
            case Expression.Reference reference -> catalog.measures().find(reference.name()).isPresent()
                    ? Optional.empty() : catalog.find(reference.name()).flatMap(kpi -> ratio(kpi.expression(), catalog));
            case Expression.Negation negation -> ratio(negation.operand(), catalog)
                    .map(ratio -> ratio.times(BigDecimal.ONE.negate()));
            case Expression.Binary binary -> switch (binary.operator()) {
                case DIVIDE -> {
                    Optional<LinearCombination> numerator = linear(binary.left(), catalog);
                    Optional<LinearCombination> denominator = linear(binary.right(), catalog);
                    if (numerator.isPresent() && denominator.isPresent()) {
                        yield Optional.of(new Ratio(BigDecimal.ZERO, BigDecimal.ONE, numerator.get(), denominator.get()));
                    }
                    yield constant(binary.right()).filter(divisor -> divisor.signum() != 0)
                            .flatMap(divisor -> ratio(binary.left(), catalog)
                                    .map(ratio -> ratio.times(BigDecimal.ONE.divide(divisor, FormulaValues.PRECISION))));
                }
                case MULTIPLY -> constant(binary.left()).flatMap(factor -> ratio(binary.right(), catalog)
                                .map(ratio -> ratio.times(factor)))
                        .or(() -> constant(binary.right()).flatMap(factor -> ratio(binary.left(), catalog)
                                .map(ratio -> ratio.times(factor))));
                case ADD -> constant(binary.left()).flatMap(c -> ratio(binary.right(), catalog).map(ratio -> ratio.plus(c)))
                        .or(() -> constant(binary.right()).flatMap(c -> ratio(binary.left(), catalog)
                                .map(ratio -> ratio.plus(c))));
                case SUBTRACT -> constant(binary.left()).flatMap(c -> ratio(binary.right(), catalog)
                                .map(ratio -> ratio.times(BigDecimal.ONE.negate()).plus(c)))
                        .or(() -> constant(binary.right()).flatMap(c -> ratio(binary.left(), catalog)
                                .map(ratio -> ratio.plus(c.negate()))));
            };
            default -> Optional.empty();
        };
    }

    private static Optional<BigDecimal> constant(Expression expression) {
        return expression instanceof Expression.Constant constant ? Optional.of(constant.value()) : Optional.empty();
    }
}
