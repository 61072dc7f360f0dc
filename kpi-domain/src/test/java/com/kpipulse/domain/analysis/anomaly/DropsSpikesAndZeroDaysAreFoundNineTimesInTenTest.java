package com.kpipulse.domain.analysis.anomaly;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A check that misses what broke is no check: into each synthetic series go a drop of half or more, a spike of ×2 to
 * ×4, a zero day and a missing day, three weeks apart, each found on its day and named for what it is at least nine
 * times in ten; the days around them raise no more false alarms than clean series do.
 */
class DropsSpikesAndZeroDaysAreFoundNineTimesInTenTest {

    private static final int SEEDS = 400;

    private final AnomalyDetector detector = new AnomalyDetector();

    @Test
    void onSeriesWithRealisticNoiseNineInTenOfEachKindAreFound() {
        DetectionFigures figures = DetectionFigures.withInjected(detector, SyntheticSeries::clean, SEEDS);
        System.out.println(figures.describe("clean series with unusual days put in"));

        assertThat(figures.recall(Injected.DROP, Injected.SPIKE, Injected.ZERO)).isGreaterThanOrEqualTo(0.9);
        for (Injected kind : Injected.values()) {
            assertThat(figures.recall(kind)).as(kind.name()).isGreaterThanOrEqualTo(0.9);
        }
        assertThat(figures.falseAlarmRate()).isLessThanOrEqualTo(0.01);
    }

    /**
     * Where a day's own noise is a fifth of its value, a halving is not always beyond it: drops and spikes are found
     * less often (the doc gives the figures), zero and missing days still are.
     */
    @Test
    void onNoisySeriesZeroAndMissingDaysAreStillFoundAndMostDropsAndSpikes() {
        DetectionFigures figures = DetectionFigures.withInjected(detector, SyntheticSeries::noisy, SEEDS);
        System.out.println(figures.describe("noisy series with unusual days put in"));

        assertThat(figures.recall(Injected.ZERO)).isGreaterThanOrEqualTo(0.9);
        assertThat(figures.recall(Injected.MISSING)).isGreaterThanOrEqualTo(0.9);
        assertThat(figures.recall(Injected.DROP, Injected.SPIKE)).isGreaterThanOrEqualTo(0.6);
        assertThat(figures.falseAlarmRate()).isLessThanOrEqualTo(0.01);
    }

    @Test
    void theMeasureCatchesADetectorTooTimidToFlagADrop() {
        var timid = new AnomalyDetector(new AnomalyRules(8, 28, 12.0, 0.25, 0.02, 0.05, 0.25));
        DetectionFigures figures = DetectionFigures.withInjected(timid, SyntheticSeries::clean, SEEDS / 4);
        System.out.println(figures.describe("clean series, a detector flagging from 12 deviations"));

        assertThat(figures.recall(Injected.DROP, Injected.SPIKE, Injected.ZERO)).as("the bound can fail")
                .isLessThan(0.9);
    }
}
