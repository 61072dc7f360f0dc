package com.kpipulse.domain.analysis.anomaly;

import com.kpipulse.domain.analysis.anomaly.Finding.MissingDay;
import com.kpipulse.domain.analysis.anomaly.Finding.UnusualValue;
import com.kpipulse.domain.analysis.anomaly.SeriesVerdict.Judged;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A source that delivered nothing for a day is not a source that delivered little: the first is a missing day (an
 * export or a pull to look at), the second a drop (the business or the tracking to look at). A source that skips days
 * anyway (no spend, no row) is not reported for skipping one more.
 */
class AMissingDayIsAFindingOfItsOwnNotADropTest {

    private static final LocalDate LAST = LocalDate.of(2026, 3, 15);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 11);

    private final AnomalyDetector detector = new AnomalyDetector();

    @Test
    void aDayWithoutAnyValueFromASourceThatDeliversDailyIsAMissingDay() {
        Judged judged = (Judged) detector.judge(SteadySeries.of(500, LAST).without(DAY).visits(), DAY, DAY);

        assertThat(judged.findings()).singleElement().isInstanceOfSatisfying(MissingDay.class,
                missing -> assertThat(missing.day()).isEqualTo(DAY));
    }

    @Test
    void aDayWithAZeroIsAZeroValueNotAMissingDay() {
        Judged judged = (Judged) detector.judge(SteadySeries.of(500, LAST).on(DAY, 0).visits(), DAY, DAY);

        assertThat(judged.findings()).singleElement().isInstanceOfSatisfying(UnusualValue.class,
                zero -> assertThat(zero.deviation()).isEqualTo(Deviation.ZERO));
    }

    @Test
    void aSourceThatSkipsDaysAnywayIsNotReportedForSkippingOneMore() {
        SteadySeries skipping = SteadySeries.of(500, LAST);
        for (LocalDate day = SteadySeries.FIRST_DAY; day.isBefore(LAST); day = day.plusDays(5)) {
            skipping.without(day);
        }
        Judged judged = (Judged) detector.judge(skipping.without(DAY).visits(), DAY, DAY);

        assertThat(judged.findings()).isEmpty();
        assertThat(judged.daysJudged()).isEqualTo(1);
    }

    @Test
    void missingDaysBeforeTheJudgedDayDoNotMakeItUnusual() {
        Judged judged = (Judged) detector.judge(SteadySeries.of(500, LAST).without(DAY.minusDays(1))
                .without(DAY.minusDays(8)).visits(), DAY, DAY);

        assertThat(judged.findings()).isEmpty();
    }
}
