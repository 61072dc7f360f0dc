package com.kpipulse.domain.correction.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Channels whose weekly outcome lies exactly on a log curve {@code scale · ln(1 + spend / 100 000)}, with spend moving
 * between 60 000 and 140 000 over sixteen weeks and 100 000 spent a week now: every resample fits the same curve, so
 * the figures can be worked out by hand. At 100 000 a channel's next rouble brings {@code scale / 200 000}.
 */
final class ExactMarket {

    static final BigDecimal NOW = new BigDecimal("100000");
    private static final double BEND = 100_000;
    private static final double[] SPENDS = {60_000, 80_000, 100_000, 120_000, 140_000, 90_000, 110_000, 70_000,
            130_000, 100_000, 85_000, 115_000, 75_000, 125_000, 95_000, 105_000};

    private ExactMarket() {
    }

    static ChannelSpending channel(String code, double scale) {
        var weeks = new ArrayList<ChannelWeek>();
        LocalDate week = LocalDate.of(2026, 1, 5);
        for (double spend : SPENDS) {
            weeks.add(new ChannelWeek(week, BigDecimal.valueOf(spend),
                    BigDecimal.valueOf(scale * Math.log1p(spend / BEND)).setScale(2, RoundingMode.HALF_UP)));
            week = week.plusWeeks(1);
        }
        return new ChannelSpending(code, NOW, List.copyOf(weeks));
    }

    static BudgetQuestion question(Outcome outcome, ReallocationMode mode, ChannelSpending... channels) {
        return new BudgetQuestion(outcome, SimulatedMarket.RUB, List.of(channels), ShiftLimit.standard(), mode);
    }
}
