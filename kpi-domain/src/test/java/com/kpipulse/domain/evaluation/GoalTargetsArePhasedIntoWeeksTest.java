package com.kpipulse.domain.evaluation;

import com.kpipulse.domain.Shop;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.kpi.KpiEngine;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GoalTargetsArePhasedIntoWeeksTest {

    private final KpiCatalog catalog = KpiCatalog.standard();
    private final TargetPhasing phasing = new TargetPhasing(new KpiEngine(catalog));
    // 2 Nov (Mon) .. 29 Nov (Sun): four whole ISO weeks
    private final Period fourWeeks = Period.custom(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 29));

    @Test
    void evenPhasingFollowsTheDaysSoAClippedWeekGetsLess() {
        // 1..10 Nov: Sunday 1 Nov alone, then the 7 days of W45, then Mon-Tue of W46 = 1 + 7 + 2 days
        var parts = Period.custom(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10)).split(Grain.WEEK);

        PhasedTarget target = TargetPhasing.even(new BigDecimal("1000"), parts);

        assertThat(target.parts()).extracting(PeriodTarget::value)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100"), new BigDecimal("700"), new BigDecimal("200"));
    }

    @Test
    void seasonalPhasingCopiesTheShapeOfTheSameWeeksLastYear() {
        // last year's weeks 45..48 of 2025 sold 100, 100, 200, 600 (sum 1000)
        var lastYear = new Shop()
                .count("orders", LocalDate.of(2025, 11, 4), "direct", "100")
                .count("orders", LocalDate.of(2025, 11, 11), "direct", "100")
                .count("orders", LocalDate.of(2025, 11, 18), "direct", "200")
                .count("orders", LocalDate.of(2025, 11, 25), "direct", "600")
                .build();

        PhasingResult result = phasing.phase(catalog.get(new KpiCode("orders")), new BigDecimal("2000"),
                fourWeeks.split(Grain.WEEK), PhasingMethod.SEASONAL, DimensionSelection.all(), lastYear);

        assertThat(result).isInstanceOfSatisfying(PhasingResult.Phased.class, phased ->
                assertThat(phased.target().parts()).extracting(PeriodTarget::value)
                        .usingElementComparator(BigDecimal::compareTo)
                        .containsExactly(new BigDecimal("200"), new BigDecimal("200"), new BigDecimal("400"), new BigDecimal("1200")));
    }

    @Test
    void seasonalPhasingWithoutLastYearSaysSo() {
        PhasingResult result = phasing.phase(catalog.get(new KpiCode("orders")), new BigDecimal("2000"),
                fourWeeks.split(Grain.WEEK), PhasingMethod.SEASONAL, DimensionSelection.all(), ObservationSet.of());

        assertThat(result).isInstanceOfSatisfying(PhasingResult.NotPhased.class,
                notPhased -> assertThat(notPhased.reason().english()).contains("week 45, 3–9 Nov 2025"));
    }

    @Test
    void aRateKeepsItsLevelInEveryWeek() {
        PhasingResult result = phasing.phase(catalog.get(new KpiCode("conversion_rate")), new BigDecimal("0.03"),
                fourWeeks.split(Grain.WEEK), PhasingMethod.EVEN, DimensionSelection.all(), ObservationSet.of());

        PhasedTarget target = ((PhasingResult.Phased) result).target();
        assertThat(target.cumulative()).isFalse();
        assertThat(target.pacingBy(LocalDate.of(2026, 11, 18))).isEqualByComparingTo("0.03");
    }

    @Test
    void manualPartsMustAddUpToTheGoal() {
        var weeks = fourWeeks.split(Grain.WEEK);
        var parts = List.of(new PeriodTarget(weeks.get(0), new BigDecimal("100")), new PeriodTarget(weeks.get(1), new BigDecimal("100")),
                new PeriodTarget(weeks.get(2), new BigDecimal("100")), new PeriodTarget(weeks.get(3), new BigDecimal("100")));

        assertThat(TargetPhasing.manual(new BigDecimal("400"), parts)).isInstanceOf(PhasingResult.Phased.class);
        assertThat(TargetPhasing.manual(new BigDecimal("500"), parts)).isInstanceOfSatisfying(PhasingResult.NotPhased.class,
                notPhased -> assertThat(notPhased.reason().english()).isEqualTo("The parts add up to 400 but the goal's target is 500"));
        assertThat(TargetPhasing.manual(new BigDecimal("300"), parts.subList(1, 4).reversed()))
                .isInstanceOf(PhasingResult.NotPhased.class);
    }

    @Test
    void pacingSaysWhereWeShouldBeByToday() {
        PhasedTarget target = TargetPhasing.even(new BigDecimal("2800"), fourWeeks.split(Grain.WEEK));

        // 700 a week; Wednesday 18 Nov is day 3 of the third week: 700 + 700 + 300
        assertThat(target.pacingBy(LocalDate.of(2026, 11, 18))).isEqualByComparingTo("1700");
        assertThat(target.pacingBy(LocalDate.of(2026, 11, 1))).isEqualByComparingTo("0");
        assertThat(target.pacingBy(LocalDate.of(2026, 11, 29))).isEqualByComparingTo("2800");
        assertThat(target.total()).isEqualByComparingTo("2800");
    }

    @Test
    void pacingIsATargetTheEvaluatorCanJudgeAgainst() {
        var evaluator = new KpiEvaluator(new KpiEngine(catalog), EvaluationPolicy.standard());
        PhasedTarget target = TargetPhasing.even(new BigDecimal("2800"), fourWeeks.split(Grain.WEEK));
        var soFar = new Period(fourWeeks.start(), LocalDate.of(2026, 11, 19));
        var rows = new Shop().count("orders", LocalDate.of(2026, 11, 3), "direct", "1600").build();

        KpiEvaluation evaluation = evaluator.evaluate(catalog.get(new KpiCode("orders")), soFar,
                Target.absolute(target.pacingBy(soFar.lastDay())), DimensionSelection.all(), rows);

        assertThat(evaluation.status()).isEqualTo(Status.AT_RISK); // 1600 of 1700 = 94 %
        assertThat(KpiValue.known(BigDecimal.ONE, catalog.get(new KpiCode("orders")).unit()).isKnown()).isTrue();
    }
}
