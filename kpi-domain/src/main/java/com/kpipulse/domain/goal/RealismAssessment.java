package com.kpipulse.domain.goal;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.period.Grain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How the change a target implies per period compares with the changes the KPI has actually made.
 * When {@code relative}, changes are growth rates (0.047 = +4.7 % per period), otherwise absolute
 * differences per period (used when the KPI can be zero or negative).
 */
public record RealismAssessment(Verdict verdict, Grain grain, boolean relative, BigDecimal currentLevel,
                                BigDecimal targetLevel, int periodsToDeadline, double impliedChange,
                                int timesAchieved, int changesObserved, double bestChange, LocalizedText explanation) {

    public enum Verdict {
        /** At least half of the past changes were as good: in line with history. */
        TYPICAL,
        /** Reached before, but in less than half of the past periods. */
        AMBITIOUS_BUT_SEEN_BEFORE,
        /** Never reached in the history given. */
        NEVER_ACHIEVED,
        /** Too little history to judge. */
        NOT_ENOUGH_HISTORY
    }

    public RealismAssessment {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(grain, "grain");
        Objects.requireNonNull(explanation, "explanation");
    }
}
