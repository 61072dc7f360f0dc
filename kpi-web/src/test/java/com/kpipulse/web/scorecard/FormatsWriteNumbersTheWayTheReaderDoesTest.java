package com.kpipulse.web.scorecard;

import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.web.text.Formats;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsWriteNumbersTheWayTheReaderDoesTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;
    private static final Currency RUB = Currency.getInstance("RUB");

    @Test
    void moneyIsGroupedWithSpacesAndACommaInRussianAndWithCommasInEnglish() {
        assertThat(Formats.money(new BigDecimal("1234567.891"), RUB, RU)).isEqualTo("1\u00A0234\u00A0567,89\u00A0₽");
        assertThat(Formats.money(new BigDecimal("1234567.891"), RUB, EN)).isEqualTo("RUB\u00A01,234,567.89");
        assertThat(Formats.money(new BigDecimal("12.5"), Currency.getInstance("USD"), RU)).isEqualTo("12,50\u00A0USD");
    }

    @Test
    void fractionsArePercentagesWithOneDecimal() {
        assertThat(Formats.percent(new BigDecimal("0.2534"), RU)).isEqualTo("25,3\u00A0%");
        assertThat(Formats.percent(new BigDecimal("0.9"), RU)).isEqualTo("90,0\u00A0%");
        assertThat(Formats.percent(new BigDecimal("0.2534"), EN)).isEqualTo("25.3%");
    }

    @Test
    void countsDropDecimalsTheyDoNotHaveAndNegativesGetARealMinus() {
        assertThat(Formats.number(new BigDecimal("1234567"), Unit.COUNT, Optional.empty(), RU)).isEqualTo("1\u00A0234\u00A0567");
        assertThat(Formats.number(new BigDecimal("-1234.56"), Unit.COUNT, Optional.empty(), EN)).isEqualTo("−1,234.6");
        assertThat(Formats.number(new BigDecimal("12.34"), Unit.SECONDS, Optional.empty(), RU)).isEqualTo("12,3\u00A0с");
        assertThat(Formats.number(new BigDecimal("3"), Unit.MINUTES, Optional.empty(), EN)).isEqualTo("3\u00A0min");
    }

    @Test
    void datesAreDayMonthYearInRussianAndIsoInEnglish() {
        LocalDate day = LocalDate.of(2026, 11, 23);
        assertThat(Formats.date(day, RU)).isEqualTo("23.11.2026");
        assertThat(Formats.date(day, EN)).isEqualTo("2026-11-23");
        assertThat(Formats.dayMonth(LocalDate.of(2026, 11, 22), RU)).isEqualTo("22.11");
        assertThat(Formats.dayMonth(LocalDate.of(2026, 11, 22), EN)).isEqualTo("22 Nov");
    }

    @Test
    void aKpiValueIsShownInItsUnitAndAMissingOneAsADash() {
        assertThat(Formats.display(new KpiValue.Known(new BigDecimal("0.05"), Unit.PERCENT, Optional.empty()), RU))
                .isEqualTo("5,0\u00A0%");
        assertThat(Formats.display(new KpiValue.Known(new BigDecimal("90000"), Unit.MONEY, Optional.of(RUB)), EN))
                .isEqualTo("RUB\u00A090,000.00");
        assertThat(Formats.display(new KpiValue.None(com.kpipulse.domain.kpi.NoValueReason.NO_DATA,
                com.kpipulse.domain.text.Message.of(com.kpipulse.domain.kpi.KpiValueMessageKind.NO_DATA, "visits", "—")), RU))
                .isEqualTo("—");
    }
}
