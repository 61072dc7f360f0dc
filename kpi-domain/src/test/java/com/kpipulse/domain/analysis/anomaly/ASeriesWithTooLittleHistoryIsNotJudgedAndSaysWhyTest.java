package com.kpipulse.domain.analysis.anomaly;

import com.kpipulse.domain.analysis.anomaly.SeriesVerdict.Judged;
import com.kpipulse.domain.analysis.anomaly.SeriesVerdict.NotJudged;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A series the check cannot judge says so, with the reason, instead of passing as "nothing unusual": a new source
 * with three weeks of data, a series that is zero most days, one with values below zero.
 */
class ASeriesWithTooLittleHistoryIsNotJudgedAndSaysWhyTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final LocalDate LAST = LocalDate.of(2026, 3, 15);

    private final AnomalyDetector detector = new AnomalyDetector();

    @Test
    void aSeriesWithThreeWeeksOfDataIsNotJudgedAndSaysHowMuchItHasAndNeeds() {
        SteadySeries young = SteadySeries.of(800, LAST);
        for (LocalDate day = SteadySeries.FIRST_DAY; day.isBefore(LAST.minusDays(20)); day = day.plusDays(1)) {
            young.without(day);
        }
        SeriesVerdict verdict = detector.judge(young.visits(), LAST, LAST);

        assertThat(verdict).isInstanceOfSatisfying(NotJudged.class, notJudged -> {
            assertThat(notJudged.reason()).isEqualTo(NotJudgedReason.TOO_LITTLE_HISTORY);
            assertThat(notJudged.explanation().in(RUSSIAN)).isEqualTo(
                    "Метрика: визиты, SEO: не проверяется — за последние 8 нед. данные есть за 20 дн., "
                            + "нужно хотя бы 28");
            assertThat(notJudged.explanation().in(Locale.ENGLISH)).isEqualTo(
                    "Metrica visits, SEO: not checked: data on 20 days of the last 8 weeks, at least 28 needed");
        });
    }

    @Test
    void aYoungSeriesIsJudgedFromTheDayItHasEnoughHistoryAndCountsTheDaysItWasNot() {
        SteadySeries young = SteadySeries.of(800, LAST);
        for (LocalDate day = SteadySeries.FIRST_DAY; day.isBefore(LAST.minusDays(30)); day = day.plusDays(1)) {
            young.without(day);
        }
        SeriesVerdict verdict = detector.judge(young.visits(), LAST.minusDays(6), LAST);

        assertThat(verdict).isInstanceOfSatisfying(Judged.class, judged -> {
            assertThat(judged.daysJudged()).isEqualTo(3);
            assertThat(judged.daysNotJudged()).isEqualTo(4);
            assertThat(judged.findings()).isEmpty();
        });
    }

    @Test
    void aSeriesThatIsZeroMostDaysHasNoUsualLevelToCompareWith() {
        SteadySeries rare = SteadySeries.of(0, LAST);
        for (LocalDate day = SteadySeries.FIRST_DAY; day.isBefore(LAST); day = day.plusDays(3)) {
            rare.on(day, 2);
        }
        SeriesVerdict verdict = detector.judge(rare.visits(), LAST, LAST);

        assertThat(verdict).isInstanceOfSatisfying(NotJudged.class, notJudged -> {
            assertThat(notJudged.reason()).isEqualTo(NotJudgedReason.MOSTLY_ZEROS);
            assertThat(notJudged.explanation().code()).isEqualTo("anomaly.mostly_zeros");
        });
    }

    @Test
    void aSeriesWithValuesBelowZeroIsNotReadAsRatios() {
        SeriesVerdict verdict = detector.judge(SteadySeries.of(300, LAST).on(LAST.minusDays(3), -20).visits(), LAST,
                LAST);

        assertThat(verdict).isInstanceOfSatisfying(NotJudged.class,
                notJudged -> assertThat(notJudged.reason()).isEqualTo(NotJudgedReason.NEGATIVE_VALUES));
    }

    @Test
    void manySeriesAreJudgedEachOnItsOwn() {
        List<SeriesVerdict> verdicts = detector.judge(List.of(SteadySeries.of(300, LAST).visits(),
                SteadySeries.of(0, LAST).adSpend()), LAST, LAST);

        assertThat(verdicts).extracting(verdict -> verdict.getClass().getSimpleName())
                .containsExactly("Judged", "NotJudged");
    }
}
