package com.kpipulse.domain.analysis.forecast;

import com.kpipulse.domain.analysis.forecast.DeadlineForecast.Expected;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.measure.Unit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chance is only worth saying if it comes true as often as it says: over many synthetic quarters, forecast a month
 * in against a target near the pace before the goal, the targets met are about as many as the chances add up to, and
 * the chances tell met from missed better than one rate for all (Brier score).
 */
class TheChanceOfMeetingTheTargetComesTrueAsOftenAsItSaysTest {

    private static final int SEEDS = 200;
    private static final int GOAL_DAYS = 91;
    private static final int DAYS_IN = 30;

    @Test
    void targetsAreMetAboutAsOftenAsTheChancesSay() {
        DeadlineForecaster forecaster = new DeadlineForecaster();
        double chances = 0;
        int met = 0;
        double brier = 0;
        double[] predicted = new double[SEEDS];
        boolean[] outcome = new boolean[SEEDS];
        for (int seed = 1; seed <= SEEDS; seed++) {
            NavigableMap<LocalDate, BigDecimal> days = SyntheticDays.draw(seed, 280);
            LocalDate deadline = days.lastKey();
            LocalDate start = deadline.minusDays(GOAL_DAYS - 1L);
            double pace = days.subMap(start.minusDays(28), start).values().stream()
                    .mapToDouble(BigDecimal::doubleValue).sum() / 28 * GOAL_DAYS;
            double target = pace * (0.9 + 0.2 * new SplittableRandom(seed).nextDouble());
            Expected forecast = (Expected) forecaster.forecast(new DeadlineQuestion(days, start, deadline,
                    start.plusDays(DAYS_IN - 1L), Optional.of(BigDecimal.valueOf(target)), Direction.HIGHER_IS_BETTER,
                    Unit.COUNT, Optional.empty()));
            double actual = days.subMap(start, true, deadline, true).values().stream()
                    .mapToDouble(BigDecimal::doubleValue).sum();
            predicted[seed - 1] = forecast.probability().orElseThrow();
            outcome[seed - 1] = actual >= target;
            chances += predicted[seed - 1];
            met += outcome[seed - 1] ? 1 : 0;
            brier += Math.pow(predicted[seed - 1] - (outcome[seed - 1] ? 1 : 0), 2) / SEEDS;
        }
        double rate = (double) met / SEEDS;
        double brierOfOneRate = rate * (1 - rate);
        System.out.printf("chances add up to %.1f of %d targets, %d met; Brier score %.3f against %.3f for one rate%n",
                chances, SEEDS, met, brier, brierOfOneRate);

        assertThat(Math.abs(chances - met)).isLessThan(0.08 * SEEDS);
        assertThat(brier).isLessThan(0.6 * brierOfOneRate);
    }
}
