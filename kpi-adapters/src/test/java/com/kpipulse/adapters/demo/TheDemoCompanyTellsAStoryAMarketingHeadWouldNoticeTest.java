package com.kpipulse.adapters.demo;

import com.kpipulse.application.measure.ObservationRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class TheDemoCompanyTellsAStoryAMarketingHeadWouldNoticeTest {

    @TempDir
    static Path directory;

    private static DemoRows demo;

    @BeforeAll
    static void generate() {
        demo = DemoRows.generateAndRead(directory);
    }

    @Test
    void yandexDirectPaysBackOverTheLastQuarter() {
        assertThat(roas("yandex_direct", DemoRows.lastQuarter())).isGreaterThan(1.0);
        assertThat(romi("yandex_direct", DemoRows.lastQuarter())).isPositive();
    }

    @Test
    void vkAdsPaidBackInItsFirstYearButCostsMoreThanItEarnsOverTheLastQuarter() {
        assertThat(romi("vk_ads", DemoRows.firstYear())).isPositive();
        assertThat(romi("vk_ads", DemoRows.lastQuarter())).isNegative();
    }

    @Test
    void trafficGrowsWhileTheSiteConvertsALittleWorse() {
        double visitsBefore = demo.sum("visits", null, DemoRows.firstYear());
        double visitsAfter = demo.sum("visits", null, DemoRows.lastYear());
        double conversionBefore = demo.sum("orders", null, DemoRows.firstYear()) / visitsBefore;
        double conversionAfter = demo.sum("orders", null, DemoRows.lastYear()) / visitsAfter;

        assertThat(visitsAfter).isGreaterThan(visitsBefore * 1.05);
        assertThat(conversionAfter).isLessThan(conversionBefore).isGreaterThan(conversionBefore * 0.8);
    }

    @Test
    void weekendsAreQuieterThanWeekdays() {
        Map<Boolean, Double> visitsPerDay = demo.daily("visits").collect(Collectors.groupingBy(
                row -> isWeekend(row.periodStart()),
                Collectors.collectingAndThen(Collectors.groupingBy(ObservationRow::periodStart,
                                Collectors.summingDouble(row -> row.value().doubleValue())),
                        byDay -> byDay.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow())));

        assertThat(visitsPerDay.get(true)).isLessThan(visitsPerDay.get(false) * 0.95);
    }

    @Test
    void decemberSellsMoreThanJuly() {
        double december = revenuePerDay(day -> day.getMonth() == Month.DECEMBER);
        double july = revenuePerDay(day -> day.getMonth() == Month.JULY);

        assertThat(december).isGreaterThan(july * 1.3);
    }

    @Test
    void itIsAMidSizeShopOfSomeHundredMillionRoublesAYear() {
        double lastYearRevenue = demo.sum("revenue", null, DemoRows.lastYear());

        assertThat(lastYearRevenue).isBetween(80e6, 400e6);
    }

    private static double roas(String channel, Predicate<LocalDate> days) {
        return demo.sum("revenue", channel, days) / demo.sum("ad_spend", channel, days);
    }

    private static double romi(String channel, Predicate<LocalDate> days) {
        double spend = demo.sum("marketing_spend", channel, days);
        return (demo.sum("revenue", channel, days) - spend) / spend;
    }

    private static double revenuePerDay(Predicate<LocalDate> days) {
        long dayCount = demo.daily("revenue").map(ObservationRow::periodStart).filter(days).distinct().count();
        return demo.sum("revenue", null, days) / dayCount;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
