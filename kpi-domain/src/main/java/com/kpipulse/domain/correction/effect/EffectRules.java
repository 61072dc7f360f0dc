package com.kpipulse.domain.correction.effect;

/**
 * How an effect is measured; {@link #standard()} gives the values the simulations in the tests support.
 *
 * @param weeksBefore              whole weeks before the start the comparison is fitted on
 * @param minimumWeeksBefore       weeks with data needed among them
 * @param minimumWeeksAfter        whole weeks with data needed in the measuring window
 * @param weeksForATrend           weeks before the start from which a measurement without channels to compare with
 *                                 fits a trend, not only a level
 * @param daysForAWeek             days with data a week needs to count
 * @param confidence               the probability the interval should hold the true effect with
 * @param noEffectBand             the change, as a share of what the KPI would have been, that counts as no change
 * @param maximumSerialCorrelation the largest week-to-week correlation of the noise taken from the data; a larger
 *                                 estimate from a dozen weeks is more likely a drift than noise
 */
public record EffectRules(int weeksBefore, int minimumWeeksBefore, int minimumWeeksAfter, int weeksForATrend,
                          int daysForAWeek, double confidence, double noEffectBand, double maximumSerialCorrelation) {

    private static final int WEEK = 7;

    public EffectRules {
        if (minimumWeeksBefore < 3 || weeksBefore < minimumWeeksBefore) {
            throw new IllegalArgumentException("At least 3 weeks before, and no fewer taken than needed");
        }
        if (minimumWeeksAfter < 1 || weeksForATrend < 4) {
            throw new IllegalArgumentException("At least a week after, and 4 weeks for a trend");
        }
        if (daysForAWeek < 1 || daysForAWeek > WEEK) {
            throw new IllegalArgumentException("A week counts with 1 to 7 days of data, got " + daysForAWeek);
        }
        if (confidence <= 0.5 || confidence >= 1 || noEffectBand <= 0 || noEffectBand >= 1) {
            throw new IllegalArgumentException("A confidence between 0.5 and 1 and a band between 0 and 1");
        }
        if (maximumSerialCorrelation < 0 || maximumSerialCorrelation >= 1) {
            throw new IllegalArgumentException("A serial correlation from 0 up to below 1");
        }
    }

    /**
     * Sixteen weeks before (six with data at the least), two weeks after, a trend from eight weeks, weeks with five
     * days of data or more, a 95 % interval, ±5 % for no change, a week-to-week correlation up to 0.5. The tests'
     * simulations chose these (docs/analysis-effect.md): with a 90 % interval an action that did nothing was called
     * «worked» or «worse» in up to one run in eight; with twelve weeks before, a trend carried on without channels to
     * compare with gave intervals a fifth wider; a correlation up to 0.6 left a few intervals many times wider than
     * any effect.
     */
    public static EffectRules standard() {
        return new EffectRules(16, 6, 2, 8, 5, 0.95, 0.05, 0.5);
    }
}
