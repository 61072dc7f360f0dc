package com.kpipulse.domain.kpi.formula;

import com.kpipulse.domain.kpi.KpiCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormulasNestedTooDeepOrTooLongAreRefusedWithAReasonTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private static FormulaProblem onlyProblem(String formula) {
        ParseResult result = FormulaParser.parse(formula);
        assertThat(result).isInstanceOf(ParseResult.Rejected.class);
        List<FormulaProblem> problems = ((ParseResult.Rejected) result).problems();
        assertThat(problems).hasSize(1);
        return problems.getFirst();
    }

    @Test
    void bracketsNestedDeeperThanFiftyAreRefusedAtTheFirstBracketPastTheLimit() {
        FormulaProblem problem = onlyProblem("(".repeat(400) + "revenue" + ")".repeat(400));

        assertThat(problem.kind()).isEqualTo(ProblemKind.TOO_DEEPLY_NESTED);
        assertThat(problem.position()).isEqualTo(FormulaParser.MAX_NESTING + 1);
        assertThat(problem.message(Locale.ENGLISH)).contains("position 51").contains("at most 50 levels");
        assertThat(problem.message(RU)).contains("позиции 51").contains("не глубже 50");
    }

    @Test
    void tenThousandOpeningBracketsAreRefusedByTheFormulasLengthNotWithAStackOverflow() {
        String deep = "(".repeat(10_000) + "revenue" + ")".repeat(10_000);

        FormulaProblem problem = onlyProblem(deep);

        assertThat(problem.kind()).isEqualTo(ProblemKind.INVALID_TEXT);
        assertThat(problem.message(Locale.ENGLISH)).contains("20007 characters, at most 1000");
        assertThat(KpiCatalog.standard().checkFormula(deep)).extracting(FormulaProblem::kind)
                .containsExactly(ProblemKind.INVALID_TEXT);
    }

    @Test
    void minusSignsAndFunctionCallsCountAsNestingLikeBrackets() {
        assertThat(onlyProblem("-".repeat(60) + "revenue").kind()).isEqualTo(ProblemKind.TOO_DEEPLY_NESTED);
        assertThat(onlyProblem("prev(".repeat(60) + "revenue" + ")".repeat(60)).kind())
                .isEqualTo(ProblemKind.TOO_DEEPLY_NESTED);
    }

    @Test
    void fiftyLevelsAreStillAFormula() {
        String fifty = "(".repeat(FormulaParser.MAX_NESTING) + "revenue / orders" + ")".repeat(FormulaParser.MAX_NESTING);

        assertThat(FormulaParser.parse(fifty)).isInstanceOf(ParseResult.Parsed.class);
        assertThat(KpiCatalog.standard().checkFormula(fifty)).isEmpty();
    }

    @Test
    void nestingReturnsToZeroBetweenSiblings() {
        String siblings = String.join(" + ", java.util.Collections.nCopies(30, "((revenue))"));

        assertThat(FormulaParser.parse(siblings)).isInstanceOf(ParseResult.Parsed.class);
    }

    @Test
    void aFormulaLongerThanAThousandCharactersIsRefusedByItsLengthBeforeItIsRead() {
        String chain = String.join(" + ", java.util.Collections.nCopies(100_000, "revenue"));

        FormulaProblem problem = onlyProblem(chain);

        assertThat(problem.kind()).isEqualTo(ProblemKind.INVALID_TEXT);
        assertThat(problem.message(Locale.ENGLISH)).contains("too long").contains("1000");
        assertThat(problem.message(RU)).contains("слишком длинный");
        assertThat(KpiCatalog.standard().checkFormula(chain)).extracting(FormulaProblem::kind)
                .containsExactly(ProblemKind.INVALID_TEXT);
    }

    @Test
    void aNulByteInAFormulaIsNotText() {
        FormulaProblem problem = onlyProblem("revenue\u0000 / orders");

        assertThat(problem.kind()).isEqualTo(ProblemKind.INVALID_TEXT);
        assertThat(problem.message(Locale.ENGLISH)).contains("control character (code 0) at position 8");
    }
}
