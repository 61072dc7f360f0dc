package com.kpipulse.domain.cycle;

import com.kpipulse.domain.evaluation.Status;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.measure.Unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * One KPI in a cycle, in total ({@code channel} empty) or for one channel: the actual of the period, how it stands
 * against the goal that sets it a target (target, attainment and status as the scorecards judge it), the actual of
 * the period before and of the same period a year earlier, and what a deviation costs the goal.
 *
 * @param judgement           whether and why (not) the KPI was judged in the period
 * @param goalId              the goal the KPI was judged against, or would be (a period to come, a channel)
 * @param impact              the deviation's cost to the goal; {@link Impact.Unmeasured} when it is no deviation
 * @param offTrackThreeInARow off track in this cycle and the two cycles before it
 * @param why                 why it deviated, as the analysis said it when the cycle ran; empty when it does not
 *                            deviate or could not be analysed
 */
public record CycleFigure(KpiCode kpi, Optional<String> channel, Unit unit, Direction direction,
                          Optional<Currency> currency, Optional<BigDecimal> actual, Judgement judgement,
                          Optional<BigDecimal> target, Optional<BigDecimal> attainment, Optional<Status> status,
                          Optional<String> goalId, Optional<BigDecimal> previous, Optional<BigDecimal> lastYear,
                          Impact impact, boolean offTrackThreeInARow, Optional<CycleCause> why) {

    /** How the KPI stands against the goals: judged, or why not (the scorecard says the same). */
    public enum Judgement {
        JUDGED, UPCOMING, NO_CHANNEL_PLAN, NO_GOAL
    }

    public CycleFigure {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(judgement, "judgement");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(attainment, "attainment");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(lastYear, "lastYear");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(why, "why");
        if (status.isPresent() != (judgement == Judgement.JUDGED)) {
            throw new IllegalArgumentException("A status exactly when judged: " + kpi + " " + judgement + " " + status);
        }
    }

    /** Off track or at risk: a deviation the cycle lists. */
    public boolean deviates() {
        return status.filter(value -> value == Status.OFF_TRACK || value == Status.AT_RISK).isPresent();
    }

    public boolean offTrack() {
        return status.filter(value -> value == Status.OFF_TRACK).isPresent();
    }

    /** The same KPI in the same scope (total or one channel) in another cycle. */
    public boolean sameSeriesAs(CycleFigure other) {
        return kpi.equals(other.kpi) && channel.equals(other.channel);
    }

    public CycleFigure withOffTrackThreeInARow(boolean flag) {
        return new CycleFigure(kpi, channel, unit, direction, currency, actual, judgement, target, attainment, status,
                goalId, previous, lastYear, impact, flag, why);
    }

    public CycleFigure withWhy(Optional<CycleCause> cause) {
        return new CycleFigure(kpi, channel, unit, direction, currency, actual, judgement, target, attainment, status,
                goalId, previous, lastYear, impact, offTrackThreeInARow, cause);
    }

    /** The change against the period before. */
    public Optional<Change> changeAgainstPrevious() {
        return Change.between(unit, previous, actual);
    }

    /** The change against the same period a year earlier. */
    public Optional<Change> changeAgainstLastYear() {
        return Change.between(unit, lastYear, actual);
    }

    /**
     * A change of a figure: for a percentage the difference in percentage points ({@code inPoints}), for anything
     * else relative to the earlier figure (0.05: 5 % more). No change can be said from an earlier zero.
     */
    public record Change(BigDecimal value, boolean inPoints) {

        static Optional<Change> between(Unit unit, Optional<BigDecimal> before, Optional<BigDecimal> now) {
            if (before.isEmpty() || now.isEmpty()) {
                return Optional.empty();
            }
            BigDecimal difference = now.get().subtract(before.get());
            if (unit == Unit.PERCENT) {
                return Optional.of(new Change(difference, true));
            }
            if (before.get().signum() == 0) {
                return Optional.empty();
            }
            return Optional.of(new Change(difference.divide(before.get().abs(), MathContext.DECIMAL64), false));
        }
    }
}
