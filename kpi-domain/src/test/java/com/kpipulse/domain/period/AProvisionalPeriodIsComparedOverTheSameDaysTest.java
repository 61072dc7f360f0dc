package com.kpipulse.domain.period;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Three days of December are three days of December: the period before and last year give the same three days. */
class AProvisionalPeriodIsComparedOverTheSameDaysTest {

    private static final Period DECEMBER = Period.month(2026, 12);

    @Test
    void theFirstDaysOfAMonthAreComparedWithTheFirstDaysOfTheMonthBeforeAndOfTheSameMonthLastYear() {
        PartOfPeriod toDate = Coverage.of(DECEMBER, LocalDate.of(2026, 12, 3)).toDate().orElseThrow();

        assertThat(toDate.part()).isEqualTo(Period.custom(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3)));
        assertThat(toDate.previous()).isEqualTo(new PartOfPeriod(Period.month(2026, 11),
                Period.custom(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3))));
        assertThat(toDate.sameLastYear()).isEqualTo(new PartOfPeriod(Period.month(2025, 12),
                Period.custom(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 3))));
        assertThat(toDate.previous().previous().part().start()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void theFirstDaysOfAWeekAreComparedWithTheSameWeekdays() {
        Period week = Period.of(Grain.WEEK, LocalDate.of(2026, 12, 9)); // Mon 7 .. Sun 13 December
        PartOfPeriod toWednesday = Coverage.of(week, LocalDate.of(2026, 12, 9)).toDate().orElseThrow();

        assertThat(toWednesday.previous().part()).isEqualTo(Period.custom(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 2)));
        assertThat(toWednesday.sameLastYear().part().start().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(toWednesday.sameLastYear().part().days()).isEqualTo(3);
    }

    @Test
    void aLongerPartThanTheOtherPeriodHasIsAllOfIt() {
        PartOfPeriod march = Coverage.of(Period.month(2026, 3), LocalDate.of(2026, 3, 30)).toDate().orElseThrow();

        assertThat(march.previous().part()).isEqualTo(Period.month(2026, 2));
        assertThat(march.previous().isAll()).isTrue();
    }

    @Test
    void aWholePeriodIsComparedWithTheWholePeriodBeforeHoweverLong() {
        PartOfPeriod february = PartOfPeriod.all(Period.month(2026, 2));

        assertThat(february.previous()).isEqualTo(PartOfPeriod.all(Period.month(2026, 1)));
        assertThat(PartOfPeriod.all(DECEMBER).sameLastYear()).isEqualTo(PartOfPeriod.all(Period.month(2025, 12)));
    }

    @Test
    void daysInTheMiddleOfAPeriodAreTheSameDaysOfTheOtherOneAndNarrowedTheyStayPartOfTheirPeriod() {
        PartOfPeriod middle = PartOfPeriod.all(DECEMBER).within(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 12))
                .orElseThrow();

        assertThat(middle.whole()).isEqualTo(DECEMBER);
        assertThat(middle.previous().part()).isEqualTo(Period.custom(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 12)));
        assertThat(PartOfPeriod.all(DECEMBER).within(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 5))).isEmpty();
    }
}
