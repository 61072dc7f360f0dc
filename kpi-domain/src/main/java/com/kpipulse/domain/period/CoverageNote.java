package com.kpipulse.domain.period;

import com.kpipulse.domain.text.MessageKind;

import java.util.Locale;

/** What a page says about a provisional period ({@link Coverage#note()}). */
public enum CoverageNote implements MessageKind {
    /** {0}: the last day covered, {1}: the days covered, {2}: the days of the period. */
    PARTIAL,
    /**
     * As {@link #PARTIAL}, for a period whose number of days Russian counts in the singular after «из» («из 31 дня»,
     * but «из 30 дней»): a number ending in 1, but not in 11.
     */
    PARTIAL_SINGULAR_DAYS,
    /** None of the period's days is covered yet. */
    NOTHING_COVERED;

    /** The kind for a period of so many days. */
    static CoverageNote partial(long days) {
        return days % 10 == 1 && days % 100 != 11 ? PARTIAL_SINGULAR_DAYS : PARTIAL;
    }

    @Override
    public String key() {
        return "period." + name().toLowerCase(Locale.ROOT);
    }
}
