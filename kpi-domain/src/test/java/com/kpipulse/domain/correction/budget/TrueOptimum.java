package com.kpipulse.domain.correction.budget;

import java.math.BigDecimal;
import java.util.List;

/**
 * The best reallocation on a simulated market's true curves, under the same limits and the same total, found
 * independently of the planner: small steps of money from the channel whose true next rouble brings least to the one
 * whose next rouble brings most, while a step gains, with the step halved until it is a kopeck.
 */
final class TrueOptimum {

    private TrueOptimum() {
    }

    /** The true weekly revenue of the best spread. */
    static double revenue(SimulatedMarket.Market market, BigDecimal maxShare) {
        List<SimulatedMarket.TrueCurve> truths = market.truths();
        int n = truths.size();
        double share = maxShare.doubleValue();
        double[] spend = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            spend[i] = market.currentSpend().get(i).doubleValue();
            lower[i] = spend[i] * (1 - share);
            upper[i] = spend[i] * (1 + share);
            total += spend[i];
        }
        for (double step = total / 1000; step >= 0.01; step /= 2) {
            while (true) {
                int giver = -1;
                int taker = -1;
                for (int i = 0; i < n; i++) {
                    if (spend[i] - step >= lower[i]
                            && (giver < 0 || truths.get(i).marginalAt(spend[i]) < truths.get(giver).marginalAt(spend[giver]))) {
                        giver = i;
                    }
                    if (spend[i] + step <= upper[i]
                            && (taker < 0 || truths.get(i).marginalAt(spend[i]) > truths.get(taker).marginalAt(spend[taker]))) {
                        taker = i;
                    }
                }
                if (giver < 0 || taker < 0 || giver == taker) {
                    break;
                }
                double gain = truths.get(taker).outcomeAt(spend[taker] + step) - truths.get(taker).outcomeAt(spend[taker]);
                double loss = truths.get(giver).outcomeAt(spend[giver]) - truths.get(giver).outcomeAt(spend[giver] - step);
                if (gain <= loss) {
                    break;
                }
                spend[giver] -= step;
                spend[taker] += step;
            }
        }
        double revenue = 0;
        for (int i = 0; i < n; i++) {
            revenue += truths.get(i).outcomeAt(spend[i]);
        }
        return revenue;
    }
}
