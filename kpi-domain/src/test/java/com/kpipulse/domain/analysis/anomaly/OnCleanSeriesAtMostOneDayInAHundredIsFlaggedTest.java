package com.kpipulse.domain.analysis.anomaly;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * False alarms cost trust: on series where nothing unusual happens (a weekday pattern, a slow trend and a wave,
 * realistic noise) at most one series-day in a hundred may be flagged. Measured over many seeds, each a series of
 * twelve judged weeks after eight of history.
 */
class OnCleanSeriesAtMostOneDayInAHundredIsFlaggedTest {

    private static final int SEEDS = 400;
    private static final double BOUND = 0.01;

    private final AnomalyDetector detector = new AnomalyDetector();

    @Test
    void seriesWithRealisticNoiseAreFlaggedOnAtMostOneDayInAHundred() {
        DetectionFigures figures = DetectionFigures.onClean(detector, SyntheticSeries::clean, SEEDS);
        System.out.println(figures.describe("clean series, noise 3–12 %"));

        assertThat(figures.seriesDays).isEqualTo(SEEDS * SyntheticSeries.JUDGED_DAYS);
        assertThat(figures.falseAlarmRate()).isLessThanOrEqualTo(BOUND);
    }

    @Test
    void noisySeriesAndSmallCountsAreFlaggedOnAtMostOneDayInAHundredToo() {
        DetectionFigures figures = DetectionFigures.onClean(detector, SyntheticSeries::noisy, SEEDS);
        System.out.println(figures.describe("noisy series, noise 15–25 % or 20–80 a day"));

        assertThat(figures.falseAlarmRate()).isLessThanOrEqualTo(BOUND);
    }

    @Test
    void theMeasureCatchesADetectorThatFlagsEveryWiggle() {
        var jumpy = new AnomalyDetector(new AnomalyRules(8, 28, 2.0, 0.0, 0.02, 0.05, 0.25));
        DetectionFigures figures = DetectionFigures.onClean(jumpy, SyntheticSeries::clean, SEEDS / 4);
        System.out.println(figures.describe("clean series, a detector flagging from 2 deviations"));

        assertThat(figures.falseAlarmRate()).as("the bound can fail").isGreaterThan(BOUND);
    }
}
