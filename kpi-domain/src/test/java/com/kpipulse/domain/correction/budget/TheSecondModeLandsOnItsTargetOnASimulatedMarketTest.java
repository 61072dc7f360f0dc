package com.kpipulse.domain.correction.budget;

import com.kpipulse.domain.channel.ChannelCatalog;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the simulated markets, asked for a ROMI 10 points above the true one now: where the proposal says the target is
 * within reach, the true ROMI of its spread lands on the target in the median market (a target met in expectation is
 * missed about as often as it is beaten), and the 80 % interval of the expected ROMI holds the true one in most of
 * them. The figures are printed for the docs.
 */
class TheSecondModeLandsOnItsTargetOnASimulatedMarketTest {

    private static final int SEEDS = 60;
    private static final double POINTS_ABOVE_NOW = 0.10;

    @Test
    void theTrueRomiOfAReachedTargetLandsOnItAndWithinItsInterval() {
        var planner = new BudgetPlanner(ChannelCatalog.seed());
        List<Double> landed = new ArrayList<>();
        int held = 0;
        int cut = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            SimulatedMarket.Market market = SimulatedMarket.draw(seed, SimulatedMarket.Conditions.usual());
            double romiNow = romi(market, market.currentSpend());
            var target = new EfficiencyTarget.MinRomi(BigDecimal.valueOf(romiNow + POINTS_ABOVE_NOW)
                    .setScale(4, RoundingMode.HALF_UP));
            var proposal = (BudgetAnswer.Proposal) planner.propose(market.question(
                    new ReallocationMode.ReachTarget(target)));
            if (proposal.target().orElseThrow() instanceof TargetVerdict.Reached reached) {
                List<BigDecimal> proposed = proposal.channels().stream().map(ChannelPlan::spendProposed).toList();
                double trueRomi = romi(market, proposed);
                landed.add(trueRomi - target.romi().doubleValue());
                Estimate expected = reached.efficiency();
                held += expected.low().doubleValue() <= trueRomi && trueRomi <= expected.high().doubleValue() ? 1 : 0;
                cut += proposal.spendProposed().compareTo(proposal.spendNow()) < 0 ? 1 : 0;
            }
        }
        Collections.sort(landed);
        int reached = landed.size();
        double median = landed.get(reached / 2);
        System.out.printf("budget-target ROMI +10 pp: within reach in %d of %d markets (%d by a cut); true ROMI minus "
                        + "target: median %+.1f pp, 10th–90th percentile %+.1f to %+.1f pp; 80 %% interval held the "
                        + "true ROMI in %d of %d%n", reached, SEEDS, cut, 100 * median,
                100 * landed.get(reached / 10), 100 * landed.get(reached * 9 / 10), held, reached);

        assertThat(reached).isGreaterThanOrEqualTo(SEEDS / 3);
        assertThat(median).as("true minus target ROMI in the median market").isBetween(-0.02, 0.02);
        assertThat((double) held / reached).isGreaterThanOrEqualTo(0.65);
    }

    private static double romi(SimulatedMarket.Market market, List<BigDecimal> spend) {
        double total = spend.stream().mapToDouble(BigDecimal::doubleValue).sum();
        return market.trueRevenue(spend) / total - 1;
    }
}
