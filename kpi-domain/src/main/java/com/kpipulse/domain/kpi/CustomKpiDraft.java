package com.kpipulse.domain.kpi;

import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.domain.kpi.formula.FormulaProblem;
import com.kpipulse.domain.kpi.formula.ProblemKind;
import com.kpipulse.domain.measure.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an admin typed to define a KPI of their own. Nothing is checked here: {@link
 * KpiCatalog#withCustom} returns every problem as data.
 */
public record CustomKpiDraft(String code, String nameRu, String nameEn, String formula, Unit unit,
                             Direction direction, Level level, KpiGroup group,
                             String explanationRu, String explanationEn) {

    /**
     * What is wrong with the texts as typed, field by field, before anything else reads them: lengths (a code
     * {@value TextInput#CODE} characters, names {@value TextInput#NAME}, the formula {@value TextInput#FORMULA},
     * explanations {@value TextInput#NOTE}) and characters no text has (NUL and other control characters, broken
     * UTF-16). Kept apart from {@link KpiCatalog#withCustom}, which also re-reads the stored definitions: a rule added
     * here must not turn a definition stored earlier into a broken catalog.
     */
    public List<KpiProblem> textProblems() {
        String shownCode = code == null ? "" : InputProblem.excerpt(code);
        List<KpiProblem> problems = new ArrayList<>();
        add(problems, shownCode, "code", TextInput.line(code, TextInput.CODE));
        add(problems, shownCode, "nameRu", TextInput.line(nameRu, TextInput.NAME));
        add(problems, shownCode, "nameEn", TextInput.line(nameEn, TextInput.NAME));
        add(problems, shownCode, "formula", TextInput.check(formula, TextInput.FORMULA, TextInput.Lines.MANY));
        add(problems, shownCode, "explanationRu", TextInput.check(explanationRu, TextInput.NOTE, TextInput.Lines.MANY));
        add(problems, shownCode, "explanationEn", TextInput.check(explanationEn, TextInput.NOTE, TextInput.Lines.MANY));
        return List.copyOf(problems);
    }

    private static void add(List<KpiProblem> problems, String code, String field, Optional<InputProblem> problem) {
        problem.ifPresent(found -> problems.add(new KpiProblem(code, new FormulaProblem(ProblemKind.INVALID_TEXT, 0,
                found.toMessage()), field)));
    }
}
