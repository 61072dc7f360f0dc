package com.kpipulse.domain.analysis.anomaly;

/** Why a series was not judged: said as data, so a page can show which series nobody watches yet. */
public enum NotJudgedReason {
    /** Too few days with data in the window before the day (a new source, a new channel). */
    TOO_LITTLE_HISTORY,
    /** Zero on too many days: there is no usual level to compare with (a paused campaign, a rare event). */
    MOSTLY_ZEROS,
    /** Values below zero, which a check on a ratio scale cannot read. */
    NEGATIVE_VALUES
}
