package com.kpipulse.domain.correction.effect;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.channel.Channel;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.measure.Unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntToDoubleFunction;

/**
 * An action whose figures can be worked out by hand: it starts on Wednesday 4 March 2026 and is due three weeks later,
 * so with the standard two weeks after the due date its window is exactly five weeks, and every day of a week (counted
 * from the start: week −1 is the one just before it, week 0 the first of the window) has the same value. The sixteen
 * weeks before and the five of the window are all there is.
 */
final class HandMadeAction {

    static final LocalDate START = LocalDate.of(2026, 3, 4);
    static final MeasuringWindow WINDOW = MeasuringWindow.standard(START, START.plusDays(20));
    static final Channel VK = SimulatedAction.VK;
    static final List<Channel> OTHERS = SimulatedAction.OTHERS.subList(0, 2);
    static final Currency RUB = Currency.getInstance("RUB");

    private HandMadeAction() {
    }

    /** Sixteen weeks before the start and the five of the window, a week's value from its number. */
    static KpiDays meanOfDays(IntToDoubleFunction valueOfWeek) {
        return meanOfDays(-16, valueOfWeek);
    }

    /** From week {@code firstWeek} on. */
    static KpiDays meanOfDays(int firstWeek, IntToDoubleFunction valueOfWeek) {
        var values = new TreeMap<LocalDate, BigDecimal>();
        for (LocalDate day = START.plusWeeks(firstWeek); !day.isAfter(WINDOW.end()); day = day.plusDays(1)) {
            values.put(day, BigDecimal.valueOf(valueOfWeek.applyAsDouble(week(day))));
        }
        return KpiDays.meanOfDays(values);
    }

    /** A rate with a thousand visits a day. */
    static KpiDays ratioOfSums(IntToDoubleFunction rateOfWeek) {
        var values = new TreeMap<LocalDate, BigDecimal>();
        var visits = new TreeMap<LocalDate, BigDecimal>();
        for (LocalDate day = START.minusWeeks(16); !day.isAfter(WINDOW.end()); day = day.plusDays(1)) {
            values.put(day, BigDecimal.valueOf(rateOfWeek.applyAsDouble(week(day))));
            visits.put(day, BigDecimal.valueOf(1000));
        }
        return KpiDays.ratioOfSums(values, visits);
    }

    /** ±{@code swing} in turn before the start (log scale), then flat: a known noise of the weeks before. */
    static double alternating(int week, double swing) {
        return week < 0 ? Math.exp(week % 2 == 0 ? swing : -swing) : 1;
    }

    static int week(LocalDate day) {
        return Math.floorDiv((int) (day.toEpochDay() - START.toEpochDay()), 7);
    }

    static EffectQuestion conversion(KpiDays treated, Optional<KpiDays> control) {
        return new EffectQuestion(LocalizedText.of("Конверсия сайта", "Site conversion rate"), Unit.PERCENT,
                Optional.empty(), Direction.HIGHER_IS_BETTER, treated, List.of(VK),
                control.map(days -> new Control(days, OTHERS)), WINDOW, WINDOW.end(), Optional.empty());
    }

    static EffectQuestion revenue(KpiDays treated, Optional<KpiDays> control) {
        return new EffectQuestion(LocalizedText.of("Выручка", "Revenue"), Unit.MONEY, Optional.of(RUB),
                Direction.HIGHER_IS_BETTER, treated, List.of(VK), control.map(days -> new Control(days, OTHERS)),
                WINDOW, WINDOW.end(), Optional.empty());
    }

    static EffectQuestion cpa(KpiDays treated, Optional<KpiDays> control) {
        return new EffectQuestion(LocalizedText.of("CPA", "CPA"), Unit.MONEY, Optional.of(RUB),
                Direction.LOWER_IS_BETTER, treated, List.of(VK), control.map(days -> new Control(days, OTHERS)),
                WINDOW, WINDOW.end(), Optional.empty());
    }
}
