package com.kpipulse.domain.correction.budget;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What cannot be is refused when it is built, not found out halfway through a proposal: a shift limit outside
 * (0, 1], negative spend or outcome, a week twice, a channel twice, a current spend finer than kopecks, a target of
 * nothing. (Too little history is no error: it is an answer, {@link NoCurveReason}.)
 */
class ABudgetQuestionRefusesFiguresThatCannotBeTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Test
    void aShiftLimitIsAShareAboveZeroAndAtMostOne() {
        assertThat(ShiftLimit.standard().maxShare()).isEqualByComparingTo("0.3");
        assertThat(new ShiftLimit(BigDecimal.ONE).maxShare()).isEqualByComparingTo("1");
        for (String wrong : List.of("0", "-0.1", "1.01")) {
            assertThatThrownBy(() -> new ShiftLimit(new BigDecimal(wrong))).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void spendAndOutcomeAreNeverNegative() {
        assertThatThrownBy(() -> new ChannelWeek(MONDAY, new BigDecimal("-1"), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChannelWeek(MONDAY, BigDecimal.ONE, new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChannelSpending("vk_ads", new BigDecimal("-1"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWeekIsInAHistoryOnceAndTheHistoryIsKeptOldestFirst() {
        var first = new ChannelWeek(MONDAY, BigDecimal.TEN, BigDecimal.ONE);
        var second = new ChannelWeek(MONDAY.plusWeeks(1), BigDecimal.TEN, BigDecimal.ONE);

        assertThat(new ChannelSpending("vk_ads", BigDecimal.TEN, List.of(second, first)).history())
                .containsExactly(first, second);
        assertThatThrownBy(() -> new ChannelSpending("vk_ads", BigDecimal.TEN, List.of(first, first)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChannelSpending("VK Ads", BigDecimal.TEN, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChannelIsInAQuestionOnceWithASpendInKopecks() {
        var channel = new ChannelSpending("vk_ads", BigDecimal.TEN, List.of());
        var finer = new ChannelSpending("email", new BigDecimal("10.001"), List.of());

        assertThatThrownBy(() -> question(List.of(channel, channel))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> question(List.of(finer))).isInstanceOf(IllegalArgumentException.class);
        assertThat(question(List.of(new ChannelSpending("email", new BigDecimal("10.100"), List.of())))
                .channels()).hasSize(1);
    }

    @Test
    void aTargetIsACostAboveZeroOrARomiAboveMinusAHundredPercent() {
        assertThatThrownBy(() -> new EfficiencyTarget.MaxCost(BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EfficiencyTarget.MinRomi(new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new EfficiencyTarget.MinRomi(new BigDecimal("0.5")).spendPerOutcomeCeiling())
                .isEqualTo(1 / 1.5);
    }

    @Test
    void rulesNeedWeeksVariationAndResamples() {
        assertThatThrownBy(() -> new BudgetRules(3, 52, 0.1, 0.8, 400, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BudgetRules(12, 8, 0.1, 0.8, 400, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BudgetRules(12, 52, 0, 0.8, 400, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BudgetRules(12, 52, 0.1, 1, 400, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static BudgetQuestion question(List<ChannelSpending> channels) {
        return new BudgetQuestion(Outcome.REVENUE, SimulatedMarket.RUB, channels, ShiftLimit.standard(),
                new ReallocationMode.KeepTotal());
    }
}
