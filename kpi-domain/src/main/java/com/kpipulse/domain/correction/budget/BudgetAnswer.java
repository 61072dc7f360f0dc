package com.kpipulse.domain.correction.budget;

import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The answer to "how should the weekly budget be spread": a proposal, or why there is none. */
public sealed interface BudgetAnswer {

    /**
     * @param channels      every channel of the question, in its order
     * @param moves         the proposal as steps, lowest marginal return giving first to the highest
     * @param spendNow      the weekly spend of all channels now
     * @param spendProposed the weekly spend of all channels proposed: the same to the kopeck when the total is kept
     * @param outcomeChange the expected change of the weekly outcome of all channels, with its interval
     * @param target        how the proposal stands against the target, in the second mode
     * @param summary       the proposal in one sentence
     * @param notes         what else a person should know: the channels left as they are, and why
     */
    record Proposal(List<ChannelPlan> channels, List<BudgetMove> moves, BigDecimal spendNow, BigDecimal spendProposed,
                    Estimate outcomeChange, Optional<TargetVerdict> target, Message summary, List<Message> notes)
            implements BudgetAnswer {

        public Proposal {
            channels = List.copyOf(channels);
            moves = List.copyOf(moves);
            notes = List.copyOf(notes);
            Objects.requireNonNull(spendNow, "spendNow");
            Objects.requireNonNull(spendProposed, "spendProposed");
            Objects.requireNonNull(outcomeChange, "outcomeChange");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(summary, "summary");
        }
    }

    /**
     * No proposal: too few channels have a curve to move money between.
     *
     * @param noCurves each channel without a curve, and why
     * @param reason   as a person reads it, the channels' reasons included
     */
    record Declined(List<CurveVerdict.NoCurve> noCurves, Message reason) implements BudgetAnswer {

        public Declined {
            noCurves = List.copyOf(noCurves);
            Objects.requireNonNull(reason, "reason");
        }
    }
}
