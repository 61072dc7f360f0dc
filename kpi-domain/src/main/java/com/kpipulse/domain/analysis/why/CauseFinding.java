package com.kpipulse.domain.analysis.why;

import java.util.List;
import java.util.Objects;

/**
 * A cause that fits the figures, with what it accounts for and the facts the evidence says.
 */
public sealed interface CauseFinding {

    Cause cause();

    /** The share of the deviation this cause accounts for, 0 to 1. */
    double share();

    /** One or two channels explain most of the change. */
    record ChannelFinding(double share, List<String> channels) implements CauseFinding {
        public ChannelFinding {
            channels = List.copyOf(channels);
        }

        @Override
        public Cause cause() {
            return Cause.CHANNEL;
        }
    }

    /** Spend moved while efficiency stayed; {@code driver} is the volume or spend driver that carried the change. */
    record BudgetFinding(double share, String spend, Move spendMove, String driver) implements CauseFinding {
        public BudgetFinding {
            Objects.requireNonNull(spend, "spend");
            Objects.requireNonNull(spendMove, "spendMove");
            Objects.requireNonNull(driver, "driver");
        }

        @Override
        public Cause cause() {
            return Cause.BUDGET;
        }
    }

    /** An efficiency driver moved beyond noise overall and the same way in most channels. */
    record StrategyFinding(double share, String driver, Move move, int channelsMoved, int channelsChecked)
            implements CauseFinding {
        public StrategyFinding {
            Objects.requireNonNull(driver, "driver");
            Objects.requireNonNull(move, "move");
        }

        @Override
        public Cause cause() {
            return Cause.STRATEGY;
        }
    }

    /** Inputs flagged incomplete or anomalous; {@code channels} empty: the whole period. */
    record DataFinding(double share, List<String> channels) implements CauseFinding {
        public DataFinding {
            channels = List.copyOf(channels);
        }

        @Override
        public Cause cause() {
            return Cause.DATA;
        }
    }

    /** The same periods a year earlier moved the same way ({@code lastYear}, measured against this year's noise). */
    record SeasonFinding(double share, Move lastYear) implements CauseFinding {
        public SeasonFinding {
            Objects.requireNonNull(lastYear, "lastYear");
        }

        @Override
        public Cause cause() {
            return Cause.SEASON;
        }
    }

    /** The KPI moved no more than it usually does. */
    record WithinNoise(Move kpi) implements CauseFinding {
        public WithinNoise {
            Objects.requireNonNull(kpi, "kpi");
        }

        @Override
        public Cause cause() {
            return Cause.NONE;
        }

        @Override
        public double share() {
            return 1;
        }
    }

    /** Beyond noise (or noise unknown) and nothing above accounts for a third of it. */
    record Unexplained() implements CauseFinding {
        @Override
        public Cause cause() {
            return Cause.UNEXPLAINED;
        }

        @Override
        public double share() {
            return 0;
        }
    }
}
