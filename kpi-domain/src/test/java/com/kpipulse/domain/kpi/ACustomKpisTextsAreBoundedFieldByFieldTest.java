package com.kpipulse.domain.kpi;

import com.kpipulse.domain.kpi.formula.ProblemKind;
import com.kpipulse.domain.measure.Unit;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ACustomKpisTextsAreBoundedFieldByFieldTest {

    private static CustomKpiDraft draft(String code, String nameRu, String nameEn, String formula, String explanation) {
        return new CustomKpiDraft(code, nameRu, nameEn, formula, Unit.MONEY, Direction.HIGHER_IS_BETTER,
                Level.OPERATIONAL, KpiGroup.MARKETING, explanation, explanation);
    }

    @Test
    void aSoundDefinitionHasNoTextProblems() {
        assertThat(draft("margin_per_lead", "Маржа на лид", "Margin per lead", "(revenue - ad_spend) / leads",
                "Сколько остаётся\nс лида").textProblems()).isEmpty();
    }

    @Test
    void aMegabyteNameIsRefusedAndNamedByItsField() {
        List<KpiProblem> problems = draft("big", "x".repeat(1 << 20), "Big", "revenue", "").textProblems();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("nameRu");
            assertThat(problem.problem().kind()).isEqualTo(ProblemKind.INVALID_TEXT);
            assertThat(problem.message(Locale.ENGLISH)).contains("nameRu").contains("1048576 characters, at most 300");
            assertThat(problem.problem().message(Locale.forLanguageTag("ru"))).contains("слишком длинный текст");
        });
    }

    @Test
    void nulBytesAreRefusedInEveryField() {
        List<KpiProblem> problems = draft("nul", "Имя\u0000", "Name\u0000", "revenue", "why\u0000").textProblems();

        assertThat(problems).extracting(KpiProblem::field)
                .containsExactly("nameRu", "nameEn", "explanationRu", "explanationEn");
    }

    @Test
    void aCodeThatIsNotTextIsQuotedOnlyAsAnExcerpt() {
        List<KpiProblem> problems = draft("c".repeat(100_000), "Имя", "Name", "revenue", "").textProblems();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("code");
            assertThat(problem.kpiCode()).hasSizeLessThan(50);
        });
    }

    @Test
    void aNameMayNotSpanLinesButAnExplanationMay() {
        assertThat(draft("lines", "Две\nстроки", "Name", "revenue", "one\ntwo").textProblems())
                .extracting(KpiProblem::field).containsExactly("nameRu");
    }
}
