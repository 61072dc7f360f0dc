package com.kpipulse.domain.analysis.anomaly;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The detector judges the series of a list on several cores at once (the cycle hands it a few hundred): the verdicts
 * must be those each series gets alone, in the order the series were given, whatever thread judged which.
 */
class ManySeriesJudgedAtOnceGetTheVerdictsEachGetsAloneTest {

    private static final int SERIES = 300;

    private final AnomalyDetector detector = new AnomalyDetector();

    @Test
    void theVerdictsOfAListAreEachSeriesOwnInTheGivenOrder() {
        List<DailySeries> series = new ArrayList<>();
        for (long seed = 1; seed <= SERIES; seed++) {
            SyntheticSeries drawn = seed % 3 == 0 ? SyntheticSeries.noisy(seed) : SyntheticSeries.clean(seed);
            if (seed % 2 == 0) { // half of them with an unusual day, so that there are findings to keep in order
                SplittableRandom random = new SplittableRandom(seed);
                Injected kind = Injected.values()[(int) (seed % Injected.values().length)];
                kind.into(drawn.values, SyntheticSeries.HISTORY_DAYS + 20 + random.nextInt(0, 40), random);
            }
            series.add(drawn.delivered());
        }

        List<SeriesVerdict> together = detector.judge(series, SyntheticSeries.firstJudged(),
                SyntheticSeries.lastJudged());
        List<SeriesVerdict> alone = series.stream().map(one -> detector.judge(one, SyntheticSeries.firstJudged(),
                SyntheticSeries.lastJudged())).toList();

        assertThat(together).isEqualTo(alone);
        assertThat(together.stream().filter(verdict -> verdict instanceof SeriesVerdict.Judged judged
                && !judged.findings().isEmpty()).count()).as("findings to keep in order").isGreaterThan(SERIES / 4);
    }
}
