package com.kpipulse.adapters.demo;

import com.kpipulse.domain.analysis.forecast.Accuracy;
import com.kpipulse.domain.analysis.forecast.ForecastBackTest;
import com.kpipulse.domain.analysis.forecast.ForecastRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forecast to the deadline, back-tested on the demo company's two years (simulated in memory from the demo's
 * seed, the day figures its exports are written from): from an origin every week of the last year, fitted on the
 * days up to it, the next 7, 28 and 91 days (a week, a month, a goal's quarter) against what came. Its MASE beats the
 * seasonal naive forecast's (same weekday last week) on every series and horizon.
 */
class TheForecastBeatsLastWeekRepeatedOnTheDemoCompanysHistoryTest {

    private static final LocalDate LAST = DemoRows.YESTERDAY;
    private static final Map<String, NavigableMap<LocalDate, BigDecimal>> SERIES = new LinkedHashMap<>();

    @BeforeAll
    static void simulateTheTwoYears() {
        CompanyHistory history = CompanyHistory.simulate(LAST.minusYears(2).plusDays(1), LAST, DemoCompany.SEED);
        Map<String, ToLongFunction<CompanyDay>> sums = new LinkedHashMap<>();
        sums.put("revenue", CompanyDay::totalRevenue);
        sums.put("orders", CompanyDay::totalOrders);
        sums.put("new_customers", day -> Arrays.stream(day.newCustomers).sum());
        sums.put("visits", day -> Arrays.stream(day.visits).sum());
        sums.put("visits, vk_ads", day -> day.visits[DemoChannel.VK_ADS.ordinal()]);
        sums.put("orders, telegram", day -> day.orders[DemoChannel.TELEGRAM.ordinal()]);
        sums.forEach((name, sum) -> {
            NavigableMap<LocalDate, BigDecimal> daily = new TreeMap<>();
            history.days().forEach(day -> daily.put(day.date, BigDecimal.valueOf(sum.applyAsLong(day))));
            SERIES.put(name, daily);
        });
    }

    static Stream<Arguments> seriesAndHorizons() {
        return Stream.of("revenue", "orders", "new_customers", "visits", "visits, vk_ads", "orders, telegram")
                .flatMap(series -> Stream.of(7, 28, 91).map(horizon -> Arguments.of(series, horizon)));
    }

    @ParameterizedTest(name = "{0}, {1} days ahead")
    @MethodSource("seriesAndHorizons")
    void theForecastBeatsLastWeekRepeated(String series, int horizon) {
        LocalDate lastOrigin = LAST.minusDays(horizon);
        Accuracy accuracy = new ForecastBackTest(ForecastRules.standard()).run(SERIES.get(series),
                ForecastBackTest.origins(lastOrigin.minusWeeks(52), lastOrigin, 7), horizon);
        System.out.printf("demo %s, %d days ahead, %d origins: MASE %.3f against %.3f for last week repeated "
                        + "(ratio %.2f); error of the total %.1f %% against %.1f %%; 80 %% interval held it %.0f %%%n",
                series, horizon, accuracy.origins(), accuracy.mase(), accuracy.maseSeasonalNaive(),
                accuracy.relativeMase(), 100 * accuracy.totalError(), 100 * accuracy.totalErrorSeasonalNaive(),
                100 * accuracy.intervalCoverage());

        assertThat(accuracy.origins()).isEqualTo(53);
        assertThat(accuracy.mase()).isLessThan(accuracy.maseSeasonalNaive());
    }
}
