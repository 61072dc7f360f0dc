package com.kpipulse.application.analysis;

import com.kpipulse.domain.analysis.anomaly.Finding;

import java.util.Locale;

/** What an anomaly is, as its id and the API say it: a value far below or above usual, a zero, or no value at all. */
public enum AnomalyKind {
    DROP, SPIKE, ZERO, MISSING;

    public static AnomalyKind of(Finding finding) {
        return switch (finding) {
            case Finding.UnusualValue unusual -> switch (unusual.deviation()) {
                case DROP -> DROP;
                case SPIKE -> SPIKE;
                case ZERO -> ZERO;
            };
            case Finding.MissingDay missing -> MISSING;
        };
    }

    /** As in an id: {@code drop}, {@code spike}, {@code zero}, {@code missing}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
