package com.kpipulse.domain.correction.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One week of one channel: what was spent on it and what it brought in the goal's KPI (revenue, orders or new
 * customers attributed to the channel).
 *
 * @param weekStart the first day of the week
 * @param spend     the channel's spend that week, in the question's currency
 * @param outcome   the KPI's value attributed to the channel that week
 */
public record ChannelWeek(LocalDate weekStart, BigDecimal spend, BigDecimal outcome) {

    public ChannelWeek {
        Objects.requireNonNull(weekStart, "weekStart");
        Objects.requireNonNull(spend, "spend");
        Objects.requireNonNull(outcome, "outcome");
        if (spend.signum() < 0 || outcome.signum() < 0) {
            throw new IllegalArgumentException("Spend and outcome of the week of " + weekStart
                    + " are never negative, got " + spend.toPlainString() + " and " + outcome.toPlainString());
        }
    }
}
