package com.kpipulse.domain.correction.budget;

import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.correction.budget.BudgetAnswer.Proposal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * With the total free, the proposal is the largest spread (so the most outcome) whose expected CAC or ROMI meets the
 * target, every channel within its limit: a target missed now costs the smallest cut that reaches it; a target met now
 * leaves room to grow; a target out of reach gets the best efficiency the limits allow, and says so. On two channels
 * exactly on their curves ({@link ExactMarket}): 200 000 ₽ a week bring 277 259 ₽ of revenue (ROMI 38.6 %), or 277.3
 * new customers (CAC 721 ₽).
 */
class TheSecondModeReachesACostOrRomiTargetKeepingAsMuchOutcomeAsItCanTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final String NBSP = "\u00A0";

    private final BudgetPlanner planner = new BudgetPlanner(ChannelCatalog.seed());

    @Test
    void aRomiThatMovingMoneyCannotReachIsReachedWithTheSmallestCut() {
        Proposal proposal = revenue(new EfficiencyTarget.MinRomi(new BigDecimal("0.52")));

        TargetVerdict.Reached reached = (TargetVerdict.Reached) proposal.target().orElseThrow();
        assertThat(reached.efficiency().expected().doubleValue()).as("ROMI").isBetween(0.52, 0.525);
        assertThat(proposal.spendProposed()).isLessThan(proposal.spendNow());
        assertThat(trueRomi(proposal)).isCloseTo(reached.efficiency().expected().doubleValue(), within(0.002));
        assertThat(proposal.summary().in(RUSSIAN)).startsWith("Цель «ROMI не ниже 52" + NBSP + "%» достижима: расход ")
                .contains(" в неделю вместо 200" + NBSP + "000" + NBSP + "₽, ожидаемо 52" + NBSP + "% (80" + NBSP
                        + "%: от ");
        assertThat(proposal.moves()).anyMatch(BudgetMove.Cut.class::isInstance);
    }

    @Test
    void aRomiThatMovingMoneyReachesLeavesRoomToGrow() {
        Proposal proposal = revenue(new EfficiencyTarget.MinRomi(new BigDecimal("0.50")));

        TargetVerdict.Reached reached = (TargetVerdict.Reached) proposal.target().orElseThrow();
        assertThat(reached.efficiency().expected().doubleValue()).as("ROMI").isBetween(0.50, 0.505);
        assertThat(proposal.spendProposed()).as("more than now: moving money alone gives ROMI 51.5 %")
                .isGreaterThan(proposal.spendNow());
        assertThat(proposal.channels().getFirst().spendProposed()).as("Yandex Direct at its limit")
                .isEqualByComparingTo("130000");
        assertThat(proposal.channels().get(1).spendProposed()).as("VK Ads gives, but less than it could")
                .isStrictlyBetween(new BigDecimal("70000"), ExactMarket.NOW);
        assertThat(proposal.moves()).hasSize(2);
        assertThat(proposal.moves().getFirst()).isInstanceOfSatisfying(BudgetMove.Transfer.class,
                transfer -> assertThat(transfer.from()).isEqualTo("vk_ads"));
        assertThat(proposal.moves().get(1)).isInstanceOfSatisfying(BudgetMove.Addition.class,
                addition -> assertThat(addition.to()).isEqualTo("yandex_direct"));
    }

    @Test
    void aRomiMetNowLeavesRoomToGrowUpToTheLimits() {
        Proposal proposal = revenue(new EfficiencyTarget.MinRomi(new BigDecimal("0.10")));

        assertThat(proposal.target()).containsInstanceOf(TargetVerdict.Reached.class);
        assertThat(proposal.channels()).extracting(plan -> plan.spendProposed().toPlainString())
                .containsExactly("130000.00", "130000.00");
        assertThat(proposal.moves()).hasSize(2).allMatch(BudgetMove.Addition.class::isInstance);
        assertThat(proposal.moves().getFirst().why().english()).isEqualTo("Add RUB" + NBSP + "30,000 a week to Yandex "
                + "Direct: there the next rouble brings RUB" + NBSP + "1.50 of revenue");
    }

    @Test
    void aRomiOutOfReachGetsTheBestTheLimitsAllow() {
        Proposal proposal = revenue(new EfficiencyTarget.MinRomi(new BigDecimal("2")));

        TargetVerdict.OutOfReach out = (TargetVerdict.OutOfReach) proposal.target().orElseThrow();
        double best = out.best().expected().doubleValue();
        assertThat(best).isBetween(0.5, 2.0);
        assertThat(trueRomi(proposal)).isCloseTo(best, within(0.002));
        assertThat(proposal.channels().get(1).spendProposed()).as("VK Ads, the lower return, at its lower limit")
                .isEqualByComparingTo("70000");
        assertThat(proposal.summary().english()).startsWith("The target of a ROMI of at least 200% is out of reach "
                + "with no channel moved by more than 30%: the best expected is 5");
    }

    @Test
    void aCacTargetForNewCustomersCountsTheChannelsWithoutACurveAsTheyAre() {
        var weeks = new ArrayList<ChannelWeek>();
        for (int w = 0; w < 16; w++) {
            weeks.add(new ChannelWeek(LocalDate.of(2026, 1, 5).plusWeeks(w), new BigDecimal("50000"),
                    new BigDecimal("40")));
        }
        var flat = new ChannelSpending("telegram", new BigDecimal("50000"), weeks);
        BudgetQuestion question = new BudgetQuestion(Outcome.NEW_CUSTOMERS, SimulatedMarket.RUB,
                List.of(ExactMarket.channel("yandex_direct", 300), ExactMarket.channel("vk_ads", 100), flat),
                ShiftLimit.standard(), new ReallocationMode.ReachTarget(new EfficiencyTarget.MaxCost(
                new BigDecimal("740"))));

        Proposal proposal = (Proposal) planner.propose(question);

        TargetVerdict.Reached reached = (TargetVerdict.Reached) proposal.target().orElseThrow();
        double customers = 40 + outcome(proposal, 300, 0) + outcome(proposal, 100, 1);
        assertThat(reached.efficiency().expected().doubleValue()).as("CAC").isBetween(735.0, 740.0)
                .isCloseTo(proposal.spendProposed().doubleValue() / customers, within(1.0));
        assertThat(proposal.channels().get(2).spendProposed()).isEqualByComparingTo("50000");
        assertThat(proposal.summary().in(RUSSIAN)).startsWith("Цель «стоимость привлечения клиента не выше 740" + NBSP
                + "₽» достижима: расход ");
    }

    @Test
    void aTargetMustSuitTheOutcome() {
        assertThatThrownBy(() -> ExactMarket.question(Outcome.REVENUE, new ReallocationMode.ReachTarget(
                new EfficiencyTarget.MaxCost(BigDecimal.TEN)), ExactMarket.channel("vk_ads", 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExactMarket.question(Outcome.ORDERS, new ReallocationMode.ReachTarget(
                new EfficiencyTarget.MinRomi(BigDecimal.ONE)), ExactMarket.channel("vk_ads", 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Proposal revenue(EfficiencyTarget target) {
        return (Proposal) planner.propose(ExactMarket.question(Outcome.REVENUE, new ReallocationMode.ReachTarget(target),
                ExactMarket.channel("yandex_direct", 300_000), ExactMarket.channel("vk_ads", 100_000)));
    }

    /** ROMI on the exact curves at the proposed spend. */
    private static double trueRomi(Proposal proposal) {
        double revenue = outcome(proposal, 300_000, 0) + outcome(proposal, 100_000, 1);
        double spend = proposal.spendProposed().doubleValue();
        return (revenue - spend) / spend;
    }

    private static double outcome(Proposal proposal, double scale, int channel) {
        return scale * Math.log1p(proposal.channels().get(channel).spendProposed().doubleValue() / 100_000);
    }
}
