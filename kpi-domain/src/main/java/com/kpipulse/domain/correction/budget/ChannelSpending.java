package com.kpipulse.domain.correction.budget;

import com.kpipulse.domain.channel.Channel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A channel as the reallocation sees it: what it spends a week now, and its weekly history of spend and outcome.
 *
 * @param channel      the channel's code ({@link Channel#CODE_FORM})
 * @param currentSpend the weekly spend now, the starting point of the proposal, in the currency's minor units at most
 *                     (kopecks), so that the proposal can keep the total exactly
 * @param history      the channel's weeks, oldest first; each week once
 */
public record ChannelSpending(String channel, BigDecimal currentSpend, List<ChannelWeek> history) {

    public ChannelSpending {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(currentSpend, "currentSpend");
        if (!Channel.isCode(channel)) {
            throw new IllegalArgumentException("Channel «" + channel + "» must be lower_snake_case, e.g. yandex_direct");
        }
        if (currentSpend.signum() < 0) {
            throw new IllegalArgumentException("The current spend of " + channel + " is negative: "
                    + currentSpend.toPlainString());
        }
        history = history.stream().sorted(Comparator.comparing(ChannelWeek::weekStart)).toList();
        var weeks = new HashSet<LocalDate>();
        for (ChannelWeek week : history) {
            if (!weeks.add(week.weekStart())) {
                throw new IllegalArgumentException("The week of " + week.weekStart() + " is twice in the history of "
                        + channel);
            }
        }
    }
}
