package com.kpipulse.domain.correction.budget;

import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.correction.budget.BudgetAnswer.Proposal;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Two channels exactly on their curves ({@link ExactMarket}): in Yandex Direct the next rouble brings 1.50 ₽, in VK
 * Ads 0.50 ₽. At the same total the proposal moves the 30 % limit from VK Ads to Yandex Direct, and says so, with the
 * marginal returns it goes by, in Russian and in English: «следующий рубль в Яндекс Директ приносит 2,1 ₽, в VK
 * Рекламе — 0,8 ₽».
 */
class TheNextRoubleAndEachMoveAreSaidWithTheirFiguresTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final String NBSP = "\u00A0";

    private final Proposal proposal = (Proposal) new BudgetPlanner(ChannelCatalog.seed()).propose(
            ExactMarket.question(Outcome.REVENUE, new ReallocationMode.KeepTotal(),
                    ExactMarket.channel("yandex_direct", 300_000), ExactMarket.channel("vk_ads", 100_000)));

    @Test
    void eachChannelSaysWhatItsNextRoubleBrings() {
        ChannelPlan direct = proposal.channels().getFirst();

        assertThat(direct.marginalNow().orElseThrow().expected().doubleValue()).isCloseTo(1.5, within(0.001));
        assertThat(direct.note().in(RUSSIAN)).isEqualTo("В «Яндекс Директ» следующий рубль приносит 1,50" + NBSP
                + "₽ выручки (80" + NBSP + "%: от 1,50" + NBSP + "₽ до 1,50" + NBSP + "₽)");
        assertThat(direct.note().english()).isEqualTo("In Yandex Direct, the next rouble brings RUB" + NBSP
                + "1.50 of revenue (80%: RUB" + NBSP + "1.50 to RUB" + NBSP + "1.50)");
        assertThat(proposal.channels().get(1).note().english()).contains("RUB" + NBSP + "0.50 of revenue");
    }

    @Test
    void theLimitMovesFromTheLowestReturnToTheHighestAndSaysWhy() {
        assertThat(proposal.channels()).extracting(plan -> plan.spendProposed().toPlainString())
                .containsExactly("130000.00", "70000.00");
        assertThat(proposal.channels()).allMatch(ChannelPlan::atLimit);
        assertThat(proposal.moves()).singleElement().isInstanceOfSatisfying(BudgetMove.Transfer.class, move -> {
            assertThat(move.from()).isEqualTo("vk_ads");
            assertThat(move.to()).isEqualTo("yandex_direct");
            assertThat(move.amount()).isEqualByComparingTo("30000");
            assertThat(move.why().in(RUSSIAN)).isEqualTo("Перенести 30" + NBSP + "000" + NBSP + "₽ в неделю из «VK "
                    + "Реклама» в «Яндекс Директ»: там следующий рубль приносит 1,50" + NBSP + "₽ выручки, а в «VK "
                    + "Реклама» следующий рубль приносит 0,50" + NBSP + "₽ выручки");
            assertThat(move.why().english()).isEqualTo("Move RUB" + NBSP + "30,000 a week from VK Ads to Yandex "
                    + "Direct: there the next rouble brings RUB" + NBSP + "1.50 of revenue; in VK Ads the next "
                    + "rouble brings RUB" + NBSP + "0.50 of revenue");
        });
    }

    @Test
    void theExpectedEffectIsWhatTheCurvesGiveAtTheNewSpend() {
        double direct = 300_000 * (Math.log(2.3) - Math.log(2));
        double vk = 100_000 * (Math.log(1.7) - Math.log(2));

        assertThat(proposal.outcomeChange().expected().doubleValue()).isCloseTo(direct + vk, within(5.0));
        assertThat(proposal.channels().getFirst().outcomeChange().orElseThrow().expected().doubleValue())
                .isCloseTo(direct, within(5.0));
        assertThat(proposal.spendProposed()).isEqualByComparingTo(proposal.spendNow());
        assertThat(proposal.summary().in(RUSSIAN)).startsWith("При том же бюджете 200" + NBSP + "000" + NBSP
                + "₽ в неделю перераспределение меняет выручку на +25" + NBSP + "67");
        assertThat(proposal.summary().english()).startsWith("At the same budget of RUB" + NBSP + "200,000 a week "
                + "the reallocation changes revenue by +RUB" + NBSP + "25,67");
    }

    @Test
    void forOrdersTheNextOrderIsSaidAsWhatItCosts() {
        Proposal orders = (Proposal) new BudgetPlanner(ChannelCatalog.seed()).propose(ExactMarket.question(
                Outcome.ORDERS, new ReallocationMode.KeepTotal(), ExactMarket.channel("yandex_direct", 300),
                ExactMarket.channel("vk_ads", 100)));

        assertThat(orders.channels().getFirst().note().in(RUSSIAN))
                .startsWith("В «Яндекс Директ» ещё один заказ обходится в 667" + NBSP + "₽");
        assertThat(orders.moves().getFirst().why().english()).isEqualTo("Move RUB" + NBSP + "30,000 a week from VK "
                + "Ads to Yandex Direct: there one more order costs RUB" + NBSP + "667; in VK Ads one more order "
                + "costs RUB" + NBSP + "2,000");
    }
}
