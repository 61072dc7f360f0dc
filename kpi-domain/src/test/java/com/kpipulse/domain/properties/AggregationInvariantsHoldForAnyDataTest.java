package com.kpipulse.domain.properties;

import com.kpipulse.domain.Shop;
import com.kpipulse.domain.kpi.CatalogChangeVerdict;
import com.kpipulse.domain.kpi.CustomKpiDraft;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.kpi.KpiEngine;
import com.kpipulse.domain.kpi.KpiGroup;
import com.kpipulse.domain.kpi.Level;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.period.Period;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sums first, formula second: a ratio is the ratio of sums, and splitting a period or a channel set
 * and putting the parts back together gives the same answer.
 */
class AggregationInvariantsHoldForAnyDataTest {

    private static final Period NOVEMBER = Period.month(2026, 11);
    private static final List<String> CHANNELS = List.of("direct", "vk", "tg");

    /** One day of one channel: orders out of visits, clicks out of impressions, revenue, followers. */
    record Day(int day, String channel, int orders, int visits, int clicks, int impressions, int revenue, int followers) {
        LocalDate date() {
            return LocalDate.of(2026, 11, day);
        }
    }

    private final KpiCatalog catalog = withCounts();
    private final KpiEngine engine = new KpiEngine(catalog);

    /** Custom KPIs that expose the numerators and denominators, so the parts can be recombined by hand. */
    private static KpiCatalog withCounts() {
        var drafts = List.of("clicks", "impressions").stream().map(measure -> new CustomKpiDraft(measure + "_total",
                measure, measure, measure, Unit.COUNT, Direction.HIGHER_IS_BETTER, Level.OPERATIONAL, KpiGroup.MARKETING, "", "")).toList();
        return ((CatalogChangeVerdict.Accepted) KpiCatalog.standard().withCustom(drafts)).catalog();
    }

    @Provide
    Arbitrary<List<Day>> days() {
        Arbitrary<Day> day = Combinators.combine(
                Arbitraries.integers().between(1, 30), Arbitraries.of(CHANNELS),
                Arbitraries.integers().between(0, 300), Arbitraries.integers().between(1, 5000),
                Arbitraries.integers().between(0, 900), Arbitraries.integers().between(1000, 90000),
                Arbitraries.integers().between(0, 1_000_000), Arbitraries.integers().between(0, 50_000)
        ).as(Day::new);
        return day.list().ofMinSize(1).ofMaxSize(40);
    }

    private static ObservationSet observations(List<Day> days) {
        var shop = new Shop();
        for (Day day : days) {
            shop.count("orders", day.date(), day.channel(), Integer.toString(day.orders()))
                    .count("visits", day.date(), day.channel(), Integer.toString(day.visits()))
                    .count("clicks", day.date(), day.channel(), Integer.toString(day.clicks()))
                    .count("impressions", day.date(), day.channel(), Integer.toString(day.impressions()))
                    .money("revenue", day.date(), day.channel(), Integer.toString(day.revenue()))
                    .count("followers", day.date(), day.channel(), Integer.toString(day.followers()));
        }
        return shop.build();
    }

    private BigDecimal value(String kpi, Period period, DimensionSelection selection, ObservationSet rows) {
        return engine.evaluate(new KpiCode(kpi), period, selection, rows).number().orElseThrow();
    }

    @Property
    void conversionOverAMonthIsTheSumOfOrdersOverTheSumOfVisits(@ForAll("days") List<Day> days) {
        BigDecimal orders = BigDecimal.valueOf(days.stream().mapToLong(Day::orders).sum());
        BigDecimal visits = BigDecimal.valueOf(days.stream().mapToLong(Day::visits).sum());

        BigDecimal conversion = value("conversion_rate", NOVEMBER, DimensionSelection.all(), observations(days));

        assertThat(conversion).isEqualByComparingTo(orders.divide(visits, MathContext.DECIMAL128));
    }

    @Property
    void splittingThePeriodAndAddingThePartsBackChangesNothing(@ForAll("days") List<Day> days,
                                                             @ForAll @IntRange(min = 2, max = 30) int splitDay) {
        ObservationSet rows = observations(days);
        var first = new Period(NOVEMBER.start(), LocalDate.of(2026, 11, splitDay));
        var second = new Period(first.endExclusive(), NOVEMBER.endExclusive());
        var all = DimensionSelection.all();

        BigDecimal revenue = partOrZero("revenue", first, all, rows).add(partOrZero("revenue", second, all, rows));
        assertThat(value("revenue", NOVEMBER, all, rows)).isEqualByComparingTo(revenue);

        BigDecimal clicks = partOrZero("clicks_total", first, all, rows).add(partOrZero("clicks_total", second, all, rows));
        BigDecimal impressions = partOrZero("impressions_total", first, all, rows).add(partOrZero("impressions_total", second, all, rows));
        assertThat(value("ctr", NOVEMBER, all, rows)).isEqualByComparingTo(clicks.divide(impressions, MathContext.DECIMAL128));
    }

    @Property
    void splittingTheChannelsAndAddingThePartsBackChangesNothing(@ForAll("days") List<Day> days) {
        ObservationSet rows = observations(days);
        var some = DimensionSelection.where("channel", "direct");
        var rest = DimensionSelection.where("channel", "vk", "tg");
        var all = DimensionSelection.all();

        BigDecimal clicks = partOrZero("clicks_total", NOVEMBER, some, rows).add(partOrZero("clicks_total", NOVEMBER, rest, rows));
        BigDecimal impressions = partOrZero("impressions_total", NOVEMBER, some, rows).add(partOrZero("impressions_total", NOVEMBER, rest, rows));

        assertThat(value("ctr", NOVEMBER, all, rows)).isEqualByComparingTo(clicks.divide(impressions, MathContext.DECIMAL128));
        assertThat(partOrZero("revenue", NOVEMBER, all, rows))
                .isEqualByComparingTo(partOrZero("revenue", NOVEMBER, some, rows).add(partOrZero("revenue", NOVEMBER, rest, rows)));
    }

    @Property
    void aSnapshotIsTheLastValueOfEachChannelNeverASum(@ForAll("days") List<Day> days) {
        // per channel, the followers of its latest day (several rows on that day add up)
        Map<String, Integer> lastDay = days.stream().collect(Collectors.toMap(Day::channel, Day::day, Math::max));
        long expected = days.stream().filter(day -> day.day() == lastDay.get(day.channel())).mapToLong(Day::followers).sum();

        KpiCatalog plain = KpiCatalog.standard();
        var followers = ((CatalogChangeVerdict.Accepted) plain.withCustom(new CustomKpiDraft("followers_now", "Подписчики", "Followers",
                "followers", Unit.COUNT, Direction.HIGHER_IS_BETTER, Level.OPERATIONAL, KpiGroup.SMM, "", ""))).catalog();
        // "followers" is a measure code, so the KPI is defined under another name that refers to it
        BigDecimal actual = new KpiEngine(followers).evaluate(new KpiCode("followers_now"), NOVEMBER, DimensionSelection.all(),
                observations(days)).number().orElseThrow();

        assertThat(actual).isEqualByComparingTo(BigDecimal.valueOf(expected));
    }

    private BigDecimal partOrZero(String kpi, Period period, DimensionSelection selection, ObservationSet rows) {
        return engine.evaluate(new KpiCode(kpi), period, selection, rows).number().orElse(BigDecimal.ZERO);
    }
}
