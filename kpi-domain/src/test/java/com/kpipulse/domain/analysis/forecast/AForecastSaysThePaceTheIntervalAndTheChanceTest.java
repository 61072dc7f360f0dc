package com.kpipulse.domain.analysis.forecast;

import com.kpipulse.domain.analysis.forecast.DeadlineForecast.Expected;
import com.kpipulse.domain.analysis.forecast.DeadlineForecast.NotForecast;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.measure.Unit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * A forecast to the deadline says where the current pace leads as a share of the plan, with its interval and the
 * chance of meeting the plan: «при текущем темпе 87 % плана (80–93 %) к 31.03.2026; вероятность выполнить — 12 %».
 * The goal's days whose data are in count as they are; the rest are forecast.
 */
class AForecastSaysThePaceTheIntervalAndTheChanceTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 3, 31);
    private static final LocalDate TENTH = LocalDate.of(2026, 3, 10);

    private final DeadlineForecaster forecaster = new DeadlineForecaster();

    @Test
    void aSteadyHundredADayLeadsTo3100AndATargetOf3563IsMissedAt87Percent() {
        Expected forecast = expected(question(steady(100, TENTH), TENTH, Optional.of(new BigDecimal("3563"))));

        assertThat(forecast.soFar()).isEqualByComparingTo("1000");
        assertThat(forecast.expected().doubleValue()).isCloseTo(3100, offset(1.0));
        assertThat(forecast.daysLeft()).isEqualTo(21);
        assertThat(forecast.share().orElseThrow().expected()).isCloseTo(0.87, offset(0.001));
        assertThat(forecast.probability().orElseThrow()).isZero();
        assertThat(forecast.summary().in(RUSSIAN)).isEqualTo(
                "при текущем темпе 87\u00A0% плана (87–87\u00A0%) к 31.03.2026; вероятность выполнить — < 1\u00A0%");
        assertThat(forecast.summary().in(Locale.ENGLISH)).isEqualTo(
                "at the current pace 87% of the plan (87–87%) by 2026-03-31; chance of meeting it: < 1%");
        assertThat(forecast.summary().code()).isEqualTo("forecast.pace");
    }

    @Test
    void aNoisyPaceHasAnIntervalAroundTheExpectedTotalAndAChanceBetween() {
        Expected forecast = expected(question(noisy(TENTH), TENTH, Optional.of(new BigDecimal("3100"))));

        assertThat(forecast.low()).isLessThan(forecast.expected());
        assertThat(forecast.high()).isGreaterThan(forecast.expected());
        assertThat(forecast.probability().orElseThrow()).isBetween(0.2, 0.8);
        assertThat(forecast.model()).hasValueSatisfying(model -> assertThat(model.daysFitted()).isEqualTo(182));
        assertThat(forecast.summary().in(RUSSIAN))
                .matches("при текущем темпе \\d+\u00A0% плана \\(\\d+–\\d+\u00A0%\\) к 31\\.03\\.2026; "
                        + "вероятность выполнить — \\d+\u00A0%");
    }

    @Test
    void theSameDataGiveTheSameForecast() {
        DeadlineQuestion question = question(noisy(TENTH), TENTH, Optional.of(new BigDecimal("3100")));

        assertThat(forecaster.forecast(question)).isEqualTo(forecaster.forecast(question));
    }

    @Test
    void aTargetAlreadyReachedIsMetForCertain() {
        Expected forecast = expected(question(steady(100, TENTH), TENTH, Optional.of(new BigDecimal("900"))));

        assertThat(forecast.probability()).contains(1.0);
        assertThat(forecast.summary().in(RUSSIAN)).endsWith("вероятность выполнить — 100\u00A0%");
    }

    @Test
    void forALowerIsBetterTotalTheChanceIsOfStayingWithinTheTarget() {
        DeadlineQuestion question = new DeadlineQuestion(steady(100, TENTH), START, DEADLINE, TENTH,
                Optional.of(new BigDecimal("3563")), Direction.LOWER_IS_BETTER, Unit.COUNT, Optional.empty());

        assertThat(expected(question).probability()).contains(1.0);
    }

    @Test
    void onceTheDeadlinesDataAreInTheTotalIsFinal() {
        Expected forecast = expected(question(steady(104, DEADLINE), DEADLINE, Optional.of(new BigDecimal("3100"))));

        assertThat(forecast.expected()).isEqualByComparingTo("3224");
        assertThat(forecast.low()).isEqualByComparingTo(forecast.high());
        assertThat(forecast.probability()).contains(1.0);
        assertThat(forecast.model()).isEmpty();
        assertThat(forecast.summary().in(RUSSIAN)).isEqualTo("итог к 31.03.2026: 104\u00A0% плана (3\u00A0224)");
    }

    @Test
    void withoutATargetTheTotalIsForecastInItsUnit() {
        DeadlineQuestion question = new DeadlineQuestion(steady(100_000, TENTH), START, DEADLINE, TENTH,
                Optional.empty(), Direction.HIGHER_IS_BETTER, Unit.MONEY, Optional.of(Currency.getInstance("RUB")));
        Expected forecast = expected(question);

        assertThat(forecast.share()).isEmpty();
        assertThat(forecast.probability()).isEmpty();
        assertThat(forecast.summary().in(Locale.ENGLISH)).isEqualTo(
                "at the current pace RUB\u00A03,100,000 by 2026-03-31 (RUB\u00A03,100,000–RUB\u00A03,100,000)");
    }

    @Test
    void aGoalNotYetBegunIsForecastFromTheHistoryBeforeIt() {
        LocalDate before = START.minusDays(5);
        Expected forecast = expected(question(steady(100, before), before, Optional.of(new BigDecimal("3100"))));

        assertThat(forecast.soFar()).isEqualByComparingTo("0");
        assertThat(forecast.daysLeft()).isEqualTo(31);
        assertThat(forecast.expected().doubleValue()).isCloseTo(3100, offset(1.0));
    }

    @Test
    void withLessThanThreeWeeksOfDataThereIsNoForecastAndItSaysWhy() {
        NavigableMap<LocalDate, BigDecimal> young = new TreeMap<>(steady(100, TENTH).tailMap(TENTH.minusDays(14)));
        DeadlineForecast forecast = forecaster.forecast(question(young, TENTH, Optional.of(new BigDecimal("3100"))));

        assertThat(forecast).isInstanceOfSatisfying(NotForecast.class, none -> {
            assertThat(none.reason().in(RUSSIAN))
                    .isEqualTo("прогноза нет: данные есть за 15 дн. по 10.03.2026, нужно хотя бы 21");
            assertThat(none.reason().in(Locale.ENGLISH))
                    .isEqualTo("no forecast: data on 15 days up to 2026-03-10, at least 21 needed");
        });
    }

    private Expected expected(DeadlineQuestion question) {
        DeadlineForecast forecast = forecaster.forecast(question);
        assertThat(forecast).isInstanceOf(Expected.class);
        return (Expected) forecast;
    }

    private static DeadlineQuestion question(NavigableMap<LocalDate, BigDecimal> daily, LocalDate lastKnown,
                                             Optional<BigDecimal> target) {
        return new DeadlineQuestion(daily, START, DEADLINE, lastKnown, target, Direction.HIGHER_IS_BETTER, Unit.COUNT,
                Optional.empty());
    }

    private static NavigableMap<LocalDate, BigDecimal> steady(long value, LocalDate last) {
        NavigableMap<LocalDate, BigDecimal> days = new TreeMap<>();
        for (LocalDate day = LocalDate.of(2025, 6, 1); !day.isAfter(last); day = day.plusDays(1)) {
            days.put(day, BigDecimal.valueOf(value));
        }
        return days;
    }

    private static NavigableMap<LocalDate, BigDecimal> noisy(LocalDate last) {
        SplittableRandom random = new SplittableRandom(7);
        NavigableMap<LocalDate, BigDecimal> days = new TreeMap<>();
        for (LocalDate day = LocalDate.of(2025, 6, 1); !day.isAfter(last); day = day.plusDays(1)) {
            days.put(day, BigDecimal.valueOf(Math.round(100 * (1 + 0.1 * random.nextGaussian()))));
        }
        return days;
    }
}
