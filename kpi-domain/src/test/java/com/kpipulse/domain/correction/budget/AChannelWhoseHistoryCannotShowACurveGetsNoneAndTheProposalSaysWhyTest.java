package com.kpipulse.domain.correction.budget;

import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.correction.budget.BudgetAnswer.Declined;
import com.kpipulse.domain.correction.budget.BudgetAnswer.Proposal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A curve needs at least twelve weeks with spend, a spend that moved (a coefficient of variation of 10 % or more),
 * and an outcome in at least half of those weeks. A channel short of that gets no curve and keeps its spend, and the
 * proposal says why; when fewer than two channels are left to move money between, there is no proposal, and the
 * answer says why instead of guessing.
 */
class AChannelWhoseHistoryCannotShowACurveGetsNoneAndTheProposalSaysWhyTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final ReallocationMode SAME_TOTAL = new ReallocationMode.KeepTotal();

    private final BudgetPlanner planner = new BudgetPlanner(ChannelCatalog.seed());

    @Test
    void withEightWeeksOfHistoryThereIsNoProposalAndEachChannelSaysItNeedsTwelve() {
        SimulatedMarket.Market market = SimulatedMarket.draw(7, new SimulatedMarket.Conditions(8, 0.25, 0.15));

        Declined declined = (Declined) planner.propose(market.question(SAME_TOTAL));

        assertThat(declined.noCurves()).hasSize(market.channels().size())
                .allMatch(none -> none.reason() == NoCurveReason.TOO_FEW_WEEKS);
        assertThat(declined.reason().in(RUSSIAN)).startsWith("Перераспределение не предложено: кривая отклика есть "
                + "у 0 из " + market.channels().size() + " каналов, а нужно хотя бы 2. «Яндекс Директ»: кривой "
                + "отклика нет — расходы есть лишь за 8 нед., а нужно хотя бы 12; «VK Реклама»: ");
        assertThat(declined.reason().english()).startsWith("No reallocation proposed: 0 of "
                + market.channels().size() + " channels have a response curve, at least 2 are needed. Yandex Direct: "
                + "no response curve, it has spend in only 8 weeks and needs at least 12");
    }

    @Test
    void withASpendThatHardlyMovedThereIsNoProposalAndTheChannelsSaySo() {
        SimulatedMarket.Market market = SimulatedMarket.draw(7, new SimulatedMarket.Conditions(26, 0.03, 0.15));

        Declined declined = (Declined) planner.propose(market.question(SAME_TOTAL));

        assertThat(declined.noCurves()).allMatch(none -> none.reason() == NoCurveReason.TOO_LITTLE_VARIATION);
        assertThat(declined.noCurves().getFirst().message().in(RUSSIAN)).matches("«Яндекс Директ»: кривой отклика "
                + "нет — недельный расход почти не менялся \\(разброс [1-4]\u00A0%, нужно хотя бы 10\u00A0%\\), и по "
                + "истории не отличить действие расхода от обычных колебаний");
    }

    @Test
    void aFlatChannelAmongOthersKeepsItsSpendAndNoMoneyGoesToOrFromIt() {
        SimulatedMarket.Market market = SimulatedMarket.draw(3, SimulatedMarket.Conditions.usual()).flattened(0);

        Proposal proposal = (Proposal) planner.propose(market.question(SAME_TOTAL));

        ChannelPlan flat = proposal.channels().getFirst();
        assertThat(flat.noCurve()).contains(NoCurveReason.TOO_LITTLE_VARIATION);
        assertThat(flat.curve()).isEmpty();
        assertThat(flat.spendProposed()).isEqualByComparingTo(flat.spendNow());
        assertThat(proposal.notes()).containsExactly(flat.note());
        assertThat(proposal.moves()).isNotEmpty().noneMatch(move -> move instanceof BudgetMove.Transfer transfer
                && (transfer.from().equals(flat.channel()) || transfer.to().equals(flat.channel())));
    }

    @Test
    void whenOnlyOneChannelHasACurveThereIsNothingToMoveBetweenAndNoProposal() {
        SimulatedMarket.Market market = SimulatedMarket.draw(4, SimulatedMarket.Conditions.usual());
        for (int i = 1; i < market.channels().size(); i++) {
            market = market.flattened(i);
        }

        Declined declined = (Declined) planner.propose(market.question(SAME_TOTAL));

        assertThat(declined.noCurves()).hasSize(market.channels().size() - 1);
        assertThat(declined.reason().english()).startsWith("No reallocation proposed: 1 of ");
    }

    @Test
    void aChannelThatRarelyBroughtAnythingGetsNoCurve() {
        var weeks = new ArrayList<ChannelWeek>();
        for (int w = 0; w < 20; w++) {
            weeks.add(new ChannelWeek(LocalDate.of(2026, 1, 5).plusWeeks(w), BigDecimal.valueOf(10_000 + 1_000 * (w % 7)),
                    BigDecimal.valueOf(w % 4 == 0 ? 1 : 0)));
        }
        var rare = new ChannelSpending("telegram", new BigDecimal("12000"), weeks);
        BudgetQuestion question = new BudgetQuestion(Outcome.NEW_CUSTOMERS, SimulatedMarket.RUB,
                List.of(rare, ExactMarket.channel("yandex_direct", 300), ExactMarket.channel("vk_ads", 100)),
                ShiftLimit.standard(), SAME_TOTAL);

        Proposal proposal = (Proposal) planner.propose(question);

        assertThat(proposal.channels().getFirst().noCurve()).contains(NoCurveReason.TOO_LITTLE_OUTCOME);
        assertThat(proposal.notes().getFirst().english())
                .isEqualTo("Telegram: no response curve, only 5 of its 20 weeks with spend brought any outcome");
    }

    @Test
    void weeksWithoutSpendAreLeftOutOfTheCurveAndOfTheWeeksCounted() {
        ChannelSpending full = ExactMarket.channel("vk_ads", 100_000);
        List<ChannelWeek> paused = new ArrayList<>(full.history().subList(0, 11));
        paused.add(new ChannelWeek(LocalDate.of(2025, 12, 1), BigDecimal.ZERO, BigDecimal.ZERO));
        BudgetQuestion question = ExactMarket.question(Outcome.REVENUE, SAME_TOTAL,
                ExactMarket.channel("yandex_direct", 300_000), new ChannelSpending("vk_ads", ExactMarket.NOW, paused));

        Declined declined = (Declined) planner.propose(question);

        assertThat(declined.noCurves()).singleElement().satisfies(none -> {
            assertThat(none.reason()).isEqualTo(NoCurveReason.TOO_FEW_WEEKS);
            assertThat(none.message().english()).contains("spend in only 11 weeks");
        });
    }
}
