package com.kpipulse.domain.kpi;

import com.kpipulse.domain.kpi.formula.Expression;
import com.kpipulse.domain.kpi.formula.FormulaFunction;
import com.kpipulse.domain.kpi.formula.FormulaValidator;
import com.kpipulse.domain.measure.Aggregation;
import com.kpipulse.domain.measure.MeasureCatalog;
import com.kpipulse.domain.measure.MeasureCode;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the formulas of a catalog say about its KPIs, following the KPIs a formula names: the base measures a KPI is
 * computed from, whether it adds up over time and channels, and which KPIs name another.
 */
final class KpiFormulaTraits {

    private final MeasureCatalog measures;
    private final Map<String, KpiDefinition> kpis;

    /** @param kpis the catalog's KPIs by code, in catalog order */
    KpiFormulaTraits(MeasureCatalog measures, Map<String, KpiDefinition> kpis) {
        this.measures = measures;
        this.kpis = kpis;
    }

    /** The base measures a KPI is computed from, through the KPIs it names. */
    Set<MeasureCode> measuresOf(KpiDefinition kpi) {
        Set<MeasureCode> found = new TreeSet<>(Comparator.comparing(MeasureCode::value));
        collectMeasures(kpi.expression(), found, new HashSet<>());
        return found;
    }

    private void collectMeasures(Expression expression, Set<MeasureCode> found, Set<String> visited) {
        switch (expression) {
            case Expression.Constant constant -> { }
            case Expression.Reference reference -> {
                if (measures.find(reference.name()).isPresent()) {
                    found.add(new MeasureCode(reference.name()));
                } else if (visited.add(reference.name()) && kpis.containsKey(reference.name())) {
                    collectMeasures(kpis.get(reference.name()).expression(), found, visited);
                }
            }
            case Expression.Negation negation -> collectMeasures(negation.operand(), found, visited);
            case Expression.Binary binary -> {
                collectMeasures(binary.left(), found, visited);
                collectMeasures(binary.right(), found, visited);
            }
            case Expression.Call call -> collectMeasures(call.argument(), found, visited);
        }
    }

    /**
     * True when the KPI adds up over time and channels (revenue, orders, profit): its target for a quarter is the sum
     * of its weekly targets. Ratios, growth rates and snapshots are not additive.
     */
    boolean isAdditive(KpiDefinition kpi) {
        return additive(kpi.expression());
    }

    private boolean additive(Expression expression) {
        return switch (expression) {
            case Expression.Constant constant -> false;
            case Expression.Reference reference -> measures.find(reference.name())
                    .map(measure -> measure.aggregation() == Aggregation.ADDITIVE)
                    .orElseGet(() -> kpis.containsKey(reference.name()) && isAdditive(kpis.get(reference.name())));
            case Expression.Negation negation -> additive(negation.operand());
            case Expression.Call call -> call.function() == FormulaFunction.SUM;
            case Expression.Binary binary -> switch (binary.operator()) {
                case ADD, SUBTRACT -> additive(binary.left()) && additive(binary.right());
                case MULTIPLY -> (additive(binary.left()) && FormulaValidator.constantValue(binary.right()).isPresent())
                        || (additive(binary.right()) && FormulaValidator.constantValue(binary.left()).isPresent());
                case DIVIDE -> additive(binary.left()) && FormulaValidator.constantValue(binary.right()).isPresent();
            };
        };
    }

    /** The base measures a KPI takes at a moment of a period ({@code last()}, {@code first()}), through the KPIs it names. */
    Set<MeasureCode> measuresAtAMoment(KpiDefinition kpi) {
        Set<MeasureCode> found = new TreeSet<>(Comparator.comparing(MeasureCode::value));
        collectAtAMoment(kpi.expression(), found, new HashSet<>());
        return found;
    }

    private void collectAtAMoment(Expression expression, Set<MeasureCode> found, Set<String> visited) {
        switch (expression) {
            case Expression.Constant constant -> { }
            case Expression.Reference reference -> {
                if (measures.find(reference.name()).isEmpty() && visited.add(reference.name())
                        && kpis.containsKey(reference.name())) {
                    collectAtAMoment(kpis.get(reference.name()).expression(), found, visited);
                }
            }
            case Expression.Negation negation -> collectAtAMoment(negation.operand(), found, visited);
            case Expression.Binary binary -> {
                collectAtAMoment(binary.left(), found, visited);
                collectAtAMoment(binary.right(), found, visited);
            }
            case Expression.Call call -> {
                if ((call.function() == FormulaFunction.LAST || call.function() == FormulaFunction.FIRST)
                        && call.argument() instanceof Expression.Reference reference) {
                    found.add(new MeasureCode(reference.name()));
                } else {
                    collectAtAMoment(call.argument(), found, visited);
                }
            }
        }
    }

    /** How many periods back a KPI looks: one for {@code prev()}, two for a {@code prev()} in one, through the KPIs it names. */
    int periodsBack(KpiDefinition kpi) {
        return periodsBack(kpi.expression(), new HashSet<>());
    }

    private int periodsBack(Expression expression, Set<String> visited) {
        return switch (expression) {
            case Expression.Constant constant -> 0;
            case Expression.Reference reference -> measures.find(reference.name()).isEmpty()
                    && kpis.containsKey(reference.name()) && visited.add(reference.name())
                    ? periodsBack(kpis.get(reference.name()).expression(), new HashSet<>(visited)) : 0;
            case Expression.Negation negation -> periodsBack(negation.operand(), visited);
            case Expression.Binary binary -> Math.max(periodsBack(binary.left(), visited),
                    periodsBack(binary.right(), visited));
            case Expression.Call call -> (call.function() == FormulaFunction.PREV ? 1 : 0)
                    + periodsBack(call.argument(), visited);
        };
    }

    /** The codes of the KPIs whose formulas name {@code code}, in catalog order. */
    List<String> usersOf(KpiCode code) {
        return kpis.values().stream()
                .filter(kpi -> !kpi.code().equals(code) && FormulaValidator.references(kpi.expression())
                        .anyMatch(reference -> reference.name().equals(code.value())))
                .map(kpi -> kpi.code().value()).toList();
    }
}
