package com.kpipulse.domain.correction.budget;

import com.kpipulse.domain.analysis.SyntheticDraws;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A market whose truth is known: each channel's weekly revenue is a concave curve of its weekly spend that the planner
 * does not share (a Hill curve with an exponent up to 1, or an exponential saturation, never the planner's own log
 * curve), with its own return and its own saturation. Its history is weekly spend moved around a base by campaign
 * tests and budget changes (log-normal), and revenue off the true curve by multiplicative noise. The current spend is
 * the base.
 */
final class SimulatedMarket {

    static final Currency RUB = Currency.getInstance("RUB");
    private static final List<String> CODES = List.of("yandex_direct", "vk_ads", "google_ads", "telegram", "smm_vk",
            "email");
    private static final LocalDate FIRST_WEEK = LocalDate.of(2025, 1, 6);

    /**
     * @param weeks        weeks of history per channel
     * @param spendSpread  the standard deviation of the log of weekly spend around the base
     * @param noise        the standard deviation of the log of weekly revenue around the true curve
     */
    record Conditions(int weeks, double spendSpread, double noise) {

        /** Half a year of weeks, spend moving by about a quarter, revenue noise of 15 %. */
        static Conditions usual() {
            return new Conditions(26, 0.25, 0.15);
        }
    }

    /** A true response curve. */
    record TrueCurve(boolean hill, double scale, double half, double exponent) {

        double outcomeAt(double spend) {
            if (hill) {
                double x = Math.pow(spend / half, exponent);
                return scale * x / (1 + x);
            }
            return -scale * Math.expm1(-spend / half);
        }

        double marginalAt(double spend) {
            if (hill) {
                double x = Math.pow(spend / half, exponent);
                return spend == 0 ? (exponent < 1 ? Double.MAX_VALUE : scale / half)
                        : scale * exponent * x / (spend * (1 + x) * (1 + x));
            }
            return scale / half * Math.exp(-spend / half);
        }
    }

    /** A drawn market: the channels' truths and the question the planner is asked about it. */
    record Market(List<TrueCurve> truths, List<ChannelSpending> channels) {

        BudgetQuestion question(ReallocationMode mode) {
            return new BudgetQuestion(Outcome.REVENUE, RUB, channels, ShiftLimit.standard(), mode);
        }

        /** The true weekly revenue of a spread of spend. */
        double trueRevenue(List<BigDecimal> spend) {
            double sum = 0;
            for (int i = 0; i < truths.size(); i++) {
                sum += truths.get(i).outcomeAt(spend.get(i).doubleValue());
            }
            return sum;
        }

        List<BigDecimal> currentSpend() {
            return channels.stream().map(ChannelSpending::currentSpend).toList();
        }

        /** The same market where channel {@code index} always spent its base: a history that shows no curve. */
        Market flattened(int index) {
            ChannelSpending channel = channels.get(index);
            TrueCurve truth = truths.get(index);
            List<ChannelWeek> flat = channel.history().stream().map(week -> new ChannelWeek(week.weekStart(),
                    channel.currentSpend(), BigDecimal.valueOf(truth.outcomeAt(channel.currentSpend().doubleValue()))
                    .setScale(2, RoundingMode.HALF_UP))).toList();
            return replaced(index, new ChannelSpending(channel.channel(), channel.currentSpend(), flat));
        }

        /** The same market with channel {@code index} spending {@code spend} now. */
        Market spendingNow(int index, BigDecimal spend) {
            ChannelSpending channel = channels.get(index);
            return replaced(index, new ChannelSpending(channel.channel(), spend, channel.history()));
        }

        private Market replaced(int index, ChannelSpending channel) {
            var replaced = new ArrayList<>(channels);
            replaced.set(index, channel);
            return new Market(truths, replaced);
        }
    }

    private SimulatedMarket() {
    }

    static Market draw(long seed, Conditions conditions) {
        var random = new SplittableRandom(seed);
        int count = 3 + random.nextInt(4);
        var truths = new ArrayList<TrueCurve>();
        var channels = new ArrayList<ChannelSpending>();
        for (int c = 0; c < count; c++) {
            double base = Math.round(SyntheticDraws.uniform(random, 50_000, 500_000));
            double averageReturn = SyntheticDraws.uniform(random, 0.8, 5);
            boolean hill = random.nextBoolean();
            double half = base * (hill ? SyntheticDraws.uniform(random, 0.3, 3) : SyntheticDraws.uniform(random, 0.5, 3));
            double exponent = hill ? SyntheticDraws.uniform(random, 0.6, 1) : 1;
            TrueCurve shape = new TrueCurve(hill, 1, half, exponent);
            TrueCurve truth = new TrueCurve(hill, averageReturn * base / shape.outcomeAt(base), half, exponent);
            truths.add(truth);
            var weeks = new ArrayList<ChannelWeek>();
            for (int w = 0; w < conditions.weeks(); w++) {
                double spend = Math.round(base * Math.exp(conditions.spendSpread() * random.nextGaussian()));
                double revenue = truth.outcomeAt(spend) * Math.exp(conditions.noise() * random.nextGaussian()
                        - conditions.noise() * conditions.noise() / 2);
                weeks.add(new ChannelWeek(FIRST_WEEK.plusWeeks(w), BigDecimal.valueOf(spend),
                        BigDecimal.valueOf(revenue).setScale(2, RoundingMode.HALF_UP)));
            }
            channels.add(new ChannelSpending(CODES.get(c), BigDecimal.valueOf(base), weeks));
        }
        return new Market(List.copyOf(truths), List.copyOf(channels));
    }
}
