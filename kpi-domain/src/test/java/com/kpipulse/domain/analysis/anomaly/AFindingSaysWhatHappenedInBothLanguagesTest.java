package com.kpipulse.domain.analysis.anomaly;

import com.kpipulse.domain.analysis.anomaly.Finding.MissingDay;
import com.kpipulse.domain.analysis.anomaly.Finding.UnusualValue;
import com.kpipulse.domain.analysis.anomaly.SeriesVerdict.Judged;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * A finding names the series, the change against the usual day of that weekday, the value, the usual value and the
 * day, in the reader's language: «Метрика: визиты, SEO: −62 % к обычному вторнику — 380 вместо обычных 1 000
 * (03.03.2026)» (figures with non-breaking spaces, as the product writes them).
 */
class AFindingSaysWhatHappenedInBothLanguagesTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 6);
    private static final LocalDate NEXT_TUESDAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate THURSDAY = LocalDate.of(2026, 3, 12);
    private static final LocalDate LAST = LocalDate.of(2026, 3, 15);

    private final AnomalyDetector detector = new AnomalyDetector();

    @Test
    void aDropIsSaidAsAPercentageAgainstTheUsualWeekday() {
        UnusualValue drop = only(detector.judge(SteadySeries.of(1000, LAST).on(TUESDAY, 380).visits(), TUESDAY,
                TUESDAY));

        assertThat(drop.deviation()).isEqualTo(Deviation.DROP);
        assertThat(drop.value()).isEqualByComparingTo("380");
        assertThat(drop.usual()).isEqualByComparingTo("1000");
        assertThat(drop.ratio()).isCloseTo(0.38, offset(1e-9));
        assertThat(drop.score()).isLessThan(-4);
        assertThat(drop.evidence().in(RUSSIAN))
                .isEqualTo("Метрика: визиты, SEO: −62\u00A0% к обычному вторнику — 380 вместо обычных 1\u00A0000 "
                        + "(03.03.2026)");
        assertThat(drop.evidence().in(Locale.ENGLISH))
                .isEqualTo("Metrica visits, SEO: −62% against a usual Tuesday: 380 instead of the usual 1,000 "
                        + "(2026-03-03)");
        assertThat(drop.evidence().code()).isEqualTo("anomaly.drop");
    }

    @Test
    void aSpikeFromADoublingOnIsSaidAsAMultipleAndMoneyWithItsCurrency() {
        UnusualValue spike = only(detector.judge(SteadySeries.of(10_000, LAST).on(FRIDAY, 23_000).adSpend(), FRIDAY,
                FRIDAY));

        assertThat(spike.deviation()).isEqualTo(Deviation.SPIKE);
        assertThat(spike.evidence().in(RUSSIAN)).isEqualTo(
                "VK Реклама: расходы на рекламу: ×2,3 к обычной пятнице — 23\u00A0000\u00A0₽ вместо обычных "
                        + "10\u00A0000\u00A0₽ "
                        + "(06.03.2026)");
        assertThat(spike.evidence().in(Locale.ENGLISH)).isEqualTo(
                "VK Ads ad spend: ×2.3 against a usual Friday: RUB\u00A023,000 instead of the usual RUB\u00A010,000 "
                        + "(2026-03-06)");
    }

    @Test
    void aRiseBelowADoublingIsSaidAsAPercentage() {
        UnusualValue rise = only(detector.judge(SteadySeries.of(1000, LAST).on(FRIDAY, 1400).visits(), FRIDAY, FRIDAY));

        assertThat(rise.evidence().in(RUSSIAN)).startsWith("Метрика: визиты, SEO: +40\u00A0% к обычной пятнице");
    }

    @Test
    void aZeroAndAMissingDayAreSaidForWhatTheyAre() {
        Judged judged = (Judged) detector.judge(SteadySeries.of(1000, LAST).on(NEXT_TUESDAY, 0).without(THURSDAY)
                .visits(), NEXT_TUESDAY, THURSDAY);

        assertThat(judged.findings()).hasSize(2);
        assertThat(judged.findings().get(0)).isInstanceOfSatisfying(UnusualValue.class, zero -> {
            assertThat(zero.deviation()).isEqualTo(Deviation.ZERO);
            assertThat(zero.evidence().in(RUSSIAN))
                    .isEqualTo("Метрика: визиты, SEO: ноль за 10.03.2026, а обычно в этот день недели около "
                            + "1\u00A0000");
        });
        assertThat(judged.findings().get(1)).isInstanceOfSatisfying(MissingDay.class, missing -> {
            assertThat(missing.usual()).isEqualByComparingTo(BigDecimal.valueOf(1000));
            assertThat(missing.evidence().in(Locale.ENGLISH)).isEqualTo("Metrica visits, SEO: the source delivered "
                    + "nothing for 2026-03-12, where this weekday usually brings about 1,000");
        });
    }

    private static UnusualValue only(SeriesVerdict verdict) {
        assertThat(verdict).isInstanceOf(Judged.class);
        assertThat(((Judged) verdict).findings()).hasSize(1);
        return (UnusualValue) ((Judged) verdict).findings().getFirst();
    }
}
