package com.kpipulse.domain.correction.effect;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.channel.Channel;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.measure.Unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static com.kpipulse.domain.analysis.SyntheticDraws.poisson;
import static com.kpipulse.domain.analysis.SyntheticDraws.uniform;
import static com.kpipulse.domain.analysis.SyntheticDraws.weekdayProfile;

/**
 * A corrective action on one channel, simulated from a seed: twenty weeks before its start and five weeks and two
 * days of measuring window (due three weeks after a Wednesday start, plus the standard two weeks), for the action's
 * channel and three channels it did not touch. Every channel has its own level, its own weekday pattern and its own
 * day-to-day noise that carries over from one day to the next (AR(1), φ from 0.3 to 0.6); all channels share a
 * market's slow noise, a trend when asked, and a shock when asked (−30 % to +30 % for two to four weeks from a few days
 * before to ten days after the start). From the start the action's channel is multiplied by 1 + the injected effect.
 * <p>
 * Two KPIs: revenue (a total, its days averaged) and site conversion (orders / visits, Poisson counts of some two
 * thousand visits and a 2–4 % conversion a day, weighted by visits).
 */
final class SimulatedAction {

    static final LocalDate START = LocalDate.of(2026, 3, 4);
    static final LocalDate DUE = START.plusDays(22);
    static final MeasuringWindow WINDOW = MeasuringWindow.standard(START, DUE);
    static final LocalDate FIRST_DAY = START.minusWeeks(20);
    static final Channel VK = channel("vk_ads", "VK Реклама", "VK Ads");
    static final List<Channel> OTHERS = List.of(channel("yandex_direct", "Яндекс Директ", "Yandex Direct"),
            channel("seo", "SEO", "SEO"), channel("telegram", "Telegram", "Telegram"));
    private static final Currency RUB = Currency.getInstance("RUB");

    enum Kpi { REVENUE, CONVERSION }

    /**
     * What happens in a simulated run.
     *
     * @param effect  the injected effect, as a share (0.2 is +20 %)
     * @param control whether the channels the action did not touch are given (difference in differences) or not
     *                (interrupted time series)
     * @param shock   whether a shock hits every channel around the start
     * @param trend   whether every channel follows a trend (−20 % to +40 % a year)
     */
    record Scenario(Kpi kpi, double effect, boolean control, boolean shock, boolean trend) {
    }

    private SimulatedAction() {
    }

    static EffectQuestion question(Scenario scenario, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int days = (int) (WINDOW.end().toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
        double[] market = market(random, days, scenario);
        Channel[] treatedFirst = {VK, OTHERS.get(0), OTHERS.get(1), OTHERS.get(2)};
        double[][] numerators = new double[treatedFirst.length][];
        double[][] denominators = new double[treatedFirst.length][];
        for (int channel = 0; channel < treatedFirst.length; channel++) {
            double effect = channel == 0 ? scenario.effect() : 0;
            if (scenario.kpi() == Kpi.REVENUE) {
                numerators[channel] = revenue(random, market, effect);
            } else {
                denominators[channel] = visits(random, days);
                numerators[channel] = orders(random, market, denominators[channel], effect);
            }
        }
        KpiDays treated = days(scenario.kpi(), numerators, denominators, 0, 1);
        Optional<Control> control = scenario.control()
                ? Optional.of(new Control(days(scenario.kpi(), numerators, denominators, 1, treatedFirst.length),
                OTHERS))
                : Optional.empty();
        return scenario.kpi() == Kpi.REVENUE
                ? new EffectQuestion(LocalizedText.of("Выручка", "Revenue"), Unit.MONEY, Optional.of(RUB),
                Direction.HIGHER_IS_BETTER, treated, List.of(VK), control, WINDOW, WINDOW.end(), Optional.empty())
                : new EffectQuestion(LocalizedText.of("Конверсия сайта", "Site conversion rate"), Unit.PERCENT,
                Optional.empty(), Direction.HIGHER_IS_BETTER, treated, List.of(VK), control, WINDOW, WINDOW.end(),
                Optional.empty());
    }

    /** The log factor every channel shares on each day: slow market noise, a trend and a shock as asked. */
    private static double[] market(SplittableRandom random, int days, Scenario scenario) {
        double trendPerDay = scenario.trend() ? Math.log(1 + uniform(random, -0.2, 0.4)) / 365 : 0;
        int startIndex = index(START);
        int shockFrom = startIndex + random.nextInt(-3, 11);
        int shockTo = shockFrom + random.nextInt(14, 29);
        double shock = Math.log(1 + uniform(random, 0.1, 0.3) * (random.nextBoolean() ? 1 : -1));
        double[] market = new double[days];
        double wander = 0;
        for (int t = 0; t < days; t++) {
            wander = 0.9 * wander + 0.02 * random.nextGaussian();
            market[t] = wander + trendPerDay * t + (scenario.shock() && t >= shockFrom && t < shockTo ? shock : 0);
        }
        return market;
    }

    /** A channel's revenue a day: 20 000 to 2 000 000 ₽ around its weekday pattern and the market. */
    private static double[] revenue(SplittableRandom random, double[] market, double effect) {
        double level = Math.exp(uniform(random, Math.log(20_000), Math.log(2_000_000)));
        double[] noise = ownNoise(random, market.length, uniform(random, 0.08, 0.15));
        double[] weekday = weekdayProfile(random);
        double[] revenue = new double[market.length];
        for (int t = 0; t < market.length; t++) {
            revenue[t] = level * Math.exp(weekday[day(t).getDayOfWeek().ordinal()] + market[t] + noise[t])
                    * (t >= index(START) ? 1 + effect : 1);
        }
        return revenue;
    }

    /** A channel's visits a day: some 1 000 to 4 000, with a weekday pattern and noise of their own. */
    private static double[] visits(SplittableRandom random, int days) {
        double level = uniform(random, 1_000, 4_000);
        double[] noise = ownNoise(random, days, 0.1);
        double[] weekday = weekdayProfile(random);
        double[] visits = new double[days];
        for (int t = 0; t < days; t++) {
            visits[t] = poisson(random, level * Math.exp(weekday[day(t).getDayOfWeek().ordinal()] + noise[t]));
        }
        return visits;
    }

    /** Orders from the visits at a conversion of 2–4 % that moves with the market and noise of its own. */
    private static double[] orders(SplittableRandom random, double[] market, double[] visits, double effect) {
        double rate = uniform(random, 0.02, 0.04);
        double[] noise = ownNoise(random, market.length, 0.05);
        double[] orders = new double[market.length];
        for (int t = 0; t < market.length; t++) {
            double todays = rate * Math.exp(market[t] + noise[t]) * (t >= index(START) ? 1 + effect : 1);
            orders[t] = poisson(random, visits[t] * Math.min(1, todays));
        }
        return orders;
    }

    /** AR(1) noise on the log scale with standard deviation {@code sigma} and φ between 0.3 and 0.6. */
    private static double[] ownNoise(SplittableRandom random, int days, double sigma) {
        double phi = uniform(random, 0.3, 0.6);
        double innovation = sigma * Math.sqrt(1 - phi * phi);
        double[] noise = new double[days];
        double previous = sigma * random.nextGaussian();
        for (int t = 0; t < days; t++) {
            previous = phi * previous + innovation * random.nextGaussian();
            noise[t] = previous - sigma * sigma / 2;
        }
        return noise;
    }

    /** The KPI over channels {@code from} to {@code to} (exclusive): revenue added up, or Σ orders / Σ visits. */
    private static KpiDays days(Kpi kpi, double[][] numerators, double[][] denominators, int from, int to) {
        var values = new TreeMap<LocalDate, BigDecimal>();
        var weights = new TreeMap<LocalDate, BigDecimal>();
        for (int t = 0; t < numerators[from].length; t++) {
            double numerator = 0;
            double denominator = 0;
            for (int channel = from; channel < to; channel++) {
                numerator += numerators[channel][t];
                denominator += kpi == Kpi.CONVERSION ? denominators[channel][t] : 0;
            }
            if (kpi == Kpi.REVENUE) {
                values.put(day(t), BigDecimal.valueOf(numerator).setScale(2, RoundingMode.HALF_UP));
            } else if (denominator > 0) {
                values.put(day(t), BigDecimal.valueOf(numerator / denominator));
                weights.put(day(t), BigDecimal.valueOf(denominator));
            }
        }
        return kpi == Kpi.REVENUE ? KpiDays.meanOfDays(values) : KpiDays.ratioOfSums(values, weights);
    }

    private static int index(LocalDate day) {
        return (int) (day.toEpochDay() - FIRST_DAY.toEpochDay());
    }

    static LocalDate day(int index) {
        return FIRST_DAY.plusDays(index);
    }

    static Channel channel(String code, String ru, String en) {
        return new Channel(code, LocalizedText.of(ru, en), true, false);
    }
}
