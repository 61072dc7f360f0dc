package com.kpipulse.domain.analysis.anomaly;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.measure.Unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static com.kpipulse.domain.analysis.SyntheticDraws.poisson;
import static com.kpipulse.domain.analysis.SyntheticDraws.uniform;
import static com.kpipulse.domain.analysis.SyntheticDraws.weekdayProfile;

/**
 * A daily marketing series as sources deliver them, drawn from a seed: a level between a few hundred and a few
 * hundred thousand a day, a weekday pattern (quieter weekends and a profile of its own), a slow trend and a slow
 * wave, and day-to-day noise that is log-normal, plus Poisson noise for counts. Nothing unusual happens in it; tests
 * put the unusual days in by hand.
 */
final class SyntheticSeries {

    static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 6);
    static final int HISTORY_DAYS = 56;
    static final int JUDGED_DAYS = 84;

    final double[] values;
    final double noise;
    final boolean counts;

    private SyntheticSeries(double[] values, double noise, boolean counts) {
        this.values = values;
        this.noise = noise;
        this.counts = counts;
    }

    /** Realistic noise: 3 to 12 % from day to day, levels from 200 to 200 000 a day. */
    static SyntheticSeries clean(long seed) {
        return draw(new SplittableRandom(seed), 0.03, 0.12, 200, 200_000);
    }

    /** Noisy series: 15 to 25 % from day to day, or small counts (20 to 80 a day). */
    static SyntheticSeries noisy(long seed) {
        return draw(new SplittableRandom(seed), 0.15, 0.25, 20, 80);
    }

    /** Money-like values (no Poisson noise besides) with day-to-day noise of exactly {@code sigma}. */
    static SyntheticSeries withNoise(long seed, double sigma) {
        return draw(new SplittableRandom(seed), sigma, sigma, 1_000, 200_000, false);
    }

    private static SyntheticSeries draw(SplittableRandom random, double minNoise, double maxNoise, double minLevel,
                                        double maxLevel) {
        return draw(random, minNoise, maxNoise, minLevel, maxLevel, random.nextBoolean());
    }

    private static SyntheticSeries draw(SplittableRandom random, double minNoise, double maxNoise, double minLevel,
                                        double maxLevel, boolean counts) {
        double level = Math.exp(uniform(random, Math.log(minLevel), Math.log(maxLevel)));
        double[] weekday = weekdayProfile(random);
        double trendPerDay = Math.log(1 + uniform(random, -0.3, 0.5)) / 365;
        double waveAmplitude = uniform(random, 0, 0.15);
        double wavePhase = uniform(random, 0, 2 * Math.PI);
        double sigma = uniform(random, minNoise, maxNoise);
        double[] values = new double[HISTORY_DAYS + JUDGED_DAYS];
        for (int t = 0; t < values.length; t++) {
            int d = FIRST_DAY.plusDays(t).getDayOfWeek().ordinal();
            double mean = level * Math.exp(weekday[d] + trendPerDay * t
                    + waveAmplitude * Math.sin(2 * Math.PI * t / 365 + wavePhase)
                    + sigma * random.nextGaussian() - sigma * sigma / 2);
            values[t] = counts ? poisson(random, mean) : Math.round(mean * 100) / 100.0;
        }
        return new SyntheticSeries(values, sigma, counts);
    }

    static LocalDate day(int index) {
        return FIRST_DAY.plusDays(index);
    }

    static LocalDate firstJudged() {
        return day(HISTORY_DAYS);
    }

    static LocalDate lastJudged() {
        return day(HISTORY_DAYS + JUDGED_DAYS - 1);
    }

    /** The series as a source delivered it; a NaN value is a day it delivered nothing for. */
    DailySeries delivered() {
        var byDay = new TreeMap<LocalDate, BigDecimal>();
        for (int t = 0; t < values.length; t++) {
            if (!Double.isNaN(values[t])) {
                byDay.put(day(t), BigDecimal.valueOf(values[t]).setScale(2, RoundingMode.HALF_UP));
            }
        }
        return new DailySeries(SeriesKey.of("visits", "yandex_metrica", "seo"),
                new SeriesNames(LocalizedText.of("Метрика", "Metrica"), LocalizedText.of("визиты", "visits"),
                        Optional.of(LocalizedText.of("SEO", "SEO"))),
                counts ? Unit.COUNT : Unit.MONEY,
                counts ? Optional.empty() : Optional.of(Currency.getInstance("RUB")), byDay);
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
