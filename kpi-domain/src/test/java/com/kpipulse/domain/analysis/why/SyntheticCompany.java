package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.analysis.SyntheticDraws;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic company with a known truth: three paid channels (Yandex Direct, VK Ads, Google Ads) and three organic
 * ones (SEO, email, direct visits), each with its own traffic, funnel, average check and prices drawn around typical
 * values; a weekday pattern, a yearly wave, day-to-day noise per channel and for the whole market, and counting noise
 * (binomial conversions, order values with a 50 % spread). It lives a year and a bit of days (54 ISO weeks); the last
 * week is the one asked about, held against the week before, with the same two weeks a year earlier and the 52 weeks
 * before as history. One cause at a time is put into the last week.
 */
final class SyntheticCompany {

    static final Currency RUB = Currency.getInstance("RUB");
    static final int WEEKS = 54;
    static final int HISTORY_WEEKS = 52;
    private static final LocalDate CURRENT_MONDAY = LocalDate.of(2026, 6, 15);
    private static final double[] WEEKDAY = {1.08, 1.1, 1.06, 1.04, 0.98, 0.85, 0.82};

    enum Scenario {
        /** Site conversion (visits to carts) falls 50–70 % in one of the large channels. */
        CONVERSION_DROP,
        /** Every paid channel buys 30–50 % fewer clicks. */
        BUDGET_CUT,
        /** The average check falls 20–30 % in every channel. */
        AOV_DROP,
        /** One large channel's source delivers nothing for 3 or 4 days of the week; the caller flags it. */
        MISSING_DAYS,
        /** One paid channel buys 2.5–3.5 times the clicks (ROMI is asked about). */
        SPEND_SPIKE,
        /** Demand dips 20–35 % in every channel, and dipped as much in the same week a year earlier. */
        SEASONAL_DIP,
        /** Nothing happens. */
        NOISE,
        /** Visits turn into leads 30–45 % less often in every channel (new customers are asked about). */
        LEAD_DROP
    }

    /** What was put in, to check the analysis against. */
    record Truth(Cause cause, Optional<String> channel, String driver) {
    }

    record Case(DeviationQuestion question, Truth truth) {
    }

    private record ChannelSpec(String code, boolean paid, double daily, double cpc, double ctr, double clickToVisit,
                               double visitToCart, double cartToOrder, double aov, double visitToLead,
                               double leadQuality, double qualifiedToCustomer, double fixedSpend) {

        double expectedRevenue() {
            return daily * (paid ? clickToVisit : 1) * visitToCart * cartToOrder * aov;
        }
    }

    /** What the last week (and, for the season, the same week a year earlier) does differently. */
    private static final class Shock {
        final Map<String, Double> volume = new HashMap<>();
        final Map<String, Double> conversion = new HashMap<>();
        final Map<String, Double> check = new HashMap<>();
        final Map<String, Double> leads = new HashMap<>();
        final Map<String, Set<Integer>> missingDays = new HashMap<>();
    }

    private final Random random;
    private final List<ChannelSpec> channels;

    private SyntheticCompany(long seed) {
        this.random = new Random(seed);
        this.channels = List.of(
                spec("yandex_direct", true, 6000, 32, 0.04, 0.9, 0.09, 0.32, 4200, 0.05, 0.5, 0.35, 0),
                spec("vk_ads", true, 4000, 21, 0.012, 0.85, 0.07, 0.28, 3600, 0.04, 0.4, 0.3, 0),
                spec("google_ads", true, 2400, 38, 0.035, 0.9, 0.085, 0.3, 4500, 0.05, 0.5, 0.35, 0),
                spec("seo", false, 7200, 0, 0, 1, 0.1, 0.33, 4400, 0.06, 0.55, 0.4, 16000),
                spec("email", false, 1400, 0, 0, 1, 0.14, 0.4, 3900, 0.08, 0.6, 0.45, 3200),
                spec("direct", false, 3600, 0, 0, 1, 0.12, 0.36, 4600, 0.07, 0.6, 0.4, 0));
    }

    static Case generate(Scenario scenario, long seed) {
        return new SyntheticCompany(seed).build(scenario, OptionalDouble.empty());
    }

    /** A conversion drop of exactly {@code drop} (0.3: −30 %) in one of the large channels. */
    static Case conversionDrop(long seed, double drop) {
        return new SyntheticCompany(seed).build(Scenario.CONVERSION_DROP, OptionalDouble.of(drop));
    }

    private ChannelSpec spec(String code, boolean paid, double daily, double cpc, double ctr, double clickToVisit,
                             double visitToCart, double cartToOrder, double aov, double visitToLead, double leadQuality,
                             double qualifiedToCustomer, double fixedSpend) {
        return new ChannelSpec(code, paid, daily * around(0.25), cpc * around(0.2), ctr * around(0.2), clickToVisit,
                visitToCart * around(0.2), cartToOrder * around(0.15), aov * around(0.15), visitToLead * around(0.2),
                leadQuality * around(0.15), qualifiedToCustomer * around(0.15), fixedSpend * around(0.2));
    }

    private double around(double spread) {
        return 1 + spread * (2 * random.nextDouble() - 1);
    }

    private double between(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    private Case build(Scenario scenario, OptionalDouble strength) {
        var now = new Shock();
        var yearEarlier = new Shock();
        var flags = new ArrayList<InputFlag>();
        KpiCode kpi = new KpiCode("revenue");
        Truth truth;
        switch (scenario) {
            case CONVERSION_DROP -> {
                String channel = pick(largeChannels());
                now.conversion.put(channel, 1 - (strength.isPresent() ? strength.getAsDouble() : between(0.5, 0.7)));
                truth = new Truth(Cause.CHANNEL, Optional.of(channel), "conversion_rate");
            }
            case BUDGET_CUT -> {
                paid().forEach(channel -> now.volume.put(channel, 1 - between(0.3, 0.5)));
                truth = new Truth(Cause.BUDGET, Optional.empty(), "visits");
            }
            case AOV_DROP -> {
                double drop = between(0.2, 0.3);
                codes().forEach(channel -> now.check.put(channel, 1 - drop * around(0.1)));
                truth = new Truth(Cause.STRATEGY, Optional.empty(), "aov");
            }
            case MISSING_DAYS -> {
                String channel = pick(largeChannels());
                var days = new HashSet<Integer>();
                int missing = 3 + random.nextInt(2);
                while (days.size() < missing) {
                    days.add(random.nextInt(7));
                }
                now.missingDays.put(channel, days);
                flags.add(new InputFlag(InputFlag.Kind.INCOMPLETE, channel));
                truth = new Truth(Cause.DATA, Optional.of(channel), "visits");
            }
            case SPEND_SPIKE -> {
                String channel = pick(paid());
                now.volume.put(channel, between(2.5, 3.5));
                kpi = new KpiCode("romi");
                truth = new Truth(Cause.BUDGET, Optional.of(channel), "marketing_spend");
            }
            case SEASONAL_DIP -> {
                double dip = between(0.2, 0.35);
                codes().forEach(channel -> now.volume.put(channel, 1 - dip));
                codes().forEach(channel -> yearEarlier.volume.put(channel, 1 - dip));
                truth = new Truth(Cause.SEASON, Optional.empty(), "visits");
            }
            case NOISE -> truth = new Truth(Cause.NONE, Optional.empty(), "");
            case LEAD_DROP -> {
                double drop = between(0.3, 0.45);
                codes().forEach(channel -> now.leads.put(channel, 1 - drop));
                kpi = new KpiCode("new_customers");
                truth = new Truth(Cause.STRATEGY, Optional.empty(), "leads");
            }
            default -> throw new IllegalStateException(scenario.toString());
        }
        List<PeriodFigures> weeks = live(now, yearEarlier, flags);
        PeriodFigures current = weeks.get(WEEKS - 1);
        PeriodFigures previous = weeks.get(WEEKS - 2);
        var lastYear = new YearEarlier(weeks.get(WEEKS - 1 - 52), weeks.get(WEEKS - 2 - 52));
        List<PeriodFigures> history = weeks.subList(WEEKS - 1 - HISTORY_WEEKS, WEEKS - 1);
        var question = new DeviationQuestion(kpi, ReferenceKind.PREVIOUS, current, previous, Optional.of(lastYear),
                history, Set.of(), Optional.of(RUB));
        return new Case(question, truth);
    }

    private List<String> codes() {
        return channels.stream().map(ChannelSpec::code).toList();
    }

    private List<String> paid() {
        return channels.stream().filter(ChannelSpec::paid).map(ChannelSpec::code).toList();
    }

    /** The channels that bring a fifth of the revenue or more, so that their trouble shows in the total. */
    private List<String> largeChannels() {
        double total = channels.stream().mapToDouble(ChannelSpec::expectedRevenue).sum();
        List<String> large = channels.stream().filter(channel -> channel.expectedRevenue() >= 0.2 * total)
                .map(ChannelSpec::code).toList();
        return large.isEmpty() ? List.of(channels.stream().max(java.util.Comparator.comparingDouble(
                ChannelSpec::expectedRevenue)).orElseThrow().code()) : large;
    }

    private String pick(List<String> codes) {
        return codes.get(random.nextInt(codes.size()));
    }

    /** Every day of the 54 weeks, summed per ISO week and channel. */
    private List<PeriodFigures> live(Shock now, Shock yearEarlier, List<InputFlag> flags) {
        LocalDate first = CURRENT_MONDAY.minusWeeks(WEEKS - 1);
        double phase = random.nextDouble() * 2 * Math.PI;
        var weeks = new ArrayList<PeriodFigures>();
        for (int week = 0; week < WEEKS; week++) {
            Shock shock = week == WEEKS - 1 ? now : week == WEEKS - 1 - 52 ? yearEarlier : new Shock();
            var sums = new LinkedHashMap<String, Map<String, Double>>();
            channels.forEach(channel -> sums.put(channel.code(), new LinkedHashMap<>()));
            LocalDate monday = first.plusWeeks(week);
            for (int day = 0; day < 7; day++) {
                LocalDate date = monday.plusDays(day);
                double market = WEEKDAY[date.getDayOfWeek().getValue() - 1]
                        * (1 + 0.08 * Math.sin(2 * Math.PI * date.getDayOfYear() / 365.25 + phase))
                        * Math.exp(0.03 * random.nextGaussian());
                for (ChannelSpec channel : channels) {
                    Map<String, Double> day_ = dayOf(channel, market, shock);
                    if (!shock.missingDays.getOrDefault(channel.code(), Set.of()).contains(day)) {
                        day_.forEach((measure, value) -> sums.get(channel.code()).merge(measure, value, Double::sum));
                    }
                }
            }
            var figures = new ArrayList<ChannelFigures>();
            sums.forEach((code, measures) -> {
                var values = new HashMap<String, BigDecimal>();
                measures.forEach((measure, value) -> values.put(measure,
                        BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()));
                figures.add(ChannelFigures.of(code, new MeasureSums(values)));
            });
            Period period = Period.of(Grain.WEEK, monday);
            if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
                throw new IllegalStateException("weeks start on Monday");
            }
            weeks.add(new PeriodFigures(period, figures, week == WEEKS - 1 ? flags : List.of()));
        }
        return weeks;
    }

    private Map<String, Double> dayOf(ChannelSpec channel, double market, Shock shock) {
        double demand = channel.daily() * market * Math.exp(0.05 * random.nextGaussian())
                * shock.volume.getOrDefault(channel.code(), 1.0);
        var day = new LinkedHashMap<String, Double>();
        double visits;
        double marketingSpend = channel.fixedSpend();
        if (channel.paid()) {
            double clicks = poisson(demand);
            double cpc = channel.cpc() * Math.exp(0.04 * random.nextGaussian());
            double adSpend = clicks * cpc;
            day.put("impressions", poisson(clicks / channel.ctr()));
            day.put("clicks", clicks);
            day.put("ad_spend", adSpend);
            marketingSpend += adSpend;
            visits = binomial(clicks, channel.clickToVisit());
        } else {
            visits = poisson(demand);
        }
        double carts = binomial(visits, channel.visitToCart() * shock.conversion.getOrDefault(channel.code(), 1.0));
        double orders = binomial(carts, channel.cartToOrder());
        double check = channel.aov() * shock.check.getOrDefault(channel.code(), 1.0);
        double revenue = orders == 0 ? 0 : Math.max(0, orders * check * (1 + 0.5 / Math.sqrt(orders) * random.nextGaussian()));
        double leads = binomial(visits, channel.visitToLead() * shock.leads.getOrDefault(channel.code(), 1.0));
        double qualified = binomial(leads, channel.leadQuality());
        day.put("visits", visits);
        day.put("carts", carts);
        day.put("orders", orders);
        day.put("revenue", revenue);
        day.put("leads", leads);
        day.put("qualified_leads", qualified);
        day.put("new_customers", binomial(qualified, channel.qualifiedToCustomer()));
        day.put("marketing_spend", marketingSpend);
        return day;
    }

    private double poisson(double mean) {
        return mean < 30 ? SyntheticDraws.poissonOfASmallMean(random, mean) : SyntheticDraws.poissonOfALargeMean(random, mean);
    }

    private double binomial(double trials, double probability) {
        double mean = trials * probability;
        double spread = Math.sqrt(mean * (1 - probability));
        return Math.min(trials, Math.max(0, Math.round(mean + spread * random.nextGaussian())));
    }
}
