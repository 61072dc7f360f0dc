package com.kpipulse.domain.correction.effect;

import com.kpipulse.domain.correction.effect.SimulatedAction.Kpi;
import com.kpipulse.domain.correction.effect.SimulatedAction.Scenario;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How often a real effect is found (the power), over 200 simulated actions. Against other channels a +20 % effect is
 * «worked» in 85 % of runs for a channel's revenue (8–15 % noise a day) and 99 % for its conversion; against its own
 * trend a +30 % effect in 77 % and 86 %, as the trend carried on into the window is itself unsure. (With 1 000 seeds:
 * 86 % and 98 %; 72 % and 84 %.) A fall as large is «worse».
 */
class ALargeEffectIsCalledWorkedInMostRunsTest {

    private static final int SEEDS = 200;

    @Test
    void aFifthMoreRevenueAgainstOtherChannels() {
        assertWorkedIn(new Scenario(Kpi.REVENUE, 0.2, true, true, true), 0.75);
    }

    @Test
    void aFifthMoreConversionAgainstOtherChannels() {
        assertWorkedIn(new Scenario(Kpi.CONVERSION, 0.2, true, true, true), 0.9);
    }

    @Test
    void aThirdMoreRevenueAgainstItsOwnTrend() {
        assertWorkedIn(new Scenario(Kpi.REVENUE, 0.3, false, false, true), 0.6);
    }

    @Test
    void aThirdMoreConversionAgainstItsOwnTrend() {
        assertWorkedIn(new Scenario(Kpi.CONVERSION, 0.3, false, false, true), 0.7);
    }

    @Test
    void aFifthLessRevenueAgainstOtherChannelsIsWorse() {
        SimulationFigures figures = SimulationFigures.over(new Scenario(Kpi.REVENUE, -0.2, true, true, true), SEEDS);
        assertThat(figures.share(EffectVerdict.WORSE)).as(figures.toString()).isGreaterThanOrEqualTo(0.85);
        assertThat(figures.share(EffectVerdict.WORKED)).as(figures.toString()).isZero();
    }

    private static void assertWorkedIn(Scenario scenario, double share) {
        SimulationFigures figures = SimulationFigures.over(scenario, SEEDS);
        assertThat(figures.share(EffectVerdict.WORKED)).as(figures.toString()).isGreaterThanOrEqualTo(share);
    }
}
