package com.kpipulse.domain.correction.effect;

import com.kpipulse.domain.correction.effect.SimulatedAction.Kpi;
import com.kpipulse.domain.correction.effect.SimulatedAction.Scenario;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shock that hits every channel around the start (a holiday, a market dip, a tracking change: −30 % to +30 % for two
 * to four weeks) moves the action's channel and the others alike, so the comparison with the others takes it out; the
 * KPI's own course cannot, and calls an action that did nothing «worked» or «worse» in about three runs of ten. That
 * is why the channels the action did not touch are used whenever they have data.
 */
class AShockToEveryChannelIsTakenOutByTheChannelsTheActionDidNotTouchTest {

    private static final int SEEDS = 200;

    @Test
    void theSameShockFoolsTheTimeSeriesButNotTheComparison() {
        SimulationFigures compared = SimulationFigures.over(new Scenario(Kpi.REVENUE, 0, true, true, true), SEEDS);
        SimulationFigures alone = SimulationFigures.over(new Scenario(Kpi.REVENUE, 0, false, true, true), SEEDS);

        assertThat(wrong(compared)).as(compared.toString()).isLessThanOrEqualTo(0.1);
        assertThat(wrong(alone)).as(alone.toString()).isGreaterThanOrEqualTo(0.2);
        assertThat(compared.coverage()).as(compared.toString()).isGreaterThanOrEqualTo(0.9);
    }

    private static double wrong(SimulationFigures figures) {
        return figures.share(EffectVerdict.WORKED) + figures.share(EffectVerdict.WORSE);
    }
}
