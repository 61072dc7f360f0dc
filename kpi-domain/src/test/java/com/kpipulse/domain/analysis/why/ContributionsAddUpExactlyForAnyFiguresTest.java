package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.period.Period;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the figures — zeros, drops and rises, one channel or several, channels that start or stop — the drivers
 * add up exactly to the deviation, the opened parts to their driver, the channels to the deviation, and each
 * channel's rate and mix effects to its part.
 */
class ContributionsAddUpExactlyForAnyFiguresTest {

    private static final List<String> MEASURES = List.of("revenue", "orders", "visits", "carts", "cart_orders",
            "marketing_spend", "ad_spend", "sales_spend", "new_customers", "clicks", "impressions", "target_actions",
            "leads", "qualified_leads", "nps_promoters", "nps_passives", "nps_detractors", "total_costs", "gross_profit");
    private static final List<String> KPIS = List.of("revenue", "orders", "conversion_rate", "aov", "cac", "romi",
            "roas", "roi", "cpa", "cpc", "ctr", "nps", "cart_abandonment", "profit", "new_customers", "leads",
            "lead_quality", "cps");
    private static final List<String> CHANNELS = List.of("yandex_direct", "vk_ads", "seo", "direct");
    private static final Period WEEK = Period.isoWeek(2026, 25);
    private static final Period WEEK_BEFORE = Period.isoWeek(2026, 24);

    private final FormulaValues values = new FormulaValues(KpiCatalog.standard());
    private final WhyAnalysis analysis = new WhyAnalysis(KpiCatalog.standard(), ChannelCatalog.seed());

    @Property(tries = 400)
    void aShapleySplitOfAnyDriverTreeAddsUpToTheChangeAndGivesNothingToADriverThatStayed(
            @ForAll @IntRange(min = 0, max = 100) int treeIndex,
            @ForAll @Size(20) List<@IntRange(min = -2000, max = 2000) Integer> before,
            @ForAll @Size(20) List<@IntRange(min = -2000, max = 2000) Integer> after,
            @ForAll @IntRange(min = -1, max = 5) int stays) {
        List<DriverTree> trees = DriverTrees.standard().all();
        DriverTree tree = trees.get(treeIndex % trees.size());
        List<String> drivers = tree.drivers();
        var then = new HashMap<String, BigDecimal>();
        var now = new HashMap<String, BigDecimal>();
        for (int k = 0; k < drivers.size(); k++) {
            then.put(drivers.get(k), BigDecimal.valueOf(before.get(k), 1));
            now.put(drivers.get(k), k == stays ? then.get(drivers.get(k)) : BigDecimal.valueOf(after.get(k), 1));
        }

        Optional<List<BigDecimal>> parts = ShapleySplit.split(drivers.size(), mix -> {
            var mixed = new HashMap<String, BigDecimal>();
            for (int k = 0; k < drivers.size(); k++) {
                mixed.put(drivers.get(k), ((mix >> k) & 1) == 1 ? now.get(drivers.get(k)) : then.get(drivers.get(k)));
            }
            return values.identity(tree.identity(), mixed);
        });

        parts.ifPresent(split -> {
            BigDecimal change = values.identity(tree.identity(), now).orElseThrow()
                    .subtract(values.identity(tree.identity(), then).orElseThrow());
            assertThat(sum(split)).isEqualByComparingTo(change);
            if (stays >= 0 && stays < drivers.size()) {
                assertThat(split.get(stays)).isEqualByComparingTo(BigDecimal.ZERO);
            }
        });
    }

    @Property(tries = 300)
    void driversAndChannelsAddUpToTheDeviationOfAnyCompany(@ForAll("kpis") String kpi,
                                                           @ForAll("companies") List<Map<String, MeasureSums>> company) {
        var question = new DeviationQuestion(new KpiCode(kpi), ReferenceKind.PREVIOUS, figures(WEEK, company.get(1)),
                figures(WEEK_BEFORE, company.get(0)), Optional.empty(), List.of(), Set.of(),
                Optional.of(SyntheticCompany.RUB));

        WhyAnswer answer = analysis.diagnose(question);
        Statistics.collect(answer.getClass().getSimpleName(), company.get(0).size() == 1 ? "one channel" : "several");
        if (answer instanceof Diagnosis diagnosis) {
            InjectedCausesAreNamedInNineRunsOfTenTest.assertAddsUpExactly(diagnosis);
            assertThat(diagnosis.deviation()).isEqualByComparingTo(diagnosis.actual().subtract(diagnosis.reference()));
            assertThat(diagnosis.drivers()).isNotEmpty();
            for (SliceContribution channel : diagnosis.channels()) {
                channel.actual().filter(value -> channel.reference().isPresent() && !channel.drivers().isEmpty())
                        .ifPresent(value -> assertThat(sum(channel.drivers().stream()
                                .map(DriverContribution::contribution).toList()))
                                .isEqualByComparingTo(value.subtract(channel.reference().get())));
            }
        }
    }

    @Property(tries = 300)
    void rateAndMixAddUpWhenChannelsStartStopOrHaveNoDenominator(
            @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 0, max = 500) Integer> visitsBefore,
            @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 0, max = 500) Integer> visitsAfter,
            @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 0, max = 40) Integer> ordersBefore,
            @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 0, max = 40) Integer> ordersAfter) {
        Map<String, MeasureSums> then = slices(visitsBefore, ordersBefore);
        Map<String, MeasureSums> now = slices(visitsAfter, ordersAfter);
        var kpi = KpiCatalog.standard().find("conversion_rate").orElseThrow();
        Optional<BigDecimal> before = values.of(kpi, MeasureSums.sum(then.values()));
        Optional<BigDecimal> after = values.of(kpi, MeasureSums.sum(now.values()));
        if (before.isEmpty() || after.isEmpty()) {
            return;
        }
        BigDecimal deviation = after.get().subtract(before.get());

        Map<String, RateAndMix> effects = ChannelAttribution.split(KpiShape.of(kpi, KpiCatalog.standard()), now, then,
                deviation).orElseThrow();

        assertThat(sum(effects.values().stream().map(RateAndMix::contribution).toList())).isEqualByComparingTo(deviation);
        effects.forEach((slice, effect) -> {
            if (then.getOrDefault(slice, MeasureSums.NONE).equals(now.getOrDefault(slice, MeasureSums.NONE))) {
                assertThat(effect.contribution()).as("%s did not move", slice).isEqualByComparingTo(BigDecimal.ZERO);
            }
        });
    }

    private static Map<String, MeasureSums> slices(List<Integer> visits, List<Integer> orders) {
        var slices = new LinkedHashMap<String, MeasureSums>();
        for (int i = 0; i < Math.min(visits.size(), orders.size()); i++) {
            slices.put("channel_" + i, new MeasureSums(Map.of("visits", BigDecimal.valueOf(visits.get(i)),
                    "orders", BigDecimal.valueOf(Math.min(orders.get(i), visits.get(i))))));
        }
        return slices;
    }

    @Provide
    Arbitrary<String> kpis() {
        return Arbitraries.of(KPIS);
    }

    /** Two periods of one to four channels; each measure is zero about one time in five. */
    @Provide
    Arbitrary<List<Map<String, MeasureSums>>> companies() {
        Arbitrary<BigDecimal> figure = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)),
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(1, 1_000_000).map(value -> BigDecimal.valueOf(value, 2))));
        Arbitrary<MeasureSums> sums = figure.list().ofSize(MEASURES.size()).map(list -> {
            var values = new HashMap<String, BigDecimal>();
            for (int i = 0; i < MEASURES.size(); i++) {
                values.put(MEASURES.get(i), list.get(i));
            }
            return new MeasureSums(values);
        });
        Arbitrary<Map<String, MeasureSums>> period = Arbitraries.integers().between(1, CHANNELS.size())
                .flatMap(count -> sums.list().ofSize(count).map(list -> {
                    var channels = new LinkedHashMap<String, MeasureSums>();
                    for (int i = 0; i < list.size(); i++) {
                        channels.put(CHANNELS.get(i), list.get(i));
                    }
                    return channels;
                }));
        return Combinators.combine(period, period).as(List::of);
    }

    private static PeriodFigures figures(Period period, Map<String, MeasureSums> channels) {
        var figures = new ArrayList<ChannelFigures>();
        channels.forEach((code, sums) -> figures.add(ChannelFigures.of(code, sums)));
        return PeriodFigures.of(period, figures);
    }

    private static BigDecimal sum(List<BigDecimal> parts) {
        return parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
