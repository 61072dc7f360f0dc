package com.kpipulse.domain.goal;

import com.kpipulse.domain.evaluation.Percentage;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Known weekly histories of a year, and a goal of 13 weeks (Mon 4 Jan .. Sun 4 Apr 2027): the whole target is
 * compared with the current pace and with the changes between consecutive 13-week stretches of the history.
 */
class RealismJudgesTheWholeTargetAgainstStretchesOfHistoryAsLongAsTheGoalTest {

    private final KpiCatalog catalog = KpiCatalog.standard();
    private final KpiDefinition newCustomers = catalog.get(new KpiCode("new_customers"));
    private final KpiDefinition traffic = catalog.get(new KpiCode("traffic"));
    private final KpiDefinition cac = catalog.get(new KpiCode("cac"));
    private final Period quarter = Period.custom(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 4, 4));

    /** About 330 new customers a week, a little up and down, and one week that grew by 25 %. */
    private final KpiHistory customers = weeks(Unit.COUNT, 52, week -> week == 30 ? 412.5 : week % 2 == 0 ? 325 : 335);

    @Test
    void aHundredThousandCustomersInAQuarterAtTwentyThreeTimesTheCurrentPaceIsFarTooAmbitious() {
        RealismAssessment assessment = RealismCheck.assess(newCustomers, true, new BigDecimal("100000"), quarter, customers);

        assertThat(assessment.verdict()).isEqualTo(RealismAssessment.Verdict.NEVER_ACHIEVED);
        // the last 13 weeks: 7 × 335 + 6 × 325 = 4 295 a quarter
        assertThat(assessment.currentPace()).isEqualByComparingTo("4295");
        assertThat(assessment.timesCurrentPace()).isCloseTo(23.3, within(0.1));
        assertThat(assessment.horizon()).isEqualTo(13);
        assertThat(assessment.changesObserved()).isEqualTo(27);
        assertThat(assessment.timesAchieved()).isZero();
        assertThat(assessment.explanation().russian()).isEqualTo("«Новые клиенты»: план 100\u00A0000 за 13 нед. при нынешнем"
                + " темпе 4\u00A0295 за такой же срок — в 23,3 раза больше. Такого за 13 нед. не было ни разу в 27 отрезках"
                + " истории (лучшее +2,3\u00A0%): цель, вероятно, нереалистична.");
        assertThat(assessment.explanation().english()).startsWith("'New customers': a target of 100,000 in 13 weeks against"
                + " 4,295 at the current pace over the same time, 23.3 times as much. That over 13 weeks never happened");
    }

    @Test
    void aTargetNinetyEightPercentBelowTheCurrentPaceIsTooEasy() {
        RealismAssessment assessment = RealismCheck.assess(newCustomers, true, new BigDecimal("86"), quarter, customers);

        assertThat(assessment.verdict()).isEqualTo(RealismAssessment.Verdict.TOO_EASY);
        assertThat(assessment.explanation().russian()).contains("план 86 за 13 нед.", "4\u00A0295", "изменение −98,0\u00A0%",
                "слишком лёгкая цель");
        assertThat(assessment.explanation().english()).contains("too easy");
    }

    @Test
    void aTargetTheCurrentPaceJustReachesIsTooEasyToo() {
        RealismAssessment assessment = RealismCheck.assess(newCustomers, true, new BigDecimal("4295"), quarter, customers);

        assertThat(assessment.verdict()).isEqualTo(RealismAssessment.Verdict.TOO_EASY);
    }

    @Test
    void aStepUpSeenOnlyOnceInTheHistoryMakesThirtyPercentMoreAmbitiousButSeenBefore() {
        // 26 weeks of 1 000 visits, then 26 weeks of 1 400: six of the 27 quarter-to-quarter changes reached +30 %
        KpiHistory visits = weeks(Unit.COUNT, 52, week -> week < 26 ? 1000 : 1400);

        RealismAssessment assessment = RealismCheck.assess(traffic, true, BigDecimal.valueOf(1400 * 13 * 13 / 10), quarter, visits);

        assertThat(assessment.verdict()).isEqualTo(RealismAssessment.Verdict.AMBITIOUS_BUT_SEEN_BEFORE);
        assertThat(assessment.neededChange()).isCloseTo(0.30, within(1e-9));
        assertThat(assessment.timesAchieved()).isEqualTo(6);
        assertThat(assessment.bestChange()).isCloseTo(0.40, within(1e-9));
        assertThat(assessment.explanation().russian()).contains("план 23\u00A0660 за 13 нед.", "18\u00A0200", "изменение +30,0\u00A0%",
                "Такое изменение за 13 нед. было лишь в 6 из 27 отрезков истории (лучшее +40,0\u00A0%): амбициозно, но уже случалось");
    }

    @Test
    void tenPercentMoreWhereEveryQuarterGrewFourteenIsWithinTheUsual() {
        KpiHistory visits = weeks(Unit.COUNT, 52, week -> 1000 * Math.pow(1.01, week));
        double lastQuarter = 0;
        for (int week = 39; week < 52; week++) {
            lastQuarter += 1000 * Math.pow(1.01, week);
        }

        RealismAssessment assessment = RealismCheck.assess(traffic, true, BigDecimal.valueOf(lastQuarter * 1.10),
                quarter, visits);

        assertThat(assessment.verdict()).isEqualTo(RealismAssessment.Verdict.TYPICAL);
        assertThat(assessment.timesAchieved()).isEqualTo(27);
        assertThat(assessment.explanation().russian()).contains("изменение +10,0\u00A0%", "в 27 из 27 отрезков истории",
                "в пределах обычного");
    }

    @Test
    void aCacAboveTodaysIsNoImprovementWhileACutIsJudgedAgainstPastCuts() {
        // CAC falls by half a per cent a week: 5 000 ₽ a year ago, about 3 900 ₽ over the last quarter
        KpiHistory costs = weeks(Unit.MONEY, 52, week -> 5000 * Math.pow(0.995, week));

        RealismAssessment higher = RealismCheck.assess(cac, false, new BigDecimal("4500"), quarter, costs);
        RealismAssessment alittleLower = RealismCheck.assess(cac, false, new BigDecimal("3800"), quarter, costs);
        RealismAssessment halved = RealismCheck.assess(cac, false, new BigDecimal("2000"), quarter, costs);

        assertThat(higher.verdict()).isEqualTo(RealismAssessment.Verdict.TOO_EASY);
        assertThat(higher.explanation().russian()).contains("при нынешних 3\u00A09", "слишком лёгкая цель");
        assertThat(alittleLower.verdict()).isEqualTo(RealismAssessment.Verdict.TYPICAL);
        assertThat(alittleLower.neededChange()).isNegative();
        assertThat(halved.verdict()).isEqualTo(RealismAssessment.Verdict.NEVER_ACHIEVED);
        assertThat(halved.bestChange()).isCloseTo(Math.pow(0.995, 13) - 1, within(1e-6));
    }

    @Test
    void aRateIsJudgedByItsLevelAndShownInPercent() {
        KpiDefinition conversion = catalog.get(new KpiCode("conversion_rate"));
        KpiHistory rates = weeks(Unit.PERCENT, 52, week -> 0.012);

        RealismAssessment assessment = RealismCheck.assess(conversion, false, new BigDecimal("0.015"), quarter, rates);

        assertThat(assessment.verdict()).isEqualTo(RealismAssessment.Verdict.NEVER_ACHIEVED);
        assertThat(assessment.explanation().russian()).startsWith("«Конверсия сайта»: план 1,5\u00A0% при нынешних 1,2\u00A0% (в среднем за"
                + " последние 13 нед.) — изменение +25,0\u00A0%.");
    }

    @Test
    void aShortHistoryComparesShorterStretchesWithTheNeededChangeScaledToThem() {
        // four weeks of +2 % a week; a quarter at +20 % on their average needs about +1.4 % a week
        KpiHistory visits = KpiHistory.of(Grain.WEEK, Unit.COUNT, "1000", "1020", "1040.4", "1061.208");
        BigDecimal target = new BigDecimal("1030.402").multiply(new BigDecimal("1.2")).multiply(BigDecimal.valueOf(13));

        RealismAssessment assessment = RealismCheck.assess(traffic, true, target, quarter, visits);

        assertThat(assessment.stretch()).isEqualTo(1);
        assertThat(assessment.neededChange()).isCloseTo(Math.pow(1.2, 1.0 / 13) - 1, within(1e-9));
        assertThat(assessment.verdict()).isEqualTo(RealismAssessment.Verdict.TYPICAL);
        assertThat(assessment.explanation().russian()).contains("истории мало для отрезков по 13 нед.");
    }

    @Test
    void twoWeeksOfHistoryAreTooFewToJudge() {
        KpiHistory visits = KpiHistory.of(Grain.WEEK, Unit.COUNT, "1000", "1020");

        assertThat(RealismCheck.assess(traffic, true, new BigDecimal("20000"), quarter, visits).verdict())
                .isEqualTo(RealismAssessment.Verdict.NOT_ENOUGH_HISTORY);
    }

    private static com.kpipulse.domain.text.Message noData() {
        return com.kpipulse.domain.text.Message.of(com.kpipulse.domain.kpi.KpiValueMessageKind.NO_DATA, "new_customers", "—");
    }

    @Test
    void weeksBeforeTheDataBeganAndAfterItEndedAreNotCountedAsHistory() {
        List<KpiValue> values = new ArrayList<>();
        for (int week = 0; week < 10; week++) {
            values.add(new KpiValue.None(com.kpipulse.domain.kpi.NoValueReason.NO_DATA, noData()));
        }
        customers.values().forEach(values::add);
        values.add(new KpiValue.None(com.kpipulse.domain.kpi.NoValueReason.NO_DATA, noData()));

        RealismAssessment assessment = RealismCheck.assess(newCustomers, true, new BigDecimal("100000"), quarter,
                new KpiHistory(Grain.WEEK, values));

        assertThat(assessment.currentPace()).isEqualByComparingTo("4295");
        assertThat(assessment.changesObserved()).isEqualTo(27);
    }

    @Test
    void aProfitThatCrossesZeroIsJudgedByDifferences() {
        KpiDefinition profit = catalog.get(new KpiCode("profit"));
        KpiHistory history = weeks(Unit.MONEY, 52, week -> -1000 + 50 * week);

        // 1 250 a week over the last quarter, 650 more a week every quarter; 24 000 needs about 596 more
        RealismAssessment assessment = RealismCheck.assess(profit, true, new BigDecimal("24000"), quarter, history);

        assertThat(assessment.relative()).isFalse();
        assertThat(assessment.verdict()).isEqualTo(RealismAssessment.Verdict.TYPICAL);
        assertThat(assessment.explanation().russian()).contains("разница +");
    }

    @Test
    void aRelativeTargetIsJudgedFromTheBaselinesFigureTheSmartCheckIsGiven() {
        Goal goal = new Goal(GoalId.random(), "Привлечь больше клиентов", Optional.of(BusinessObjective.SALES), "mark",
                quarter.start(), Optional.of(quarter.lastDay()), Optional.of(Period.quarter(2026, 4)),
                List.of(GoalKpi.of("new_customers", Target.relativeTo(Period.quarter(2026, 4), Percentage.ofPercent("-98")))),
                Set.of());
        KpiCode code = new KpiCode("new_customers");

        List<SmartFinding> judged = new SmartCheck(catalog).check(goal, Map.of(code, customers),
                Map.of(code, new BigDecimal("86")));

        assertThat(judged).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(FindingKind.REALISM_TOO_EASY);
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.criterion()).isEqualTo(SmartCriterion.ACHIEVABLE);
            assertThat(finding.kpi()).contains(code);
        });
    }

    @Test
    void smartCheckReportsRealismPerKpiWithTheFigures() {
        var goal = new Goal(GoalId.random(), "Много клиентов", Optional.of(BusinessObjective.SALES), "mark",
                quarter.start(), Optional.of(quarter.lastDay()), Optional.empty(),
                List.of(GoalKpi.of("new_customers", Target.absolute("100000")), GoalKpi.of("orders", Target.absolute("1000"))),
                Set.of("marketer"));
        var histories = Map.of(new KpiCode("new_customers"), customers,
                new KpiCode("orders"), KpiHistory.of(Grain.WEEK, Unit.COUNT, "70", "75"));

        List<SmartFinding> findings = new SmartCheck(catalog).check(goal, histories);

        assertThat(findings).extracting(SmartFinding::kind)
                .containsExactlyInAnyOrder(FindingKind.REALISM_NEVER_ACHIEVED, FindingKind.REALISM_UNKNOWN);
        assertThat(findings).filteredOn(finding -> finding.kind() == FindingKind.REALISM_NEVER_ACHIEVED).singleElement()
                .satisfies(finding -> assertThat(finding.severity()).isEqualTo(Severity.WARNING));
        assertThat(SmartCheck.isTrackable(findings)).isTrue();
    }

    /**
     * Two years of weekly orders of a shop with a season (busy around week 78, a year after week 26, quiet 26 weeks
     * later), growing about 5 % a year, a little up and down: the goal's 13 weeks follow a busy stretch.
     */
    private final KpiHistory seasonalOrders = weeks(Unit.COUNT, 104, week -> 1000
            * (1 + 0.3 * Math.sin(2 * Math.PI * (week - 65) / 52.0)) * Math.pow(1.001, week) * (1 + 0.02 * Math.sin(week * 2.3)));

    @Test
    void aTargetAfterTheBusySeasonIsJudgedAgainstTheSameWeeksLastYearNotAgainstTheBusyWeeks() {
        KpiDefinition orders = catalog.get(new KpiCode("orders"));
        RealismAssessment sameAsLastYear = RealismCheck.assess(orders, true, lastYearsGoalWeeks().multiply(new BigDecimal("1.06")),
                quarter, seasonalOrders);

        assertThat(sameAsLastYear.seasonal()).isTrue();
        assertThat(sameAsLastYear.lastYear().orElseThrow()).isCloseTo(lastYearsGoalWeeks(), within(new BigDecimal("0.5")));
        assertThat(sameAsLastYear.target()).as("below the busy weeks just before the goal")
                .isLessThan(sameAsLastYear.currentPace().multiply(new BigDecimal("1.2")));
        assertThat(sameAsLastYear.verdict()).isNotEqualTo(RealismAssessment.Verdict.TOO_EASY);
        assertThat(sameAsLastYear.explanation().russian()).contains("те же недели год назад дали", "с поправкой на сезон",
                "к тем же неделям год назад");

        RealismAssessment doubled = RealismCheck.assess(orders, true, lastYearsGoalWeeks().multiply(BigDecimal.TWO),
                quarter, seasonalOrders);
        assertThat(doubled.verdict()).isEqualTo(RealismAssessment.Verdict.NEVER_ACHIEVED);
    }

    @Test
    void aTargetNoHigherThanLastYearsSameWeeksInAGrowingShopIsTooEasy() {
        KpiDefinition orders = catalog.get(new KpiCode("orders"));

        RealismAssessment assessment = RealismCheck.assess(orders, true, lastYearsGoalWeeks(), quarter, seasonalOrders);

        assertThat(assessment.verdict()).isEqualTo(RealismAssessment.Verdict.TOO_EASY);
        assertThat(assessment.explanation().russian()).contains("Столько даёт уже нынешний темп с поправкой на сезон");
    }

    @Test
    void aStretchTargetIsBeyondTheCurrentPaceAndSeenBeforeWithOrWithoutASeason() {
        KpiDefinition orders = catalog.get(new KpiCode("orders"));

        BigDecimal seasonal = RealismCheck.stretchTarget(orders, true, 0.35, quarter, seasonalOrders).orElseThrow();
        BigDecimal plain = RealismCheck.stretchTarget(newCustomers, true, 0.35, quarter, customers).orElseThrow();

        assertThat(RealismCheck.assess(orders, true, seasonal, quarter, seasonalOrders).verdict())
                .isIn(RealismAssessment.Verdict.AMBITIOUS_BUT_SEEN_BEFORE, RealismAssessment.Verdict.TYPICAL);
        assertThat(RealismCheck.assess(newCustomers, true, plain, quarter, customers).verdict())
                .isIn(RealismAssessment.Verdict.AMBITIOUS_BUT_SEEN_BEFORE, RealismAssessment.Verdict.TYPICAL);
        assertThat(RealismCheck.stretchTarget(cac, false, 0.35, quarter, weeks(Unit.MONEY, 52, week -> 5000 * Math.pow(0.995, week))))
                .hasValueSatisfying(target -> assertThat(target).isLessThan(new BigDecimal("3900")));
    }

    /** Orders in the 13 weeks a year before the goal (weeks 52 to 64 of the history). */
    private BigDecimal lastYearsGoalWeeks() {
        return seasonalOrders.values().subList(52, 65).stream().map(value -> value.number().orElseThrow())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static KpiHistory weeks(Unit unit, int count, IntToDoubleFunction value) {
        String[] values = new String[count];
        for (int week = 0; week < count; week++) {
            values[week] = BigDecimal.valueOf(value.applyAsDouble(week)).toPlainString();
        }
        return KpiHistory.of(Grain.WEEK, unit, values);
    }
}
