package com.kpipulse.domain.correction.proposal;

import com.kpipulse.domain.correction.budget.ChannelPlan;
import com.kpipulse.domain.correction.budget.Estimate;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One paid channel of a reallocation proposal, as the budget planner answered it ({@link ChannelPlan}) without its
 * curve: the weekly spend now and proposed, what its next unit of spend brings ({@code note}, or why it has no curve)
 * and the expected change of its weekly outcome with the interval.
 */
public record ChannelShift(String channel, BigDecimal spendNow, BigDecimal spendProposed,
                           Optional<Estimate> outcomeChange, boolean atLimit, boolean noCurve, Message note) {

    public ChannelShift {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(spendNow, "spendNow");
        Objects.requireNonNull(spendProposed, "spendProposed");
        Objects.requireNonNull(outcomeChange, "outcomeChange");
        Objects.requireNonNull(note, "note");
    }

    public static ChannelShift of(ChannelPlan plan) {
        return new ChannelShift(plan.channel(), plan.spendNow(), plan.spendProposed(), plan.outcomeChange(),
                plan.atLimit(), plan.noCurve().isPresent(), plan.note());
    }

    /** Whether the proposal moves this channel's spend. */
    public boolean moved() {
        return spendProposed.compareTo(spendNow) != 0;
    }
}
