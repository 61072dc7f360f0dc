package com.kpipulse.domain.evaluation;

import com.kpipulse.domain.Shop;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiEngine;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Coverage;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.text.Texts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * December 2026 three days old: its revenue is judged on three days against three days' share of the plan, and it
 * grows against the first three days of November, not against all of November.
 */
class AProvisionalPeriodIsJudgedOnTheDaysItsDataCoverTest {

    private static final Period DECEMBER = Period.month(2026, 12);
    private static final Coverage THREE_DAYS = Coverage.of(DECEMBER, LocalDate.of(2026, 12, 3));

    private final KpiCatalog catalog = KpiCatalog.standard();
    private final KpiEngine engine = new KpiEngine(catalog);
    private final KpiEvaluator evaluator = new KpiEvaluator(engine, EvaluationPolicy.standard());
    private final ObservationSet shop = new Shop()
            .money("revenue", LocalDate.of(2026, 11, 2), "direct", "2000")
            .money("revenue", LocalDate.of(2026, 11, 20), "direct", "28000")
            .money("revenue", LocalDate.of(2026, 12, 2), "direct", "2900")
            .money("revenue", LocalDate.of(2026, 12, 4), "direct", "500") // today's first figures: not a whole day yet
            .build();

    @Test
    void anEvenTargetIsProRatedToTheDaysCoveredAndTheMonthIsJudgedOnThem() {
        PhasedTarget plan = TargetPhasing.even(new BigDecimal("31000"), DECEMBER.split(Grain.WEEK));

        KpiEvaluation evaluation = evaluator.evaluateToDate(kpi("revenue"), THREE_DAYS, plan, DimensionSelection.all(), shop);

        assertThat(plan.proRated(THREE_DAYS).orElseThrow()).isEqualByComparingTo("3000");
        assertThat(evaluation.period()).isEqualTo(Period.custom(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3)));
        assertThat(evaluation.actual().number().orElseThrow()).isEqualByComparingTo("2900");
        assertThat(evaluation.target().number().orElseThrow()).isEqualByComparingTo("3000");
        assertThat(evaluation.status()).isEqualTo(Status.AT_RISK);
    }

    @Test
    void aPhasedTargetIsProRatedAsItIsPhasedSoAHeavyFirstWeekWeighsMore() {
        // the first week of December (30 Nov .. 6 Dec) carries 7 000, the others 1 000 each
        List<Period> weeks = new Period(LocalDate.of(2026, 11, 30), LocalDate.of(2027, 1, 4)).split(Grain.WEEK);
        PhasedTarget plan = new PhasedTarget(weeks.stream().map(week -> new PeriodTarget(week,
                week.start().getDayOfMonth() == 30 ? new BigDecimal("7000") : new BigDecimal("1000"))).toList(), true);

        assertThat(plan.proRated(THREE_DAYS).orElseThrow()).isEqualByComparingTo("3000");
        assertThat(plan.proRated(Coverage.of(DECEMBER, LocalDate.of(2026, 12, 10))).orElseThrow())
                .isEqualByComparingTo(new BigDecimal("6000").add(new BigDecimal("4000").divide(new BigDecimal("7"), MathContext.DECIMAL128)));
        assertThat(plan.proRated(Coverage.complete(DECEMBER)).orElseThrow())
                .isEqualByComparingTo(plan.dueOver(DECEMBER));
    }

    @Test
    void aLevelIsItsLevelWhateverTheDaysCovered() {
        PhasedTarget conversion = TargetPhasing.level(new BigDecimal("0.02"), DECEMBER.split(Grain.WEEK));

        assertThat(conversion.proRated(THREE_DAYS).orElseThrow()).isEqualByComparingTo("0.02");
    }

    @Test
    void growthToDateComparesTheSameDaysOfTheMonthBefore() {
        KpiValue wholeMonths = engine.evaluate(kpi("sales_growth"), DECEMBER, DimensionSelection.all(), shop);
        KpiValue toDate = engine.evaluateToDate(kpi("sales_growth"), THREE_DAYS, DimensionSelection.all(), shop);

        // 3 400 against all of November's 30 000: the cliff the head saw
        assertThat(wholeMonths.number().orElseThrow()).isEqualByComparingTo(new BigDecimal("3400")
                .divide(new BigDecimal("30000"), MathContext.DECIMAL128).subtract(BigDecimal.ONE));
        // 2 900 in 1..3 December against 2 000 in 1..3 November
        assertThat(toDate.number().orElseThrow()).isEqualByComparingTo("0.45");
    }

    @Test
    void beforeAnyDayIsCoveredThereIsNothingToJudge() {
        Coverage none = new Coverage(DECEMBER, 0);
        PhasedTarget plan = TargetPhasing.even(new BigDecimal("31000"), DECEMBER.split(Grain.WEEK));

        KpiEvaluation evaluation = evaluator.evaluateToDate(kpi("revenue"), none, plan, DimensionSelection.all(), shop);

        assertThat(evaluation.status()).isEqualTo(Status.NO_DATA);
        assertThat(evaluation.actual().isKnown()).isFalse();
        assertThat(evaluation.reason().in(Texts.RUSSIAN)).isEqualTo("неполный период: данных за него пока нет");
        assertThat(plan.proRated(none)).isEmpty();
    }

    private KpiDefinition kpi(String code) {
        return catalog.get(new KpiCode(code));
    }
}
