package com.kpipulse.domain.correction.budget;

import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One channel in the proposal.
 *
 * @param spendNow       the weekly spend now
 * @param spendProposed  the weekly spend proposed: the same as now for a channel without a curve
 * @param curve          the channel's response curve, or empty with {@code noCurve} saying why
 * @param marginalNow    outcome per unit of spend of the next unit at the current spend (roubles per rouble, orders per
 *                       rouble), with its interval
 * @param outcomeChange  the expected change of the channel's weekly outcome, with its interval
 * @param atLimit        whether the proposed spend is at the channel's shift limit (it would go further without it)
 * @param note           what a person reads about the channel: its marginal return, or why it has no curve
 */
public record ChannelPlan(String channel, BigDecimal spendNow, BigDecimal spendProposed,
                          Optional<ResponseCurve> curve, Optional<Estimate> marginalNow,
                          Optional<Estimate> outcomeChange, Optional<NoCurveReason> noCurve, boolean atLimit,
                          Message note) {

    public ChannelPlan {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(spendNow, "spendNow");
        Objects.requireNonNull(spendProposed, "spendProposed");
        Objects.requireNonNull(curve, "curve");
        Objects.requireNonNull(marginalNow, "marginalNow");
        Objects.requireNonNull(outcomeChange, "outcomeChange");
        Objects.requireNonNull(noCurve, "noCurve");
        Objects.requireNonNull(note, "note");
        if (curve.isPresent() == noCurve.isPresent()) {
            throw new IllegalArgumentException(channel + " has a curve or a reason why not, never both or neither");
        }
        if (curve.isEmpty() && spendProposed.compareTo(spendNow) != 0) {
            throw new IllegalArgumentException(channel + " has no curve: its spend is not to be moved");
        }
    }

    /** Proposed minus now. */
    public BigDecimal change() {
        return spendProposed.subtract(spendNow);
    }
}
