package com.kpipulse.web.kpi;

import com.kpipulse.domain.measure.Unit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The «Почему» block's figures: a percentage KPI's value in percent, its changes and parts in percentage points. */
class AChangeOfAPercentageKpiReadsInPercentagePointsTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final String NBSP = "\u00A0";

    @Test
    void aConversionsFallAndItsPartsAreSignedPercentagePointsInBothLanguages() {
        WhyFigures russian = new WhyFigures(Unit.PERCENT, Optional.empty(), RU);
        WhyFigures english = new WhyFigures(Unit.PERCENT, Optional.empty(), Locale.ENGLISH);

        assertThat(russian.change(new BigDecimal("-0.012"))).isEqualTo("−1,2" + NBSP + "п.п.");
        assertThat(english.change(new BigDecimal("-0.012"))).isEqualTo("−1.2" + NBSP + "pp");
        assertThat(russian.change(new BigDecimal("0.004"))).isEqualTo("+0,4" + NBSP + "п.п.");
        assertThat(russian.change(new BigDecimal("0.0001"))).as("rounds to nothing, no sign").isEqualTo("0,0" + NBSP + "п.п.");
        assertThat(russian.value(new BigDecimal("0.04"))).as("a value stays a percentage").isEqualTo("4,0" + NBSP + "%");
        assertThat(english.value(new BigDecimal("0.04"))).isEqualTo("4.0%");
    }

    @Test
    void anyOtherKpisChangeIsSignedInItsOwnUnit() {
        WhyFigures revenue = new WhyFigures(Unit.MONEY, Optional.of(Currency.getInstance("RUB")), RU);

        assertThat(revenue.change(new BigDecimal("-6000"))).isEqualTo("−6" + NBSP + "000,00" + NBSP + "₽");
        assertThat(revenue.change(new BigDecimal("6000"))).isEqualTo("+6" + NBSP + "000,00" + NBSP + "₽");
        assertThat(new WhyFigures(Unit.COUNT, Optional.empty(), Locale.ENGLISH).change(new BigDecimal("-14")))
                .isEqualTo("−14");
    }
}
