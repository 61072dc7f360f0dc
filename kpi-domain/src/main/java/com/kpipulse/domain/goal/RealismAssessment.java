package com.kpipulse.domain.goal;

import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How a whole target compares with what the KPI's history makes plausible over the same horizon: the target against
 * the current pace (the last stretch of history as long as the goal), and the change that needs against the changes
 * the KPI made between any two consecutive stretches of that length in the past.
 *
 * @param relative          whether changes are growth rates (0.25 = +25 % from one stretch to the next) rather than
 *                          absolute differences (used when the KPI can be zero or negative)
 * @param seasonal          whether the target was judged against the same periods a year earlier (the history holds
 *                          them), with year-on-year changes, rather than against the latest stretch
 * @param currentPace       for a total, what the goal's days give at the pace of the latest stretch; for a level, its
 *                          average over the latest stretch; with a season, adjusted for it (the same periods last
 *                          year, changed as much as the latest stretch changed on a year earlier)
 * @param target            the target as a figure: the total to reach, or the level
 * @param lastYear          with a season, the same periods a year before the goal (a total or the level)
 * @param horizon           the goal's length in periods of the history's grain
 * @param stretch           the length of the stretches compared, in those periods: the horizon, or shorter when the
 *                          history is too short for enough stretches of the goal's length
 * @param neededChange      the change the target needs over one {@code stretch} (growth rate or difference), or with a
 *                          season on the same periods a year earlier
 * @param timesAchieved     how many past changes were at least as good as needed (in the KPI's direction)
 * @param changesObserved   how many past changes there were
 * @param bestChange        the best of them in the KPI's direction (0 when none)
 */
public record RealismAssessment(Verdict verdict, Grain grain, boolean relative, boolean seasonal,
                                BigDecimal currentPace, BigDecimal target, Optional<BigDecimal> lastYear, int horizon,
                                int stretch, double neededChange, int timesAchieved, int changesObserved,
                                double bestChange, Message explanation) {

    public enum Verdict {
        /** The current pace already reaches the target: nothing to achieve. */
        TOO_EASY,
        /** At least half of the past changes over the same horizon were as good: in line with history. */
        TYPICAL,
        /** Reached before, but in less than half of the past stretches. */
        AMBITIOUS_BUT_SEEN_BEFORE,
        /** Never reached over a stretch of that length in the history given. */
        NEVER_ACHIEVED,
        /** Too little history to judge. */
        NOT_ENOUGH_HISTORY
    }

    public RealismAssessment {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(grain, "grain");
        Objects.requireNonNull(currentPace, "currentPace");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(lastYear, "lastYear");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** How many times the current pace the target is (a total or a level); 0 when the pace is not positive. */
    public double timesCurrentPace() {
        return currentPace.signum() > 0 ? target.doubleValue() / currentPace.doubleValue() : 0;
    }
}
