package com.kpipulse.domain.analysis.anomaly;

import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** Something unusual about one day of one series, with the evidence a person reads. */
public sealed interface Finding {

    SeriesKey series();

    LocalDate day();

    /** What the source would usually have delivered for that day (the usual value of its weekday). */
    BigDecimal usual();

    /** The finding in both languages: «Метрика: визиты, SEO: −62 % к обычному вторнику — …». */
    Message evidence();

    /**
     * A delivered value far from its usual one.
     *
     * @param ratio the value over the usual value (0.38 is −62 %, 2.3 is ×2.3)
     * @param score how far from usual, in robust standard deviations of the series' own day-to-day noise (on a log
     *              scale): negative below, positive above; the standard rules flag from ±4
     */
    record UnusualValue(SeriesKey series, LocalDate day, Deviation deviation, BigDecimal value, BigDecimal usual,
                        double ratio, double score, Message evidence) implements Finding {

        public UnusualValue {
            Objects.requireNonNull(series, "series");
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(deviation, "deviation");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(usual, "usual");
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    /**
     * No value at all for a day, from a source that rarely leaves a day empty, on a day whose zero would be unusual
     * too: an export or a pull to look at rather than the business.
     */
    record MissingDay(SeriesKey series, LocalDate day, BigDecimal usual, Message evidence) implements Finding {

        public MissingDay {
            Objects.requireNonNull(series, "series");
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(usual, "usual");
            Objects.requireNonNull(evidence, "evidence");
        }
    }
}
