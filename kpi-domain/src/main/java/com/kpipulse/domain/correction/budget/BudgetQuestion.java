package com.kpipulse.domain.correction.budget;

import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * How should the weekly budget be spread over the channels: the goal's outcome, each channel's spend now and its
 * history, how far a channel may move, and what to optimise.
 *
 * @param currency the currency of every spend (and of the outcome when it is revenue); current spends are given in its
 *                 minor units at most, as the proposal is
 */
public record BudgetQuestion(Outcome outcome, Currency currency, List<ChannelSpending> channels, ShiftLimit limit,
                             ReallocationMode mode) {

    public BudgetQuestion {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(mode, "mode");
        channels = List.copyOf(channels);
        var codes = new HashSet<String>();
        for (ChannelSpending channel : channels) {
            if (!codes.add(channel.channel())) {
                throw new IllegalArgumentException("Channel «" + channel.channel() + "» is in the question twice");
            }
            if (channel.currentSpend().stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
                throw new IllegalArgumentException("The current spend of " + channel.channel() + " is finer than "
                        + currency + " counts: " + channel.currentSpend().toPlainString());
            }
        }
        if (mode instanceof ReallocationMode.ReachTarget(EfficiencyTarget target) && !target.suits(outcome)) {
            throw new IllegalArgumentException(target + " is no target for " + outcome
                    + ": a cost per unit for orders and new customers, ROMI for revenue");
        }
    }
}
