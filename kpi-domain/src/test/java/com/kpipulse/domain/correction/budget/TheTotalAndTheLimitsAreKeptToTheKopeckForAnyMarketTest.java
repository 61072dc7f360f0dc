package com.kpipulse.domain.correction.budget;

import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.correction.budget.BudgetAnswer.Proposal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For any market, limit and kopecks in the current spend: at the same total the proposed spends add up to the current
 * total to the kopeck; every channel stays within its limit of its current spend; a channel without a curve keeps its
 * spend to the kopeck and no money moves to or from it; and the moves add up to each channel's change. The same
 * limits hold when the total is free (a ROMI target).
 */
class TheTotalAndTheLimitsAreKeptToTheKopeckForAnyMarketTest {

    private static final BudgetRules QUICK = new BudgetRules(12, 52, 0.10, 0.8, 60, 1);

    private final BudgetPlanner planner = new BudgetPlanner(QUICK, ChannelCatalog.seed());

    @Property(tries = 40)
    void theSameTotalIsKeptToTheKopeckWithinTheLimits(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                       @ForAll @IntRange(min = 5, max = 100) int limitPercent,
                                                       @ForAll @IntRange(min = 0, max = 99) int kopecks,
                                                       @ForAll @IntRange(min = -1, max = 5) int flatChannel) {
        SimulatedMarket.Market market = market(seed, kopecks, flatChannel);
        ShiftLimit limit = new ShiftLimit(BigDecimal.valueOf(limitPercent, 2));

        BudgetAnswer answer = planner.propose(new BudgetQuestion(Outcome.REVENUE, SimulatedMarket.RUB,
                market.channels(), limit, new ReallocationMode.KeepTotal()));

        Proposal proposal = (Proposal) answer;
        assertThat(proposal.channels().stream().map(ChannelPlan::spendProposed).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(proposal.spendNow())
                .isEqualByComparingTo(market.currentSpend().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        assertKeptWithin(proposal, limit);
    }

    @Property(tries = 20)
    void aFreeTotalKeepsEveryChannelWithinItsLimitToo(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                      @ForAll @IntRange(min = 0, max = 99) int kopecks,
                                                      @ForAll @IntRange(min = -1, max = 5) int flatChannel,
                                                      @ForAll @DoubleRange(min = 0, max = 3) double romi) {
        SimulatedMarket.Market market = market(seed, kopecks, flatChannel);
        var target = new EfficiencyTarget.MinRomi(BigDecimal.valueOf(romi).setScale(2, RoundingMode.HALF_UP));

        Proposal proposal = (Proposal) planner.propose(market.question(new ReallocationMode.ReachTarget(target)));

        assertKeptWithin(proposal, ShiftLimit.standard());
        assertThat(proposal.target()).isPresent();
    }

    /** A drawn market, the first channel spending some kopecks now, and one channel (or none) with a flat history. */
    private static SimulatedMarket.Market market(long seed, int kopecks, int flatChannel) {
        SimulatedMarket.Market market = SimulatedMarket.draw(seed, SimulatedMarket.Conditions.usual());
        market = market.spendingNow(0, market.currentSpend().getFirst().add(BigDecimal.valueOf(kopecks, 2)));
        return flatChannel >= 0 && flatChannel < market.channels().size() ? market.flattened(flatChannel) : market;
    }

    private static void assertKeptWithin(Proposal proposal, ShiftLimit limit) {
        Map<String, BigDecimal> moved = new HashMap<>();
        for (BudgetMove move : proposal.moves()) {
            assertThat(move.amount().stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
            switch (move) {
                case BudgetMove.Transfer transfer -> {
                    moved.merge(transfer.from(), transfer.amount().negate(), BigDecimal::add);
                    moved.merge(transfer.to(), transfer.amount(), BigDecimal::add);
                }
                case BudgetMove.Cut cut -> moved.merge(cut.from(), cut.amount().negate(), BigDecimal::add);
                case BudgetMove.Addition addition -> moved.merge(addition.to(), addition.amount(), BigDecimal::add);
            }
        }
        for (ChannelPlan plan : proposal.channels()) {
            BigDecimal now = plan.spendNow();
            assertThat(plan.spendProposed())
                    .as("%s within %s of %s", plan.channel(), limit.maxShare(), now)
                    .isBetween(now.multiply(BigDecimal.ONE.subtract(limit.maxShare())),
                            now.multiply(BigDecimal.ONE.add(limit.maxShare())));
            assertThat(plan.spendProposed().stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
            assertThat(moved.getOrDefault(plan.channel(), BigDecimal.ZERO)).as("moves of %s", plan.channel())
                    .isEqualByComparingTo(plan.change());
            if (plan.curve().isEmpty()) {
                assertThat(plan.spendProposed()).isEqualByComparingTo(now);
                assertThat(moved).doesNotContainKey(plan.channel());
            }
        }
        assertThat(proposal.spendProposed()).isEqualByComparingTo(proposal.channels().stream()
                .map(ChannelPlan::spendProposed).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(List.of(proposal.outcomeChange())).allMatch(change -> change.low().compareTo(change.high()) <= 0);
    }
}
