package com.kpipulse.domain.evaluation;

import com.kpipulse.domain.Shop;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiEngine;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

/**
 * A goal from Wednesday 7 January to Tuesday 3 February 2026: five weeks, the first clipped to 7..11 January (5 days),
 * the fourth straddling the months (26 January .. 1 February), the last clipped to 2..3 February (2 days).
 */
class WeeksTypedByHandBecomeTheGoalsPhasingTest {

    private final KpiCatalog catalog = KpiCatalog.standard();
    private final TargetPhasing phasing = new TargetPhasing(new KpiEngine(catalog));
    private final Period goal = Period.custom(LocalDate.of(2026, 1, 7), LocalDate.of(2026, 2, 3));

    private static List<ManualPart> parts(String... values) {
        List<String> starts = List.of("2026-01-07", "2026-01-12", "2026-01-19", "2026-01-26", "2026-02-02");
        return IntStream.range(0, values.length).mapToObj(i -> ManualPart.of(starts.get(i), values[i])).toList();
    }

    private KpiDefinition kpi(String code) {
        return catalog.get(new KpiCode(code));
    }

    @Test
    void partsThatNameEveryWeekAndAddUpAreTheWeeklyTargets() {
        PhasingResult result = TargetPhasing.manual(goal, parts("500", "700", "700", "1400", "200"), true,
                new BigDecimal("3500"), Unit.COUNT);

        PhasedTarget target = ((PhasingResult.Phased) result).target();
        assertThat(target.cumulative()).isTrue();
        assertThat(target.parts()).extracting(PeriodTarget::period).isEqualTo(goal.split(Grain.WEEK));
        assertThat(target.parts()).extracting(PeriodTarget::value).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("500"), new BigDecimal("700"), new BigDecimal("700"),
                        new BigDecimal("1400"), new BigDecimal("200"));
        // by Wednesday 21 January: 500 + 700 + three sevenths of 700
        assertThat(target.pacingBy(LocalDate.of(2026, 1, 21))).isEqualByComparingTo("1500");
    }

    @Test
    void theOrderTheWeeksAreTypedInDoesNotMatter() {
        List<ManualPart> shuffled = parts("500", "700", "700", "1400", "200").reversed();

        PhasingResult result = TargetPhasing.manual(goal, shuffled, true, new BigDecimal("3500"), Unit.COUNT);

        assertThat(((PhasingResult.Phased) result).target().targetFor(goal.split(Grain.WEEK).getFirst())).get()
                .satisfies(first -> assertThat(first).isEqualByComparingTo("500"));
    }

    @Test
    void aMissingWeekAForeignDateAndAWeekGivenTwiceAreNamed() {
        List<ManualPart> wrong = List.of(ManualPart.of("2026-01-05", "100"), ManualPart.of("2026-01-12", "700"),
                ManualPart.of("2026-01-12", "700"), ManualPart.of("2026-01-26", "1400"), ManualPart.of("2026-02-02", "200"));

        PhasingResult result = TargetPhasing.manual(goal, wrong, true, new BigDecimal("3100"), Unit.COUNT);

        assertThat(result).isInstanceOfSatisfying(PhasingResult.NotPhased.class, notPhased -> {
            assertThat(notPhased.reason().english()).isEqualTo("Manual phasing gives each of the goal's 5 weeks exactly one figure"
                    + " (from 2026-01-07, then Mondays): no figure for the weeks starting 2026-01-07, 2026-01-19;"
                    + " not weeks of the goal: 2026-01-05; given twice: 2026-01-12");
            assertThat(notPhased.reason().russian()).startsWith("Недельный план вручную задаёт каждую из 5 нед. цели")
                    .contains("нет недель с 2026-01-07, 2026-01-19", "не недели цели: 2026-01-05", "дважды: 2026-01-12");
        });
    }

    @Test
    void partsOfATotalThatDoNotAddUpSayByHowMuchInTheKpisUnit() {
        PhasingResult tooLittle = TargetPhasing.manual(goal, parts("500", "700", "700", "1400", "200"), true,
                new BigDecimal("4000.5"), Unit.MONEY);
        PhasingResult over = TargetPhasing.manual(goal, parts("500", "700", "700", "1400", "200"), true,
                new BigDecimal("3000"), Unit.COUNT);

        assertThat(((PhasingResult.NotPhased) tooLittle).reason().english())
                .isEqualTo("The weekly parts add up to 3,500 but the goal's target is 4,000.5: 500.5 short");
        assertThat(((PhasingResult.NotPhased) tooLittle).reason().russian())
                .isEqualTo("Недельный план в сумме 3\u00A0500, а план цели 4\u00A0000,5: не хватает 500,5");
        assertThat(((PhasingResult.NotPhased) over).reason().english()).endsWith(": 500 too much");
        assertThat(((PhasingResult.NotPhased) over).reason().russian()).endsWith(": на 500 больше");
    }

    @Test
    void aRatesPartsAreLevelsWeekByWeekAndNeedNotAddUp() {
        PhasingResult result = TargetPhasing.manual(goal, parts("0.02", "0.02", "0.03", "0.035", "0.04"), false,
                new BigDecimal("0.04"), Unit.PERCENT);

        PhasedTarget target = ((PhasingResult.Phased) result).target();
        assertThat(target.cumulative()).isFalse();
        assertThat(target.pacingBy(LocalDate.of(2026, 1, 21))).isEqualByComparingTo("0.03");
    }

    @Test
    void weeklyPartsAreGatheredIntoMonthsSharingAStraddlingWeekByDays() {
        PhasingResult result = phasing.phase(kpi("orders"), new BigDecimal("3500"), goal, Grain.MONTH,
                Phasing.manual(parts("500", "700", "700", "1400", "200")), DimensionSelection.all(), ObservationSet.of());

        PhasedTarget months = ((PhasingResult.Phased) result).target();
        // January: 500 + 700 + 700 + 6/7 of 1400; February: 1/7 of 1400 + 200
        assertThat(months.parts()).extracting(PeriodTarget::period).containsExactly(
                Period.custom(LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 31)),
                Period.custom(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 3)));
        assertThat(months.parts()).extracting(PeriodTarget::value).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("3100"), new BigDecimal("400"));
    }

    @Test
    void aRatesWeeklyLevelsAreAveragedByDaysIntoMonths() {
        PhasingResult result = phasing.phase(kpi("conversion_rate"), new BigDecimal("0.04"), goal, Grain.MONTH,
                Phasing.manual(parts("0.02", "0.02", "0.03", "0.035", "0.04")), DimensionSelection.all(), ObservationSet.of());

        PhasedTarget months = ((PhasingResult.Phased) result).target();
        // January: (0.02*5 + 0.02*7 + 0.03*7 + 0.035*6) / 25 days; February: (0.035*1 + 0.04*2) / 3 days
        assertThat(months.cumulative()).isFalse();
        assertThat(months.parts().get(0).value()).isEqualByComparingTo("0.0264");
        assertThat(months.parts().get(1).value().doubleValue()).isCloseTo(0.115 / 3, offset(1e-12));
    }

    @Test
    void weeklyViewsOfAManualGoalShowTheTypedFigures() {
        PhasingResult result = phasing.phase(kpi("orders"), new BigDecimal("3500"), goal, Grain.WEEK,
                Phasing.manual(parts("500", "700", "700", "1400", "200")), DimensionSelection.all(), ObservationSet.of());

        assertThat(((PhasingResult.Phased) result).target().targetFor(goal.split(Grain.WEEK).get(3))).get()
                .satisfies(fourth -> assertThat(fourth).isEqualByComparingTo("1400"));
    }

    @Test
    void seasonalPhasingIsWeeklyToo() {
        // the goal's whole weeks 2026-W03..W05 look back to 2025-W03..W05 (13 Jan .. 2 Feb 2025); its clipped
        // weeks are moved back a calendar year (7..11 Jan and 2..3 Feb 2025): weights 50, 100, 100, 200, 50 of 500
        var lastYear = new Shop()
                .count("orders", LocalDate.of(2025, 1, 8), "direct", "50")
                .count("orders", LocalDate.of(2025, 1, 14), "direct", "100")
                .count("orders", LocalDate.of(2025, 1, 21), "direct", "100")
                .count("orders", LocalDate.of(2025, 1, 28), "direct", "200")
                .count("orders", LocalDate.of(2025, 2, 3), "direct", "50")
                .build();

        PhasingResult weeks = phasing.phase(kpi("orders"), new BigDecimal("1000"), goal, Grain.WEEK, Phasing.SEASONAL,
                DimensionSelection.all(), lastYear);

        assertThat(((PhasingResult.Phased) weeks).target().parts()).extracting(PeriodTarget::value)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100"), new BigDecimal("200"), new BigDecimal("200"),
                        new BigDecimal("400"), new BigDecimal("100"));
    }

    @Test
    void onlyManualPhasingCarriesParts() {
        assertThatThrownBy(() -> new Phasing(PhasingMethod.EVEN, parts("1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Phasing.of(PhasingMethod.MANUAL)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> phasing.phase(kpi("orders"), BigDecimal.TEN, goal.split(Grain.WEEK), PhasingMethod.MANUAL,
                DimensionSelection.all(), ObservationSet.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(Phasing.manual(parts("1", "2")).parts()).extracting(ManualPart::periodStart)
                .containsExactly(LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 12));
    }
}
