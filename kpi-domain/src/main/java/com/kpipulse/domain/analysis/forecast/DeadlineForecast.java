package com.kpipulse.domain.analysis.forecast;

import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** What a KPI summed over days is likely to total at the goal's deadline, or why that cannot be said. */
public sealed interface DeadlineForecast {

    /**
     * The expected total with its interval, against the target when there is one. Once the deadline's data are in,
     * the total is known: the interval closes on it and the probability is 0 or 1.
     *
     * @param soFar       the total of the goal's days whose data are in
     * @param expected    the expected total at the deadline (the mean of the simulated totals)
     * @param low         the lower end of the interval (the 10th percentile for an 80 % interval)
     * @param high        its upper end
     * @param share       expected, low and high as shares of the target (0.87 = 87 % of the plan), with a target
     * @param probability the chance of meeting the target (reaching it, or for a lower-is-better KPI staying within
     *                    it), with a target
     * @param daysLeft    the goal's days still to come after the last known day
     * @param model       the model the forecast came from; empty once the total is known
     * @param summary     «при текущем темпе 87 % плана (80–93 %) к 31.03.2026; вероятность выполнить — 12 %»
     */
    record Expected(BigDecimal soFar, BigDecimal expected, BigDecimal low, BigDecimal high,
                    Optional<ShareOfPlan> share, Optional<Double> probability, LocalDate deadline, int daysLeft,
                    Optional<ModelSummary> model, Message summary) implements DeadlineForecast {

        public Expected {
            Objects.requireNonNull(soFar, "soFar");
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(low, "low");
            Objects.requireNonNull(high, "high");
            Objects.requireNonNull(share, "share");
            Objects.requireNonNull(probability, "probability");
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(summary, "summary");
            if (low.compareTo(high) > 0) {
                throw new IllegalArgumentException("The interval ends before it starts: " + low + " .. " + high);
            }
        }
    }

    /** Totals as shares of the target: 0.87 is 87 % of the plan. */
    record ShareOfPlan(double expected, double low, double high) {
    }

    /** No forecast: {@code reason} says why in both languages (too little history before the last known day). */
    record NotForecast(Message reason) implements DeadlineForecast {

        public NotForecast {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
