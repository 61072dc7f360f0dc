package com.kpipulse.domain.correction.effect;

import com.kpipulse.domain.correction.effect.EffectEstimate.Measured;
import com.kpipulse.domain.correction.effect.EffectEstimate.NotYet;
import com.kpipulse.domain.correction.effect.EffectEstimate.TooLittleData;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

import static com.kpipulse.domain.correction.effect.HandMadeAction.START;
import static com.kpipulse.domain.correction.effect.HandMadeAction.WINDOW;
import static com.kpipulse.domain.correction.effect.HandMadeAction.alternating;
import static com.kpipulse.domain.correction.effect.HandMadeAction.meanOfDays;
import static com.kpipulse.domain.correction.effect.HandMadeAction.revenue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A window not over yet, a KPI with too short a history, a window too short to hold two whole weeks: each is an
 * outcome with its reason, which the action's page shows, not an exception.
 */
class AnOpenWindowOrTooFewWeeksAreSaidAsDataNotThrownTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final EffectEstimator estimator = new EffectEstimator();

    @Test
    void untilTheWindowsLastDayIsInTheEffectIsNotMeasuredYet() {
        EffectQuestion question = withDataUpTo(steadyRevenue(), WINDOW.end().minusDays(1));

        EffectEstimate estimate = estimator.estimate(question);

        assertThat(estimate.verdict()).isEqualTo(EffectVerdict.NOT_YET);
        assertThat(estimate).isInstanceOfSatisfying(NotYet.class,
                notYet -> assertThat(notYet.windowEnd()).isEqualTo(LocalDate.of(2026, 4, 7)));
        assertThat(estimate.summary().in(RUSSIAN)).isEqualTo(
                "Эффект оценим после 07.04.2026: окно измерения ещё не закончилось или данные за него не пришли");
        assertThat(estimate.summary().in(Locale.ENGLISH)).isEqualTo(
                "The effect is measured after 2026-04-07: the measuring window is not over or its data are not in yet");
        assertThat(estimate.summary().code()).isEqualTo("effect.not_yet");
    }

    @Test
    void aWindowEndsTwoWeeksAfterTheDueDateUnlessTheActionSaysOtherwise() {
        LocalDate due = LocalDate.of(2026, 3, 24);

        assertThat(MeasuringWindow.standard(START, due).end()).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(new MeasuringWindow(START, due, 30).end()).isEqualTo(LocalDate.of(2026, 4, 23));
    }

    @Test
    void fourWeeksOfHistoryBeforeTheStartAreTooFewAndItSaysHowManyAreNeeded() {
        EffectQuestion question = revenue(meanOfDays(-4, week -> 100_000), Optional.empty());

        EffectEstimate estimate = estimator.estimate(question);

        assertThat(estimate).isInstanceOfSatisfying(TooLittleData.class, tooLittle -> {
            assertThat(tooLittle.weeksBefore()).isEqualTo(4);
            assertThat(tooLittle.weeksBeforeNeeded()).isEqualTo(6);
            assertThat(tooLittle.weeksAfter()).isEqualTo(5);
        });
        assertThat(estimate.verdict()).isEqualTo(EffectVerdict.TOO_LITTLE_DATA);
        assertThat(estimate.summary().in(RUSSIAN)).isEqualTo(
                "Эффект не оценить: до начала (04.03.2026) полных недель с данными 4, нужно хотя бы 6");
        assertThat(estimate.summary().in(Locale.ENGLISH)).isEqualTo("The effect cannot be measured: "
                + "4 whole weeks with data before the start (2026-03-04), at least 6 needed");
    }

    @Test
    void aWindowOfEightDaysHoldsOneWholeWeekWhereTwoAreNeeded() {
        MeasuringWindow eightDays = new MeasuringWindow(START, START, 7);

        EffectEstimate estimate = estimator.estimate(inWindow(steadyRevenue(), eightDays));

        assertThat(estimate.verdict()).isEqualTo(EffectVerdict.TOO_LITTLE_DATA);
        assertThat(estimate.summary().in(RUSSIAN)).isEqualTo(
                "Эффект не оценить: в окне измерения полных недель с данными 1, нужно хотя бы 2");
    }

    @Test
    void aWindowThatEndsBeforeTheStartHasNoWeekToMeasureAndSaysSo() {
        MeasuringWindow backwards = new MeasuringWindow(START, START.minusDays(30), 14);

        EffectEstimate estimate = estimator.estimate(inWindow(steadyRevenue(), backwards));

        assertThat(estimate).isInstanceOfSatisfying(TooLittleData.class,
                tooLittle -> assertThat(tooLittle.weeksAfter()).isZero());
    }

    @Test
    void channelsToCompareWithThatHaveTooFewWeeksGiveWayToTheKpisOwnCourse() {
        EffectQuestion question = revenue(meanOfDays(week -> week < 0 ? 100_000 * alternating(week, 0.05) : 125_000),
                Optional.of(meanOfDays(-3, week -> 300_000)));

        EffectEstimate estimate = estimator.estimate(question);

        assertThat(estimate).isInstanceOfSatisfying(Measured.class, measured -> {
            assertThat(measured.figures().method()).isEqualTo(EffectMethod.ITS);
            assertThat(measured.figures().controlChannels()).isEmpty();
            assertThat(measured.figures().control()).isEmpty();
        });
    }

    @Test
    void aWeekWithFewerThanFiveDaysOfDataIsLeftOut() {
        var values = new TreeMap<>(meanOfDays(week -> 100_000 * alternating(week, 0.05)).days());
        LocalDate weekMinusTen = START.minusWeeks(10);
        values.keySet().removeIf(day -> !day.isBefore(weekMinusTen) && day.isBefore(weekMinusTen.plusDays(3)));
        var treated = new TreeMap<LocalDate, BigDecimal>();
        values.forEach((day, value) -> treated.put(day, value.value()));

        EffectEstimate estimate = estimator.estimate(revenue(KpiDays.meanOfDays(treated),
                Optional.of(meanOfDays(week -> 300_000))));

        assertThat(estimate).isInstanceOfSatisfying(Measured.class,
                measured -> assertThat(measured.figures().basis().before().weeks()).isEqualTo(15));
    }

    private static EffectQuestion steadyRevenue() {
        return revenue(meanOfDays(week -> 100_000 * alternating(week, 0.05)), Optional.empty());
    }

    private static EffectQuestion inWindow(EffectQuestion question, MeasuringWindow window) {
        return new EffectQuestion(question.kpiName(), question.unit(), question.currency(), question.wanted(),
                question.treated(), question.treatedChannels(), question.control(), window, window.end(),
                question.expectedChange());
    }

    private static EffectQuestion withDataUpTo(EffectQuestion question, LocalDate dataUpTo) {
        return new EffectQuestion(question.kpiName(), question.unit(), question.currency(), question.wanted(),
                question.treated(), question.treatedChannels(), question.control(), question.window(), dataUpTo,
                question.expectedChange());
    }
}
