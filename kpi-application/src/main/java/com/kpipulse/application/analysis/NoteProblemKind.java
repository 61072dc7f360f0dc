package com.kpipulse.application.analysis;

import com.kpipulse.domain.text.MessageKind;

import java.util.Locale;

/** Why a note on a KPI's value is refused: sentences under {@code note.<kind>} in the texts bundle. */
public enum NoteProblemKind implements MessageKind {
    /** {0} the KPI as written. */
    UNKNOWN_KPI,
    DAY_REQUIRED,
    /** {0} the channel as written, {1} the channels of the catalog. */
    UNKNOWN_CHANNEL,
    EMPTY;

    @Override
    public String key() {
        return "note." + name().toLowerCase(Locale.ROOT);
    }
}
