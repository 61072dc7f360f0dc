package com.kpipulse.domain.kpi.formula;

import com.kpipulse.domain.kpi.KpiCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormulaMistakesAreExplainedWithTheirPositionTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private final KpiCatalog catalog = KpiCatalog.standard();

    @ParameterizedTest(name = "''{0}'' -> {1} at {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                    | EMPTY_FORMULA               | 0  | The formula is empty
            'revenue / '                          | UNEXPECTED_END              | 11 | ends too early at position 11
            '(revenue - ad_spend / ad_spend'      | MISSING_CLOSING_PARENTHESIS | 1  | opened at position 1 is never closed
            'revenue # orders'                    | UNEXPECTED_CHARACTER        | 9  | Unexpected '#' at position 9
            'revenue / orders)'                   | UNEXPECTED_TOKEN            | 17 | Closing parenthesis without an opening one at position 17
            'avg(revenue)'                        | UNKNOWN_FUNCTION            | 1  | Unknown function 'avg' at position 1
            '0,5 * revenue'                       | UNEXPECTED_CHARACTER        | 2  | write decimals with a point
            'revnue / orders'                     | UNKNOWN_NAME                | 1  | Unknown measure or KPI 'revnue' at position 1. Did you mean 'revenue'?
            'revenue / (2 - 2)'                   | DIVISION_BY_ZERO            | 9  | Division by zero at position 9
            'sum(followers)'                      | SNAPSHOT_SUMMED             | 1  | use last(followers)
            'sum(unique_visitors)'                | SNAPSHOT_SUMMED             | 1  | cannot be added up over periods
            'revenue + orders'                    | INCOMPATIBLE_UNITS          | 9  | adds money and a count
            'last(revenue / orders)'              | FUNCTION_NEEDS_MEASURE      | 1  | last() at position 1 takes a base measure
            'prev(revenue, 2)'                    | UNEXPECTED_TOKEN            | 13 | takes one argument
            """)
    void namesTheMistakeAndWhereItIs(String formula, ProblemKind kind, int position, String englishFragment) {
        List<FormulaProblem> problems = catalog.checkFormula(formula);

        assertThat(problems).isNotEmpty();
        FormulaProblem first = problems.getFirst();
        assertThat(first.kind()).isEqualTo(kind);
        assertThat(first.position()).isEqualTo(position);
        assertThat(first.message(Locale.ENGLISH)).contains(englishFragment);
        assertThat(first.message(RU)).isNotBlank().isNotEqualTo(first.message(Locale.ENGLISH));
        if (position > 0) {
            assertThat(first.message(RU)).contains(Integer.toString(position));
        }
    }

    @Test
    void russianMessagesSpeakRussian() {
        FormulaProblem problem = catalog.checkFormula("revnue / orders").getFirst();

        assertThat(problem.message(RU)).isEqualTo(
                "Неизвестный показатель «revnue» в позиции 1. Возможно, имелось в виду «revenue»?");
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        List<FormulaProblem> problems = catalog.checkFormula("revnue / 0 + sum(followers)");

        assertThat(problems).extracting(FormulaProblem::kind)
                .contains(ProblemKind.UNKNOWN_NAME, ProblemKind.DIVISION_BY_ZERO, ProblemKind.SNAPSHOT_SUMMED);
    }

    @Test
    void typographicSignsFromDocumentsAreUnderstood() {
        assertThat(catalog.checkFormula("(revenue − marketing_spend) ÷ marketing_spend × 100")).isEmpty();
        assertThat(catalog.checkFormula("REVENUE / Orders")).isEmpty();
    }

    @Test
    void theParserBuildsATreeWithPrecedence() {
        Expression expression = FormulaParser.parseOrThrow("1 - cart_orders / carts * 2");

        assertThat(expression).isInstanceOfSatisfying(Expression.Binary.class, minus -> {
            assertThat(minus.operator()).isEqualTo(Operator.SUBTRACT);
            assertThat(minus.right()).isInstanceOfSatisfying(Expression.Binary.class,
                    times -> assertThat(times.operator()).isEqualTo(Operator.MULTIPLY));
        });
        assertThat(expression.toFormula()).isEqualTo("1 - cart_orders / carts * 2");
        assertThat(FormulaParser.parseOrThrow("a - (b - c)").toFormula()).isEqualTo("a - (b - c)");
        assertThat(FormulaParser.parseOrThrow("(a - b) - c").toFormula()).isEqualTo("a - b - c");
    }
}
