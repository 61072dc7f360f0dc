package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.LocalizedText;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adtributor's choice: channels by explanatory power, surprise breaking ties, until two thirds of the change are
 * explained; none when the change is spread too thinly for a few channels to explain it.
 */
class TheFewestChannelsThatExplainMostOfTheChangeAreChosenTest {

    @Test
    void theLargestPartsAreTakenUntilTwoThirdsAreExplained() {
        var slices = List.of(slice("seo", 0.2, 0.01), slice("vk_ads", 0.5, 0.02), slice("email", 0.3, 0.01));

        assertThat(ExplainingSet.of(slices)).containsExactly("vk_ads", "email");
    }

    @Test
    void oneChannelThatExplainsMoreThanTheWholeIsEnoughAlthoughOthersMovedTheOtherWay() {
        var slices = List.of(slice("seo", -0.4, 0.01), slice("vk_ads", 1.4, 0.05));

        assertThat(ExplainingSet.of(slices)).containsExactly("vk_ads");
    }

    @Test
    void betweenChannelsThatExplainAsMuchTheMoreSurprisingComesFirst() {
        var slices = List.of(slice("seo", 0.701, 0.01), slice("vk_ads", 0.699, 0.2), slice("email", -0.4, 0));

        assertThat(ExplainingSet.of(slices)).containsExactly("vk_ads");
    }

    @Test
    void aChangeSpreadThinlyIsExplainedByNoSet() {
        var slices = List.of(slice("a_1", 0.09, 0), slice("a_2", 0.09, 0), slice("a_3", 0.09, 0), slice("a_4", 0.09, 0),
                slice("a_5", 0.09, 0), slice("a_6", 0.09, 0), slice("a_7", 0.09, 0), slice("a_8", 0.09, 0),
                slice("a_9", 0.09, 0), slice("a_10", 0.09, 0), slice("a_11", 0.1, 0));

        assertThat(ExplainingSet.of(slices)).isEmpty();
    }

    private static SliceContribution slice(String code, double power, double surprise) {
        BigDecimal part = BigDecimal.valueOf(power);
        return new SliceContribution(code, LocalizedText.of(code, code), Optional.empty(), Optional.empty(), part, part,
                BigDecimal.ZERO, power, surprise, List.of());
    }
}
