package com.kpipulse.domain.period;

import com.kpipulse.domain.measure.DataReach;
import com.kpipulse.domain.measure.Delivery;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.text.Texts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A period is covered from its first day up to the last day that is over (the company's yesterday) and that the
 * sources have delivered for every measure a figure needs; until its last day is covered it is provisional and says so.
 */
class APeriodIsCoveredAsFarAsItsDaysAreOverAndDeliveredTest {

    private static final Period DECEMBER = Period.month(2026, 12);
    private static final LocalDate DEC_3 = LocalDate.of(2026, 12, 3);
    private static final MeasureCode REVENUE = new MeasureCode("revenue");
    private static final MeasureCode ORDERS = new MeasureCode("orders");
    private static final MeasureCode VISITS = new MeasureCode("visits");

    @Test
    void aRunningMonthIsCoveredToYesterdayAndSaysSoInBothLanguages() {
        Coverage coverage = Coverage.of(DECEMBER, DEC_3);

        assertThat(coverage.provisional()).isTrue();
        assertThat(coverage.daysCovered()).isEqualTo(3);
        assertThat(coverage.days()).isEqualTo(31);
        assertThat(coverage.note().orElseThrow().in(Texts.RUSSIAN)).isEqualTo("неполный период: данные по 03.12, 3 из 31 дня");
        assertThat(coverage.note().orElseThrow().in(Locale.ENGLISH)).isEqualTo("incomplete period: data to 3 Dec, 3 of 31 days");
        assertThat(Coverage.of(Period.month(2026, 11), LocalDate.of(2026, 11, 3)).note().orElseThrow().in(Texts.RUSSIAN))
                .isEqualTo("неполный период: данные по 03.11, 3 из 30 дней");
    }

    @Test
    void aPeriodOverAndDeliveredIsCompleteAndSaysNothing() {
        Coverage coverage = Coverage.of(Period.month(2026, 11), DEC_3);

        assertThat(coverage.provisional()).isFalse();
        assertThat(coverage.daysCovered()).isEqualTo(30);
        assertThat(coverage.note()).isEmpty();
        assertThat(coverage.toDate().orElseThrow().isAll()).isTrue();
    }

    @Test
    void aPeriodNoneOfWhoseDaysIsCoveredSaysItHasNoDataYet() {
        Coverage coverage = Coverage.of(Period.month(2027, 1), DEC_3);

        assertThat(coverage.daysCovered()).isZero();
        assertThat(coverage.toDate()).isEmpty();
        assertThat(coverage.note().orElseThrow().in(Texts.RUSSIAN)).isEqualTo("неполный период: данных за него пока нет");
        assertThat(coverage.note().orElseThrow().in(Locale.ENGLISH)).isEqualTo("incomplete period: no data for it yet");
    }

    @Test
    void aFigureIsCoveredAsFarAsTheLeastDeliveredOfItsMeasures() {
        // the CRM brings revenue and orders up to 3 December, Metrica the visits up to 9 December; it is the 11th
        DataReach reach = new DataReach(LocalDate.of(2026, 12, 10), List.of(
                new Delivery("crm", REVENUE, DEC_3), new Delivery("crm", ORDERS, LocalDate.of(2026, 12, 1)),
                new Delivery("metrica", VISITS, LocalDate.of(2026, 12, 9))));

        assertThat(reach.lastDayOf(Set.of(VISITS))).isEqualTo(LocalDate.of(2026, 12, 9));
        // the CRM delivered 3 December: the days before it of every measure it carries are in
        assertThat(reach.lastDayOf(Set.of(ORDERS))).isEqualTo(DEC_3);
        // conversion needs the orders of the CRM and the visits of Metrica
        assertThat(reach.coverage(DECEMBER, Set.of(ORDERS, VISITS))).isEqualTo(new Coverage(DECEMBER, 3));
    }

    @Test
    void theFreshestSourceOfAMeasureCountsSoAnOldImportHoldsNothingBack() {
        DataReach reach = new DataReach(LocalDate.of(2026, 12, 10), List.of(
                new Delivery("excel_2021", REVENUE, LocalDate.of(2021, 6, 30)), new Delivery("crm", REVENUE, DEC_3)));

        assertThat(reach.lastDayOf(Set.of(REVENUE))).isEqualTo(DEC_3);
    }

    @Test
    void aPageIsAsFarAlongAsItsFreshestFigureWithData() {
        DataReach reach = new DataReach(LocalDate.of(2026, 12, 10), List.of(
                new Delivery("crm", REVENUE, DEC_3), new Delivery("metrica", VISITS, LocalDate.of(2026, 12, 9))));

        assertThat(reach.lastDayOfFreshest(List.of(Set.of(REVENUE), Set.of(VISITS), Set.of(new MeasureCode("nps_promoters")))))
                .isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(reach.lastDayOfFreshest(List.of(Set.of(REVENUE), Set.of(new MeasureCode("nps_promoters")))))
                .as("a figure nothing was ever delivered for does not count").isEqualTo(DEC_3);
        assertThat(DataReach.byTheClock(DEC_3).lastDayOfFreshest(List.of(Set.of(REVENUE)))).isEqualTo(DEC_3);
    }

    @Test
    void theClockCapsWhatTheSourcesDeliveredAndAloneCoversWhatNothingDelivers() {
        DataReach reach = new DataReach(DEC_3, List.of(new Delivery("plans", REVENUE, LocalDate.of(2026, 12, 31))));

        assertThat(reach.lastDayOf(Set.of(REVENUE))).isEqualTo(DEC_3);
        assertThat(reach.lastDayOf(Set.of(VISITS))).isEqualTo(DEC_3);
        assertThat(DataReach.byTheClock(DEC_3).coverage(DECEMBER, Set.of(REVENUE)).daysCovered()).isEqualTo(3);
    }
}
