package com.kpipulse.domain.correction.proposal;

import com.kpipulse.domain.correction.budget.BudgetAnswer;
import com.kpipulse.domain.correction.budget.BudgetMove;
import com.kpipulse.domain.correction.budget.Estimate;
import com.kpipulse.domain.correction.budget.Outcome;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A budget reallocation kept with its proposal as the planner answered it when the cycle ran: each channel's weekly
 * spend now and proposed, the moves in words, the total spend and the expected change of the weekly outcome with its
 * interval. The curves are not kept: they are the budget page's to draw for today's data.
 */
public record ReallocationPlan(Outcome outcome, Currency currency, List<ChannelShift> channels, List<Message> moves,
                               BigDecimal spendNow, BigDecimal spendProposed, Estimate outcomeChange) {

    public ReallocationPlan {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(spendNow, "spendNow");
        Objects.requireNonNull(spendProposed, "spendProposed");
        Objects.requireNonNull(outcomeChange, "outcomeChange");
        channels = List.copyOf(channels);
        moves = List.copyOf(moves);
    }

    public static ReallocationPlan of(Outcome outcome, Currency currency, BudgetAnswer.Proposal proposal) {
        return new ReallocationPlan(outcome, currency, proposal.channels().stream().map(ChannelShift::of).toList(),
                proposal.moves().stream().map(BudgetMove::why).toList(), proposal.spendNow(),
                proposal.spendProposed(), proposal.outcomeChange());
    }

    /** The channels whose spend the plan moves, in the planner's order. */
    public List<String> movedChannels() {
        return channels.stream().filter(ChannelShift::moved).map(ChannelShift::channel).toList();
    }
}
