package com.kpipulse.adapters.measure;

import com.kpipulse.application.measure.MonthSums;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.application.measure.WholeMonths;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What every store hands the KPI engine: sums per measure, period and channel (or campaign) of the source system that
 * counts (ADR 6: the best priority, systems without one after those with one, ties by name), of the periods that
 * start in the span.
 */
public abstract class ValuesThatCountContract extends StoreContract {

    private static final MeasureCode VISITS = new MeasureCode("visits");
    private static final MeasureCode REVENUE = new MeasureCode("revenue");
    private static final Period MARCH = Period.month(2026, 3);
    private static final Period EVER = Period.custom(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31));

    protected abstract ValuesThatCount values();

    @Test
    void aChannelsValueIsTheSumOfItsCampaignsAndSources() {
        String channel = unique("seo");
        String other = unique("email");
        store("yandex_metrica", row(0, "visits", Grain.DAY, "2026-03-02", channel, "Весна", null, "5", null),
                row(0, "visits", Grain.DAY, "2026-03-02", channel, "Лето", null, "7", null),
                row(0, "visits", Grain.DAY, "2026-03-02", channel, null, "google / organic", "1", null),
                value("visits", "2026-03-02", other, "100"));

        assertThat(read(tx(() -> values().perChannel(Set.of(VISITS), MARCH, Set.of(channel))), VISITS))
                .containsExactly(tuple("visits", Period.day(LocalDate.of(2026, 3, 2)), Map.of("channel", channel), "13",
                        Optional.empty()));
    }

    @Test
    void onlyTheSourceSystemThatCountsIsReadForEachMeasurePeriodAndChannel() {
        String channel = unique("seo");
        String unlisted = unique("a_unlisted");
        String unlistedLater = unique("b_unlisted");
        store("yandex_metrica", value("visits", "2026-03-02", channel, "10"));
        store("ga4", value("visits", "2026-03-02", channel, "20"), value("visits", "2026-03-03", channel, "30"),
                value("visits", "2026-03-04", channel, "40"));
        store(unlisted, value("visits", "2026-03-04", channel, "1"), value("visits", "2026-03-05", channel, "2"));
        store(unlistedLater, value("visits", "2026-03-05", channel, "3"));
        store("bitrix24", row(0, "revenue", Grain.DAY, "2026-03-02", channel, null, null, "500", "RUB"));
        store("amocrm", row(0, "revenue", Grain.DAY, "2026-03-02", channel, null, null, "400", "RUB"));

        assertThat(read(tx(() -> values().perChannel(Set.of(VISITS, REVENUE), MARCH, Set.of(channel))), REVENUE,
                VISITS)).extracting(row -> row.toList().get(0), row -> row.toList().get(3)).containsExactly(
                tuple("revenue", "400"), tuple("visits", "10"), tuple("visits", "30"), tuple("visits", "40"),
                tuple("visits", "2"));
    }

    @Test
    void campaignsAreReadFromTheSystemThatCountsForTheirChannelSoTheyAddUpToIt() {
        String channel = unique("vk_ads");
        store("yandex_metrica", row(0, "visits", Grain.DAY, "2026-03-02", channel, "Весна", null, "10", null),
                row(0, "visits", Grain.DAY, "2026-03-02", channel, null, "vk / cpc", "3", null),
                row(0, "visits", Grain.DAY, "2026-03-02", channel, null, "vk.com / social", "4", null));
        store("ga4", row(0, "visits", Grain.DAY, "2026-03-02", channel, "Весна", null, "20", null),
                row(0, "visits", Grain.DAY, "2026-03-02", channel, "Только в GA4", null, "5", null),
                row(0, "visits", Grain.DAY, "2026-03-03", channel, "Только в GA4", null, "6", null));

        assertThat(read(tx(() -> values().perCampaign(Set.of(VISITS), MARCH, Set.of(channel))), VISITS))
                .extracting(row -> row.toList().get(1), row -> row.toList().get(2), row -> row.toList().get(3))
                .containsExactly(
                        tuple(Period.day(LocalDate.of(2026, 3, 2)), Map.of("channel", channel, "campaign", ""), "7"),
                        tuple(Period.day(LocalDate.of(2026, 3, 2)), Map.of("channel", channel, "campaign", "Весна"),
                                "10"),
                        tuple(Period.day(LocalDate.of(2026, 3, 3)),
                                Map.of("channel", channel, "campaign", "Только в GA4"), "6"));
        assertThat(read(tx(() -> values().perChannel(Set.of(VISITS), MARCH, Set.of(channel))), VISITS))
                .extracting(row -> row.toList().get(3)).containsExactly("17", "6");
    }

    @Test
    void theCampaignsOfSeveralChannelsAreReadAtOnceEachFromTheSystemThatCountsForItsChannel() {
        String vk = unique("vk_ads");
        String direct = unique("yandex_direct");
        store("yandex_metrica", row(0, "visits", Grain.DAY, "2026-03-02", vk, "Весна", null, "10", null),
                row(0, "visits", Grain.DAY, "2026-03-02", null, "Без канала", null, "99", null));
        store("ga4", row(0, "visits", Grain.DAY, "2026-03-02", vk, "Весна", null, "20", null),
                row(0, "visits", Grain.DAY, "2026-03-02", direct, "Поиск", null, "5", null),
                row(0, "visits", Grain.DAY, "2026-03-02", direct, "РСЯ", null, "6", null));

        List<String> both = read(tx(() -> values().perCampaign(Set.of(VISITS), MARCH, Set.of(vk, direct))), VISITS)
                .stream().map(ValuesThatCountContract::campaignValue).sorted().toList();
        List<String> all = read(tx(() -> values().perCampaign(Set.of(VISITS), MARCH, Set.of())), VISITS).stream()
                .map(ValuesThatCountContract::campaignValue)
                .filter(line -> line.startsWith(vk + "/") || line.startsWith(direct + "/") || line.startsWith("null/"))
                .sorted().toList();

        assertThat(both).containsExactlyInAnyOrder(direct + "/Поиск 5", direct + "/РСЯ 6", vk + "/Весна 10");
        assertThat(all).as("every channel's campaigns; values without a channel have none").isEqualTo(both);
    }

    @Test
    void moneyIsSummedPerCurrencyAndAValueOfNoChannelHasNoChannel() {
        MeasureCode measure = new MeasureCode(unique("receivables"));
        store("manual", row(0, measure.value(), Grain.MONTH, "2026-03-01", null, null, null, "100", "RUB"),
                row(0, measure.value(), Grain.MONTH, "2026-03-01", "seo", null, null, "50", "RUB"),
                row(0, measure.value(), Grain.MONTH, "2026-03-01", "seo", "Весна", null, "25", "RUB"),
                row(0, measure.value(), Grain.MONTH, "2026-03-01", "seo", "Лето", null, "7", "USD"));

        assertThat(read(tx(() -> values().perChannel(Set.of(measure), MARCH, Set.of())), measure)).containsExactly(
                tuple(measure.value(), MARCH, Map.of(), "100", Optional.of(Currency.getInstance("RUB"))),
                tuple(measure.value(), MARCH, Map.of("channel", "seo"), "75", Optional.of(Currency.getInstance("RUB"))),
                tuple(measure.value(), MARCH, Map.of("channel", "seo"), "7", Optional.of(Currency.getInstance("USD"))));
    }

    @Test
    void thePeriodsReadAreThoseThatStartInTheSpan() {
        String channel = unique("seo");
        store("yandex_metrica", row(0, "visits", Grain.WEEK, "2026-02-23", channel, null, null, "1", null),
                row(0, "visits", Grain.MONTH, "2026-03-01", channel, null, null, "2", null),
                row(0, "visits", Grain.WEEK, "2026-03-09", channel, null, null, "3", null),
                value("visits", "2026-03-16", channel, "4"));

        assertThat(read(tx(() -> values().perChannel(Set.of(VISITS),
                Period.custom(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15)), Set.of(channel))), VISITS))
                .extracting(row -> row.toList().get(1))
                .containsExactly(Period.month(2026, 3), Period.of(Grain.WEEK, LocalDate.of(2026, 3, 9)));
    }

    @Test
    void theWholeMonthsComeSummedFromTheDaysThatCountAndTheLevelsOnTheirFirstAndLastDays() {
        String channel = unique("seo");
        String other = unique("vk_ads");
        MeasureCode followers = new MeasureCode("followers");
        // January: Metrica alone; February: GA4 alone on the 2nd, both on the 3rd (Metrica counts), Metrica on the
        // 10th; March is read day by day. Of the followers, a level, each month keeps its first and last day with a
        // value that counts: for followers neither system has a priority, so GA4's, on the 1st and the 31st
        store("yandex_metrica", value("visits", "2026-01-05", channel, "10"), value("visits", "2026-01-31", channel, "5"),
                value("visits", "2026-02-03", channel, "7"), value("visits", "2026-02-10", channel, "8"),
                value("visits", "2026-01-05", other, "100"), value("visits", "2026-03-02", channel, "4"),
                value("followers", "2026-01-03", channel, "880"), value("followers", "2026-01-17", channel, "890"),
                value("followers", "2026-01-31", channel, "900"), value("followers", "2026-02-28", channel, "950"),
                value("followers", "2026-03-05", channel, "960"), value("followers", "2026-03-09", channel, "970"),
                value("followers", "2026-03-20", channel, "975"),
                row(0, "visits", Grain.MONTH, "2026-02-01", other, null, null, "300", null));
        store("ga4", value("visits", "2026-02-02", channel, "20"), value("visits", "2026-02-03", channel, "70"),
                value("followers", "2026-01-01", channel, "1"), value("followers", "2026-01-31", channel, "2"));
        store("bitrix24", row(0, "revenue", Grain.DAY, "2026-01-10", channel, null, null, "500", "RUB"),
                row(0, "revenue", Grain.DAY, "2026-01-11", channel, null, null, "600", "RUB"),
                row(0, "revenue", Grain.DAY, "2026-01-12", channel, null, null, "7", "USD"));
        // two measures one system alone delivers, which no other test writes: a sum and a level
        MeasureCode sales = new MeasureCode(unique("sales"));
        MeasureCode stock = new MeasureCode(unique("stock"));
        store("crm", value(sales.value(), "2026-01-02", channel, "3"), value(sales.value(), "2026-01-09", channel, "4"),
                value(stock.value(), "2026-01-02", channel, "30"), value(stock.value(), "2026-01-09", channel, "31"),
                value(stock.value(), "2026-01-20", channel, "32"));
        Period span = Period.custom(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        LocalDate march = LocalDate.of(2026, 3, 1);
        Set<MeasureCode> measures = Set.of(VISITS, REVENUE, followers, sales, stock);
        Set<String> channels = Set.of(channel, other);

        WholeMonths whole = new WholeMonths(march, Set.of(VISITS, REVENUE, sales), Set.of(followers, stock));
        ObservationSet summed = tx(() -> values().perChannel(measures, span, channels, whole));

        List<Tuple> all = read(summed, VISITS, REVENUE, followers, sales, stock);
        assertThat(all.subList(13, all.size())).as("read without ranking").containsExactly(
                tuple(sales.value(), Period.month(2026, 1), Map.of("channel", channel), "7", Optional.empty()),
                tuple(stock.value(), Period.day(LocalDate.of(2026, 1, 2)), Map.of("channel", channel), "30",
                        Optional.empty()),
                tuple(stock.value(), Period.day(LocalDate.of(2026, 1, 20)), Map.of("channel", channel), "32",
                        Optional.empty()));
        assertThat(all.subList(0, 13)).as("ranked day by day").containsExactly(
                tuple("visits", Period.month(2026, 1), Map.of("channel", channel), "15", Optional.empty()),
                tuple("visits", Period.month(2026, 1), Map.of("channel", other), "100", Optional.empty()),
                tuple("visits", Period.month(2026, 2), Map.of("channel", channel), "35", Optional.empty()),
                tuple("visits", Period.month(2026, 2), Map.of("channel", other), "300", Optional.empty()),
                tuple("visits", Period.day(LocalDate.of(2026, 3, 2)), Map.of("channel", channel), "4", Optional.empty()),
                tuple("revenue", Period.month(2026, 1), Map.of("channel", channel), "1100",
                        Optional.of(Currency.getInstance("RUB"))),
                tuple("revenue", Period.month(2026, 1), Map.of("channel", channel), "7",
                        Optional.of(Currency.getInstance("USD"))),
                tuple("followers", Period.day(LocalDate.of(2026, 1, 1)), Map.of("channel", channel), "1",
                        Optional.empty()),
                tuple("followers", Period.day(LocalDate.of(2026, 1, 31)), Map.of("channel", channel), "2",
                        Optional.empty()),
                tuple("followers", Period.day(LocalDate.of(2026, 2, 28)), Map.of("channel", channel), "950",
                        Optional.empty()),
                tuple("followers", Period.day(LocalDate.of(2026, 3, 5)), Map.of("channel", channel), "960",
                        Optional.empty()),
                tuple("followers", Period.day(LocalDate.of(2026, 3, 9)), Map.of("channel", channel), "970",
                        Optional.empty()),
                tuple("followers", Period.day(LocalDate.of(2026, 3, 20)), Map.of("channel", channel), "975",
                        Optional.empty()));
        assertThat(all).as("what the days read one by one add up to")
                .containsExactlyElementsOf(read(MonthSums.of(tx(() -> values().perChannel(measures, span, channels)),
                        span, whole), VISITS, REVENUE, followers, sales, stock));
    }

    @Test
    void onlyWholeMonthsAreSummed() {
        Period span = Period.custom(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));

        assertThatThrownBy(() -> tx(() -> values().perChannel(Set.of(VISITS), span, Set.of(),
                new WholeMonths(LocalDate.of(2026, 2, 15), Set.of(VISITS), Set.of()))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tx(() -> values().perChannel(Set.of(VISITS),
                Period.custom(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 3, 31)), Set.of(),
                new WholeMonths(LocalDate.of(2026, 2, 1), Set.of(VISITS), Set.of()))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Each observation as (measure, period, dimensions, value without trailing zeros, currency): by measure in the
     * order given, then by period, channel, campaign and currency. There must be none of other measures.
     */
    /** A campaign's value as {@code channel/campaign value}. */
    private static String campaignValue(Tuple row) {
        Map<?, ?> dimensions = (Map<?, ?>) row.toList().get(2);
        return dimensions.get("channel") + "/" + dimensions.get("campaign") + " " + row.toList().get(3);
    }

    private static List<Tuple> read(ObservationSet set, MeasureCode... measures) {
        List<Observation> all = Arrays.stream(measures).flatMap(measure -> set.within(measure, EVER,
                DimensionSelection.all()).stream().sorted(Comparator.comparing(Observation::period)
                .thenComparing(o -> o.dimensions().getOrDefault("channel", ""))
                .thenComparing(o -> o.dimensions().getOrDefault("campaign", ""))
                .thenComparing(o -> o.currency().map(Currency::getCurrencyCode).orElse("")))).toList();
        assertThat(all).as("nothing but the measures asked for").hasSize(set.size());
        return all.stream().map(o -> tuple(o.measure().value(), o.period(), o.dimensions(),
                o.value().stripTrailingZeros().toPlainString(), o.currency())).toList();
    }
}
