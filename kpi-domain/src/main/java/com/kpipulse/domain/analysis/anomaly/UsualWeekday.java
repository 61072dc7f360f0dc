package com.kpipulse.domain.analysis.anomaly;

import com.kpipulse.domain.text.MessageKind;

import java.time.DayOfWeek;
import java.util.Locale;

/**
 * "A usual Tuesday" as the comparison in a finding says it («к обычному вторнику», «к обычной среде»): Russian agrees
 * the adjective with each weekday, so each is a text of its own.
 */
public enum UsualWeekday implements MessageKind {
    MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY;

    public static UsualWeekday of(DayOfWeek day) {
        return values()[day.ordinal()];
    }

    @Override
    public String key() {
        return "anomaly.usual_" + name().toLowerCase(Locale.ROOT);
    }
}
