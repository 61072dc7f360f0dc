package com.kpipulse.domain.correction.budget;

/**
 * How curves are fitted and trusted.
 *
 * @param minimumWeeks          weeks with spend a curve needs: two parameters and their spread need a quarter of
 *                              weekly points, not the two months that would leave most of the curve to noise (on the
 *                              simulated markets eight weeks left a proposal worse than none in one market of eight)
 * @param fitWeeks              the latest weeks a curve is fitted on at most, so that last year's market does not weigh
 * @param minimumSpendVariation the least coefficient of variation of the weekly spend: below it the spend hardly moved,
 *                              and the outcome's own noise cannot be told from the effect of the spend
 * @param interval              the probability the intervals should hold the truth with (0.8: 10th to 90th percentile)
 * @param resamples             bootstrap resamples of the weeks, for the intervals
 * @param seed                  of the resampling, so that the same history gives the same answer
 */
public record BudgetRules(int minimumWeeks, int fitWeeks, double minimumSpendVariation, double interval,
                          int resamples, long seed) {

    /** Fewer weeks than this can never give a curve, whatever the rules say. */
    public static final int LEAST_WEEKS = 4;

    public BudgetRules {
        if (minimumWeeks < LEAST_WEEKS || fitWeeks < minimumWeeks) {
            throw new IllegalArgumentException("At least " + LEAST_WEEKS + " weeks, and no fewer to fit on than needed");
        }
        if (minimumSpendVariation <= 0 || interval <= 0 || interval >= 1 || resamples < 50) {
            throw new IllegalArgumentException("Some variation, an interval between 0 and 1, at least 50 resamples");
        }
    }

    /** 12 weeks at least, the latest 52 fitted, spend varying by 10 % or more, 80 % intervals from 400 resamples. */
    public static BudgetRules standard() {
        return new BudgetRules(12, 52, 0.10, 0.8, 400, 20_260_601L);
    }
}
