package com.kpipulse.domain.kpi;

import com.kpipulse.domain.kpi.formula.Expression;
import com.kpipulse.domain.kpi.formula.FormulaFunction;
import com.kpipulse.domain.kpi.formula.FormulaMessageKind;
import com.kpipulse.domain.kpi.formula.FormulaProblem;
import com.kpipulse.domain.kpi.formula.FormulaValidator;
import com.kpipulse.domain.kpi.formula.ProblemKind;
import com.kpipulse.domain.kpi.formula.ValueKind;
import com.kpipulse.domain.measure.MeasureCatalog;
import com.kpipulse.domain.measure.Unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a whole set of KPI definitions that refer to each other: every formula names measures and KPIs that exist,
 * with units that fit its KPI's; a KPI under a base measure's code is exactly that measure; no KPIs name each other
 * in a circle.
 */
final class KpiCatalogCheck {

    private KpiCatalogCheck() {
    }

    /** Every problem in the definitions, empty when they make a catalog. */
    static List<KpiProblem> problems(MeasureCatalog measures, Collection<KpiDefinition> kpis) {
        var validator = validator(measures, kpis);
        var problems = new ArrayList<KpiProblem>();
        for (KpiDefinition kpi : kpis) {
            String code = kpi.code().value();
            if (measures.find(code).isPresent() && !namesOnly(kpi.expression(), code)) {
                problems.add(CustomKpiDraftCheck.problem(code, ProblemKind.DUPLICATE_CODE,
                        FormulaMessageKind.KPI_NAMED_LIKE_MEASURE, code));
            }
            List<FormulaProblem> formulaProblems = validator.validate(kpi.expression());
            formulaProblems.forEach(formulaProblem -> problems.add(new KpiProblem(code, formulaProblem)));
            if (formulaProblems.isEmpty()) {
                unitMismatch(kpi, validator.kindOf(kpi.expression())).ifPresent(problems::add);
            }
        }
        problems.addAll(cycles(kpis, validator));
        return List.copyOf(problems);
    }

    /** Checks formulas against these measures and KPIs, each KPI an amount of money or a quantity by its unit. */
    static FormulaValidator validator(MeasureCatalog measures, Collection<KpiDefinition> kpis) {
        Map<String, ValueKind> kinds = kpis.stream().collect(Collectors.toMap(kpi -> kpi.code().value(),
                kpi -> kpi.unit() == Unit.MONEY ? ValueKind.MONEY : ValueKind.QUANTITY));
        return new FormulaValidator(measures, kinds);
    }

    /** {@code revenue} or {@code last(receivables)}: a KPI that is its measure, under the measure's code. */
    private static boolean namesOnly(Expression expression, String code) {
        return switch (expression) {
            case Expression.Reference reference -> reference.name().equals(code);
            case Expression.Call call -> call.function() != FormulaFunction.PREV && namesOnly(call.argument(), code);
            default -> false;
        };
    }

    private static Optional<KpiProblem> unitMismatch(KpiDefinition kpi, ValueKind kind) {
        if (kpi.unit() == Unit.MONEY && kind != ValueKind.MONEY) {
            return Optional.of(CustomKpiDraftCheck.problem(kpi.code().value(), ProblemKind.UNIT_MISMATCH,
                    FormulaMessageKind.MONEY_UNIT_WITHOUT_MONEY, kpi.formula()));
        }
        if (kpi.unit() != Unit.MONEY && kind == ValueKind.MONEY) {
            return Optional.of(CustomKpiDraftCheck.problem(kpi.code().value(), ProblemKind.UNIT_MISMATCH,
                    FormulaMessageKind.MONEY_WITHOUT_MONEY_UNIT, kpi.formula(), kpi.unit()));
        }
        return Optional.empty();
    }

    /** Each KPI that comes back to itself through the KPIs it names, with the circle and where it leaves the KPI. */
    private static List<KpiProblem> cycles(Collection<KpiDefinition> kpis, FormulaValidator validator) {
        Map<String, Set<String>> edges = new HashMap<>();
        kpis.forEach(kpi -> edges.put(kpi.code().value(), validator.kpiReferences(kpi.expression())));
        var problems = new ArrayList<KpiProblem>();
        for (KpiDefinition kpi : kpis) {
            String code = kpi.code().value();
            findPath(code, code, edges, new ArrayList<>(List.of(code)), new HashSet<>()).ifPresent(path -> {
                String chain = String.join(" → ", path);
                int position = FormulaValidator.references(kpi.expression())
                        .filter(reference -> reference.name().equals(path.get(1)))
                        .mapToInt(Expression::position).findFirst().orElse(0);
                problems.add(new KpiProblem(code, FormulaProblem.at(ProblemKind.CYCLE, position,
                        FormulaMessageKind.CYCLE, chain)));
            });
        }
        return problems;
    }

    private static Optional<List<String>> findPath(String from, String target, Map<String, Set<String>> edges,
                                                   List<String> path, Set<String> visited) {
        for (String next : edges.getOrDefault(from, Set.of())) {
            if (next.equals(target)) {
                var cycle = new ArrayList<>(path);
                cycle.add(target);
                return Optional.of(cycle);
            }
            if (visited.add(next)) {
                path.add(next);
                Optional<List<String>> found = findPath(next, target, edges, path, visited);
                if (found.isPresent()) {
                    return found;
                }
                path.removeLast();
            }
        }
        return Optional.empty();
    }
}
