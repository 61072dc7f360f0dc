package com.kpipulse.domain.correction.budget;

import com.kpipulse.domain.channel.ChannelCatalog;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * How the planner's proposals fare on simulated markets, judged on the true curves: the share of markets whose true
 * revenue rises, the share of the best possible gain reached (the best found on the true curves under the same limits
 * and total, {@link TrueOptimum}), and how often the 80 % interval of the expected gain held the true one.
 */
final class ReallocationFigures {

    final int markets;
    int improved;
    int declined;
    int intervalHeld;
    int intervalAbove;
    double expectedGain;
    double trueGain;
    final double[] shareOfBest;

    private ReallocationFigures(int markets) {
        this.markets = markets;
        this.shareOfBest = new double[markets];
    }

    static ReallocationFigures over(int seeds, SimulatedMarket.Conditions conditions, BudgetRules rules) {
        var planner = new BudgetPlanner(rules, ChannelCatalog.seed());
        var figures = new ReallocationFigures(seeds);
        for (int seed = 1; seed <= seeds; seed++) {
            SimulatedMarket.Market market = SimulatedMarket.draw(seed, conditions);
            BudgetAnswer answer = planner.propose(market.question(new ReallocationMode.KeepTotal()));
            if (!(answer instanceof BudgetAnswer.Proposal proposal)) {
                figures.declined++;
                continue;
            }
            List<BigDecimal> proposed = proposal.channels().stream().map(ChannelPlan::spendProposed).toList();
            double now = market.trueRevenue(market.currentSpend());
            double gain = market.trueRevenue(proposed) - now;
            double best = TrueOptimum.revenue(market, ShiftLimit.standard().maxShare()) - now;
            figures.improved += gain > 0 ? 1 : 0;
            figures.shareOfBest[seed - 1] = gain / best;
            Estimate expected = proposal.outcomeChange();
            boolean held = expected.low().doubleValue() <= gain && gain <= expected.high().doubleValue();
            figures.intervalHeld += held ? 1 : 0;
            figures.intervalAbove += expected.low().doubleValue() > gain ? 1 : 0;
            figures.expectedGain += expected.expected().doubleValue();
            figures.trueGain += gain;
        }
        return figures;
    }

    double shareImproved() {
        return (double) improved / markets;
    }

    double medianShareOfBest() {
        double[] sorted = shareOfBest.clone();
        Arrays.sort(sorted);
        return markets % 2 == 1 ? sorted[markets / 2] : (sorted[markets / 2 - 1] + sorted[markets / 2]) / 2;
    }

    double meanShareOfBest() {
        return Arrays.stream(shareOfBest).average().orElse(0);
    }

    double expectedOverTrue() {
        return expectedGain / trueGain;
    }

    String describe(SimulatedMarket.Conditions conditions) {
        return ("budget-simulation %d weeks, spend spread %.2f, noise %.2f: true revenue rose in %d of %d markets "
                + "(%.0f %%), declined %d; share of the best possible gain: median %.0f %%, mean %.0f %%; "
                + "80 %% interval held the true gain in %.0f %% (above it in %.0f %%); expected gains %.0f %% of the "
                + "true ones on average")
                .formatted(conditions.weeks(), conditions.spendSpread(), conditions.noise(), improved, markets,
                        100 * shareImproved(), declined, 100 * medianShareOfBest(), 100 * meanShareOfBest(),
                        100.0 * intervalHeld / markets, 100.0 * intervalAbove / markets,
                        100 * expectedOverTrue());
    }
}
