package com.kpipulse.domain.correction.effect;

import com.kpipulse.domain.correction.effect.SimulatedAction.Kpi;
import com.kpipulse.domain.correction.effect.SimulatedAction.Scenario;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over 200 simulated actions (seeds 1 to 200) with a weekday pattern, noise that carries over from day to day, a
 * trend, and for the comparison with other channels a shock that hits every channel, the 95 % interval holds the +10 %
 * put into the action's channel in at least 85 % of runs, both with channels to compare with and without. (Measured
 * with 1 000 seeds: 95.8 % and 96.5 % with other channels, 95.1 % and 94.5 % without, for revenue and conversion.)
 */
class TheIntervalHoldsAnInjectedEffectInMostRunsTest {

    private static final int SEEDS = 200;

    @Test
    void againstOtherChannelsTheIntervalHoldsARevenueEffect() {
        assertCovers(new Scenario(Kpi.REVENUE, 0.1, true, true, true));
    }

    @Test
    void againstOtherChannelsTheIntervalHoldsAConversionEffect() {
        assertCovers(new Scenario(Kpi.CONVERSION, 0.1, true, true, true));
    }

    @Test
    void againstItsOwnTrendTheIntervalHoldsARevenueEffect() {
        assertCovers(new Scenario(Kpi.REVENUE, 0.1, false, false, true));
    }

    @Test
    void againstItsOwnTrendTheIntervalHoldsAConversionEffect() {
        assertCovers(new Scenario(Kpi.CONVERSION, 0.1, false, false, true));
    }

    private static void assertCovers(Scenario scenario) {
        SimulationFigures figures = SimulationFigures.over(scenario, SEEDS);
        assertThat(figures.coverage()).as(figures.toString()).isGreaterThanOrEqualTo(0.85);
    }
}
