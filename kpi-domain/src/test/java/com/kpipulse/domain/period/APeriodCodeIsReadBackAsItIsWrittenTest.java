package com.kpipulse.domain.period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class APeriodCodeIsReadBackAsItIsWrittenTest {

    @Test
    void weeksMonthsAndQuartersAreReadFromTheirCodes() {
        assertThat(PeriodCode.parse("2026-W05")).contains(Period.of(Grain.WEEK, LocalDate.of(2026, 1, 26)));
        assertThat(PeriodCode.parse("2026-01")).contains(Period.month(2026, 1));
        assertThat(PeriodCode.parse("2026-Q1")).contains(Period.quarter(2026, 1));
        assertThat(PeriodCode.parse("2020-W53")).contains(Period.isoWeek(2020, 53));
    }

    @Test
    void everyWeekOfAYearReadsBackAsItsOwnCode() {
        for (Period week = Period.isoWeek(2025, 1); week.start().getYear() < 2028; week = week.next()) {
            assertThat(PeriodCode.parse(week.code())).contains(week);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-W5", "2026-W54", "2026-W00", "2026-13", "2026-00", "2026-Q5", "2026-Q0", "2026",
            "2026-01-05", "26-W05", " 2026-W05", "2026-w05", "2026-W05x", "९९९९-W05"})
    void anythingElseIsNoPeriod(String code) {
        assertThat(PeriodCode.parse(code)).isEmpty();
    }
}
