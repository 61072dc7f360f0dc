package com.kpipulse.domain.cycle;

import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ACyclePeriodIsAWeekOrAMonthNamedByItsCodeTest {

    @Test
    void weeksAndMonthsAreReadFromTheirCodesAndWrittenBack() {
        assertThat(CyclePeriod.parse("2026-W05")).map(CyclePeriod::period)
                .contains(Period.custom(LocalDate.of(2026, 1, 26), LocalDate.of(2026, 2, 1)));
        assertThat(CyclePeriod.parse("2026-01")).map(CyclePeriod::period).contains(Period.month(2026, 1));
        assertThat(CyclePeriod.parse("2026-W48").orElseThrow().code()).isEqualTo("2026-W48");
        assertThat(CyclePeriod.parse("2020-W53")).isPresent();
    }

    @Test
    void anythingElseIsNoCyclePeriod() {
        for (String code : new String[]{"2026-W54", "2026-W00", "2025-W53", "2026-13", "2026-00", "1999-12", "2100-01",
                "2026-Q1", "2026", "2026-1", "2026-W5", " 2026-01", "２０２６-01", "2026-01-01", "", "a\u0000b"}) {
            assertThat(CyclePeriod.parse(code)).as(code).isEmpty();
        }
        assertThat(CyclePeriod.parse(null)).isEmpty();
        assertThatThrownBy(() -> new CyclePeriod(Period.quarter(2026, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPeriodNotOverOnTheLastWholeDayIsProvisional() {
        CyclePeriod week = CyclePeriod.parse("2026-W05").orElseThrow();

        assertThat(week.provisionalOn(LocalDate.of(2026, 1, 31))).isTrue();
        assertThat(week.provisionalOn(LocalDate.of(2026, 2, 1))).isFalse();
        assertThat(week.previous().code()).isEqualTo("2026-W04");
    }
}
