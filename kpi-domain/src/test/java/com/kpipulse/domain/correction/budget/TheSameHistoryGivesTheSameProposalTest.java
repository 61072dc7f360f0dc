package com.kpipulse.domain.correction.budget;

import com.kpipulse.domain.channel.ChannelCatalog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bootstrap is seeded by the rules and each channel's code, so the same history gives the same proposal, to the
 * kopeck and the word, whatever order the channels come in.
 */
class TheSameHistoryGivesTheSameProposalTest {

    @Test
    void askingTwiceOrInAnotherOrderGivesTheSameFigures() {
        SimulatedMarket.Market market = SimulatedMarket.draw(11, SimulatedMarket.Conditions.usual());
        var planner = new BudgetPlanner(ChannelCatalog.seed());
        var reversed = new ArrayList<>(market.channels());
        Collections.reverse(reversed);

        var first = (BudgetAnswer.Proposal) planner.propose(market.question(new ReallocationMode.KeepTotal()));
        var again = (BudgetAnswer.Proposal) planner.propose(market.question(new ReallocationMode.KeepTotal()));
        var turned = (BudgetAnswer.Proposal) planner.propose(new BudgetQuestion(Outcome.REVENUE, SimulatedMarket.RUB,
                reversed, ShiftLimit.standard(), new ReallocationMode.KeepTotal()));

        assertThat(again).isEqualTo(first);
        assertThat(turned.outcomeChange()).isEqualTo(first.outcomeChange());
        assertThat(turned.channels()).containsExactlyInAnyOrderElementsOf(first.channels());
    }
}
