package com.kpipulse.domain.kpi;

import com.kpipulse.domain.kpi.formula.FormulaMessageKind;
import com.kpipulse.domain.kpi.formula.FormulaParser;
import com.kpipulse.domain.kpi.formula.FormulaProblem;
import com.kpipulse.domain.kpi.formula.ParseResult;
import com.kpipulse.domain.kpi.formula.ProblemKind;
import com.kpipulse.domain.measure.MeasureCatalog;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks the drafts of one change of custom KPIs on their own, before the catalog they would make is checked as a
 * whole: a code of the right form that no catalog KPI, base measure or other draft of the change has, both names,
 * the choices (unit, direction, level, group) and a formula that parses.
 */
final class CustomKpiDraftCheck {

    private final MeasureCatalog measures;
    private final Predicate<String> catalogKpi;
    private final Set<String> seen = new HashSet<>();

    /** @param catalogKpi whether a code is a standard KPI's (a custom one may be redefined) */
    CustomKpiDraftCheck(MeasureCatalog measures, Predicate<String> catalogKpi) {
        this.measures = measures;
        this.catalogKpi = catalogKpi;
    }

    /** The draft as a definition, or empty with every reason it is not one added to {@code problems}. */
    Optional<KpiDefinition> check(CustomKpiDraft draft, List<KpiProblem> problems) {
        String code = draft.code() == null ? "" : draft.code().trim();
        int before = problems.size();
        if (!KpiCode.isValid(code)) {
            problems.add(problem(code, ProblemKind.INVALID_CODE, FormulaMessageKind.INVALID_CODE, code));
        } else if (catalogKpi.test(code)) {
            problems.add(problem(code, ProblemKind.REDEFINES_CATALOG_KPI, FormulaMessageKind.CODE_OF_CATALOG_KPI, code));
        } else if (measures.find(code).isPresent()) {
            problems.add(problem(code, ProblemKind.DUPLICATE_CODE, FormulaMessageKind.CODE_OF_MEASURE, code));
        } else if (!seen.add(code)) {
            problems.add(problem(code, ProblemKind.DUPLICATE_CODE, FormulaMessageKind.CODE_TWICE, code));
        }
        if (isBlank(draft.nameRu()) || isBlank(draft.nameEn())) {
            problems.add(problem(code, ProblemKind.MISSING_NAME, FormulaMessageKind.NAMES_REQUIRED));
        }
        if (draft.unit() == null || draft.direction() == null || draft.level() == null || draft.group() == null) {
            problems.add(problem(code, ProblemKind.MISSING_NAME, FormulaMessageKind.TRAITS_REQUIRED));
        }
        ParseResult parsed = FormulaParser.parse(draft.formula());
        if (parsed instanceof ParseResult.Rejected rejected) {
            rejected.problems().forEach(formulaProblem -> problems.add(new KpiProblem(code, formulaProblem)));
        }
        if (problems.size() > before || !(parsed instanceof ParseResult.Parsed ok)) {
            return Optional.empty();
        }
        return Optional.of(new KpiDefinition(new KpiCode(code), draft.nameRu().trim(), draft.nameEn().trim(),
                draft.formula(), draft.unit(), draft.direction(), draft.level(), draft.group(),
                draft.explanationRu(), draft.explanationEn(), ok.expression()));
    }

    /** A problem of a whole definition, not of a place in its formula. */
    static KpiProblem problem(String code, ProblemKind kind, FormulaMessageKind message, Object... args) {
        return new KpiProblem(code, FormulaProblem.at(kind, 0, message, args));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
