package com.kpipulse.domain.correction.budget;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The efficiency the second mode must reach, over all the question's channels together. Either is a ceiling on spend
 * per unit of outcome, which is what the allocation works with.
 */
public sealed interface EfficiencyTarget {

    /** The most spend one unit of outcome may cost: {@code spend ≤ ceiling × outcome}. */
    double spendPerOutcomeCeiling();

    /** Whether the target suits the outcome (a cost per customer or order for counts, ROMI for revenue). */
    boolean suits(Outcome outcome);

    /**
     * Spend per unit of outcome at most {@code cost}: CAC for new customers, the cost of an order for orders.
     */
    record MaxCost(BigDecimal cost) implements EfficiencyTarget {

        public MaxCost {
            Objects.requireNonNull(cost, "cost");
            if (cost.signum() <= 0) {
                throw new IllegalArgumentException("A cost to stay within is above zero, got " + cost.toPlainString());
            }
        }

        @Override
        public double spendPerOutcomeCeiling() {
            return cost.doubleValue();
        }

        @Override
        public boolean suits(Outcome outcome) {
            return !outcome.money();
        }
    }

    /**
     * ROMI = (revenue − spend) / spend at least {@code romi} (a fraction: 0.5 is 50 %; break-even is 0), for revenue.
     */
    record MinRomi(BigDecimal romi) implements EfficiencyTarget {

        public MinRomi {
            Objects.requireNonNull(romi, "romi");
            if (romi.compareTo(BigDecimal.ONE.negate()) <= 0) {
                throw new IllegalArgumentException("ROMI is above −100 %, got " + romi.toPlainString());
            }
        }

        @Override
        public double spendPerOutcomeCeiling() {
            return 1 / (1 + romi.doubleValue());
        }

        @Override
        public boolean suits(Outcome outcome) {
            return outcome.money();
        }
    }
}
