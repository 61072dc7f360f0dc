package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.formula.Expression;
import com.kpipulse.domain.kpi.formula.FormulaFunction;
import com.kpipulse.domain.kpi.formula.FormulaValidator;
import com.kpipulse.domain.measure.MeasureDefinition;
import com.kpipulse.domain.measure.Unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;

/**
 * The catalog's formulas evaluated over figures given as sums, and over mixes of actual and reference driver values
 * that no period ever had (a Shapley split switches drivers one at a time). {@link com.kpipulse.domain.kpi.KpiEngine}
 * evaluates from observations over periods and cannot take such mixes; this evaluates the same parsed expressions by
 * the same rules (division at 34 significant digits, a zero denominator gives no value, measures win over KPIs of the
 * same code), and a test holds both to the same figures.
 */
final class FormulaValues {

    static final MathContext PRECISION = MathContext.DECIMAL128;

    private final KpiCatalog catalog;

    FormulaValues(KpiCatalog catalog) {
        this.catalog = catalog;
    }

    KpiCatalog catalog() {
        return catalog;
    }

    /** A base measure's sum, or a KPI's value, over one slice. */
    Optional<BigDecimal> of(String code, MeasureSums sums) {
        if (catalog.measures().find(code).isPresent()) {
            return sums.value(code);
        }
        return catalog.find(code).flatMap(kpi -> of(kpi, sums));
    }

    Optional<BigDecimal> of(KpiDefinition kpi, MeasureSums sums) {
        return evaluate(kpi.expression(), name -> of(name, sums));
    }

    /**
     * An identity over drivers: names among {@code drivers} take those values, other names are catalog KPIs computed
     * from them (so a KPI's own formula serves as the identity over its base measures).
     */
    Optional<BigDecimal> identity(Expression identity, Map<String, BigDecimal> drivers) {
        return evaluate(identity, name -> driverOrKpi(name, drivers));
    }

    private Optional<BigDecimal> driverOrKpi(String name, Map<String, BigDecimal> drivers) {
        if (drivers.containsKey(name)) {
            return Optional.of(drivers.get(name));
        }
        return catalog.measures().find(name).isPresent() ? Optional.empty()
                : catalog.find(name).flatMap(kpi -> evaluate(kpi.expression(), other -> driverOrKpi(other, drivers)));
    }

    /** Whether the KPI compares a period with the one before ({@code prev()}): sums of one period cannot give it. */
    boolean needsPreviousPeriod(KpiDefinition kpi) {
        return usesPrevious(kpi.expression());
    }

    private boolean usesPrevious(Expression expression) {
        return switch (expression) {
            case Expression.Constant constant -> false;
            case Expression.Reference reference -> catalog.measures().find(reference.name()).isEmpty()
                    && catalog.find(reference.name()).map(this::needsPreviousPeriod).orElse(false);
            case Expression.Negation negation -> usesPrevious(negation.operand());
            case Expression.Call call -> call.function() == FormulaFunction.PREV || usesPrevious(call.argument());
            case Expression.Binary binary -> usesPrevious(binary.left()) || usesPrevious(binary.right());
        };
    }

    /** The names an expression refers to, each once, in the order they first appear. */
    static List<String> names(Expression expression) {
        return FormulaValidator.references(expression).map(Expression.Reference::name).distinct().toList();
    }

    Unit unitOf(String code) {
        return measure(code).map(MeasureDefinition::unit)
                .orElseGet(() -> kpi(code).unit());
    }

    LocalizedText nameOf(String code) {
        return measure(code).map(measure -> LocalizedText.of(measure.nameRu(), measure.nameEn()))
                .orElseGet(() -> LocalizedText.of(kpi(code).nameRu(), kpi(code).nameEn()));
    }

    private Optional<MeasureDefinition> measure(String code) {
        return catalog.measures().find(code);
    }

    private KpiDefinition kpi(String code) {
        return catalog.find(code).orElseThrow(() -> new NoSuchElementException("No measure or KPI " + code));
    }

    static Optional<BigDecimal> evaluate(Expression expression, Function<String, Optional<BigDecimal>> names) {
        return switch (expression) {
            case Expression.Constant constant -> Optional.of(constant.value());
            case Expression.Reference reference -> names.apply(reference.name());
            case Expression.Negation negation -> evaluate(negation.operand(), names).map(BigDecimal::negate);
            case Expression.Call call -> call.function() == FormulaFunction.PREV ? Optional.empty()
                    : evaluate(call.argument(), names);
            case Expression.Binary binary -> {
                Optional<BigDecimal> left = evaluate(binary.left(), names);
                Optional<BigDecimal> right = left.isEmpty() ? Optional.empty() : evaluate(binary.right(), names);
                if (left.isEmpty() || right.isEmpty()) {
                    yield Optional.empty();
                }
                BigDecimal a = left.get();
                BigDecimal b = right.get();
                yield switch (binary.operator()) {
                    case ADD -> Optional.of(a.add(b));
                    case SUBTRACT -> Optional.of(a.subtract(b));
                    case MULTIPLY -> Optional.of(a.multiply(b));
                    case DIVIDE -> b.signum() == 0 ? Optional.empty() : Optional.of(a.divide(b, PRECISION));
                };
            }
        };
    }
}
