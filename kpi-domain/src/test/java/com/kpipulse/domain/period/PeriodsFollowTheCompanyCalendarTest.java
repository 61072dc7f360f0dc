package com.kpipulse.domain.period;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodsFollowTheCompanyCalendarTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void isoWeeksStartOnMonday() {
        Period week = Period.of(Grain.WEEK, LocalDate.of(2026, 11, 22)); // a Sunday

        assertThat(week.start()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(week.start().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(week).isEqualTo(Period.isoWeek(2026, 47));
        assertThat(week.code()).isEqualTo("2026-W47");
        assertThat(week.label(RU)).isEqualTo("неделя 47, 16–22 ноября 2026");
        assertThat(week.label(Locale.ENGLISH)).isEqualTo("week 47, 16–22 Nov 2026");
        assertThat(week.labelAsObject(RU)).as("after «за»").isEqualTo("неделю 47 (16–22 ноября 2026)");
    }

    @Test
    void aWeekIsNamedWithItsDaysAndYearAcrossAMonthAndAYear() {
        Period acrossMonths = Period.isoWeek(2026, 44);
        Period acrossYears = Period.isoWeek(2026, 1);

        assertThat(acrossMonths.label(RU)).isEqualTo("неделя 44, 26 октября – 1 ноября 2026");
        assertThat(acrossMonths.label(Locale.ENGLISH)).isEqualTo("week 44, 26 Oct – 1 Nov 2026");
        assertThat(acrossYears.label(RU)).as("week 1 of 2026 starts in 2025")
                .isEqualTo("неделя 1, 29 декабря 2025 – 4 января 2026");
        assertThat(acrossYears.label(Locale.ENGLISH)).isEqualTo("week 1, 29 Dec 2025 – 4 Jan 2026");
        assertThat(acrossYears.code()).as("the address keeps the ISO form").isEqualTo("2026-W01");
    }

    @Test
    void newYearsDayCanBelongToTheLastWeekOfThePreviousYear() {
        Period week = Period.of(Grain.WEEK, LocalDate.of(2027, 1, 1));

        assertThat(week.code()).isEqualTo("2026-W53");
        assertThat(week.label(RU)).isEqualTo("неделя 53, 28 декабря 2026 – 3 января 2027");
        assertThat(week.sameLastYear()).isEqualTo(Period.isoWeek(2025, 52));
    }

    @Test
    void labelsSpeakTheUsersLanguage() {
        assertThat(Period.month(2026, 11).label(RU)).isEqualTo("ноябрь 2026");
        assertThat(Period.month(2026, 11).label(Locale.ENGLISH)).isEqualTo("November 2026");
        assertThat(Period.quarter(2026, 4).label(Locale.ENGLISH)).isEqualTo("Q4 2026");
        assertThat(Period.quarter(2026, 4).label(RU)).isEqualTo("4 кв. 2026");
        assertThat(Period.year(2026).label(RU)).isEqualTo("2026");
        assertThat(Period.day(LocalDate.of(2026, 11, 5)).label(RU)).isEqualTo("05.11.2026");
        assertThat(Period.day(LocalDate.of(2026, 11, 5)).label(Locale.ENGLISH)).isEqualTo("2026-11-05");
        assertThat(Period.custom(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 15)).label(RU))
                .isEqualTo("01.11.2026–15.11.2026");
        assertThat(Period.custom(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 15)).label(Locale.ENGLISH))
                .isEqualTo("2026-11-01 – 2026-11-15");
    }

    @Test
    void machinesGetAStableCodeOfEveryPeriod() {
        assertThat(Period.day(LocalDate.of(2026, 11, 5)).code()).isEqualTo("2026-11-05");
        assertThat(Period.month(2026, 11).code()).isEqualTo("2026-11");
        assertThat(Period.quarter(2026, 4).code()).isEqualTo("2026-Q4");
        assertThat(Period.year(2026).code()).isEqualTo("2026");
        assertThat(Period.custom(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 15)).code())
                .isEqualTo("2026-11-01..2026-11-15");
    }

    @Test
    void theCompanysTimeZoneDecidesWhichDayItIs() {
        Instant lateEveningInUtc = Instant.parse("2026-11-30T22:30:00Z");

        assertThat(Period.containing(lateEveningInUtc, ZoneId.of("Europe/Moscow"), Grain.MONTH)).isEqualTo(Period.month(2026, 12));
        assertThat(Period.containing(lateEveningInUtc, ZoneId.of("UTC"), Grain.MONTH)).isEqualTo(Period.month(2026, 11));
    }

    @Test
    void theGrainIsRecognisedFromTheDates() {
        assertThat(new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 1)).grain()).contains(Grain.QUARTER);
        assertThat(Period.custom(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22)).grain()).contains(Grain.WEEK);
        assertThat(Period.custom(LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 23)).grain()).isEmpty();
    }

    @Test
    void thePreviousPeriodHasTheSameGrainOrLength() {
        assertThat(Period.month(2026, 3).previous()).isEqualTo(Period.month(2026, 2));
        assertThat(Period.quarter(2026, 1).previous()).isEqualTo(Period.quarter(2025, 4));
        assertThat(Period.isoWeek(2026, 1).previous()).isEqualTo(Period.isoWeek(2025, 52));
        assertThat(Period.custom(LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 20)).previous())
                .isEqualTo(Period.custom(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10)));
    }

    @Test
    void aQuarterSplitsIntoWeeksClippedAtItsEdges() {
        var weeks = Period.quarter(2026, 4).split(Grain.WEEK);

        assertThat(weeks).hasSize(14);
        assertThat(weeks.getFirst()).isEqualTo(Period.custom(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 4)));
        assertThat(weeks.get(1)).isEqualTo(Period.isoWeek(2026, 41));
        assertThat(weeks.getLast()).isEqualTo(Period.custom(LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 31)));
        assertThat(weeks.stream().mapToLong(Period::days).sum()).isEqualTo(92);
    }

    @Test
    void aPeriodEndsAfterItStarts() {
        assertThatThrownBy(() -> new Period(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
