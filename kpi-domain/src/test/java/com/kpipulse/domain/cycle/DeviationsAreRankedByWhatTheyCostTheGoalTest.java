package com.kpipulse.domain.cycle;

import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.measure.Unit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DeviationsAreRankedByWhatTheyCostTheGoalTest {

    private static final Optional<Currency> RUB = Optional.of(Currency.getInstance("RUB"));

    @Test
    void aMoneyKpiCostsTheMoneyItIsShortOrOverItsCeiling() {
        assertThat(Impact.of(Direction.HIGHER_IS_BETTER, Unit.MONEY, RUB, number("800"), number("1000")))
                .isEqualTo(new Impact.InMoney(new BigDecimal("200"), RUB.get()));
        assertThat(Impact.of(Direction.LOWER_IS_BETTER, Unit.MONEY, RUB, number("1300"), number("1000")))
                .isEqualTo(new Impact.InMoney(new BigDecimal("300"), RUB.get()));
    }

    @Test
    void anyOtherKpiCostsItsShortfallAsAShareOfTheTarget() {
        Impact traffic = Impact.of(Direction.HIGHER_IS_BETTER, Unit.COUNT, Optional.empty(), number("9000"), number("10000"));

        assertThat(((Impact.ShareOfTarget) traffic).share()).isEqualByComparingTo("0.1");
        assertThat(Impact.of(Direction.HIGHER_IS_BETTER, Unit.PERCENT, Optional.empty(), number("-0.1"), number("0")))
                .as("ROMI against its break-even: no share of zero").isInstanceOf(Impact.Unmeasured.class);
        assertThat(Impact.of(Direction.HIGHER_IS_BETTER, Unit.COUNT, Optional.empty(), Optional.empty(), number("5")))
                .isInstanceOf(Impact.Unmeasured.class);
    }

    @Test
    void moneyComesFirstThenSharesEachLargestFirstThenWhatCannotBeMeasured() {
        List<Impact> impacts = new ArrayList<>(List.of(new Impact.Unmeasured(),
                new Impact.ShareOfTarget(new BigDecimal("0.4")), new Impact.InMoney(new BigDecimal("200"), RUB.get()),
                new Impact.ShareOfTarget(new BigDecimal("0.05")), new Impact.InMoney(new BigDecimal("90000"), RUB.get())));

        impacts.sort(Impact.LARGEST_FIRST);

        assertThat(impacts).containsExactly(new Impact.InMoney(new BigDecimal("90000"), RUB.get()),
                new Impact.InMoney(new BigDecimal("200"), RUB.get()), new Impact.ShareOfTarget(new BigDecimal("0.4")),
                new Impact.ShareOfTarget(new BigDecimal("0.05")), new Impact.Unmeasured());
    }

    private static Optional<BigDecimal> number(String value) {
        return Optional.of(new BigDecimal(value));
    }
}
