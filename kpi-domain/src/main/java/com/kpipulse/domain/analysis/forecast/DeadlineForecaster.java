package com.kpipulse.domain.analysis.forecast;

import com.kpipulse.domain.analysis.forecast.DeadlineForecast.Expected;
import com.kpipulse.domain.analysis.forecast.DeadlineForecast.NotForecast;
import com.kpipulse.domain.analysis.forecast.DeadlineForecast.ShareOfPlan;
import com.kpipulse.domain.kpi.Direction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Forecasts the total of a KPI summed over days at a goal's deadline: the goal's days whose data are in, plus the
 * days still to come as a Holt–Winters model with a weekly season, fitted on the latest weeks, expects them. The
 * interval and the chance of meeting the target come from simulating those days many times with the model's own
 * one-day errors (seeded, so the same data give the same answer).
 */
public final class DeadlineForecaster {

    private final ForecastRules rules;
    private final HoltWintersFit fit = new HoltWintersFit();

    public DeadlineForecaster(ForecastRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public DeadlineForecaster() {
        this(ForecastRules.standard());
    }

    public DeadlineForecast forecast(DeadlineQuestion question) {
        ForecastWords words = new ForecastWords(question);
        double soFar = sum(question, question.goalStart(), min(question.lastKnownDay(), question.deadline()));
        if (!question.lastKnownDay().isBefore(question.deadline())) {
            return known(question, soFar, words);
        }
        FitWindow window = FitWindow.of(question.daily(), question.lastKnownDay(), rules.fitDays());
        if (window.daysWithData() < HoltWintersFit.MINIMUM_DAYS) {
            return new NotForecast(words.tooLittleHistory(window.daysWithData(), question.lastKnownDay()));
        }
        LocalDate firstAhead = question.lastKnownDay().plusDays(1);
        int daysAhead = (int) ChronoUnit.DAYS.between(firstAhead, question.deadline()) + 1;
        FittedModel model = fit.fit(window.values(), window.yearAgoShape(question.daily(), daysAhead), daysAhead);
        int firstCounted = (int) Math.max(0, ChronoUnit.DAYS.between(firstAhead, question.goalStart()));
        TotalDistribution ahead = new TotalDistribution(model.simulateSums(daysAhead, firstCounted, rules.paths(),
                rules.widening(), new SplittableRandom(rules.seed())));
        double tail = (1 - rules.interval()) / 2;
        double expected = soFar + ahead.mean();
        double low = soFar + ahead.quantile(tail);
        double high = soFar + ahead.quantile(1 - tail);
        int daysLeft = daysAhead - firstCounted;
        if (question.target().isEmpty()) {
            return new Expected(figure(soFar), figure(expected), figure(low), figure(high), Optional.empty(),
                    Optional.empty(), question.deadline(), daysLeft, Optional.of(model.summary()),
                    words.paceWithoutTarget(expected, low, high));
        }
        double target = question.target().get().doubleValue();
        double probability = question.direction() == Direction.HIGHER_IS_BETTER
                ? ahead.shareAtLeast(target - soFar) : ahead.shareAtMost(target - soFar);
        boolean certain = model.neverNegative() && (question.direction() == Direction.HIGHER_IS_BETTER
                ? soFar >= target : soFar > target);
        ShareOfPlan share = new ShareOfPlan(expected / target, low / target, high / target);
        return new Expected(figure(soFar), figure(expected), figure(low), figure(high), Optional.of(share),
                Optional.of(probability), question.deadline(), daysLeft, Optional.of(model.summary()),
                words.pace(share, probability, certain));
    }

    /** The deadline's data are in: the total is what it is. */
    private static Expected known(DeadlineQuestion question, double total, ForecastWords words) {
        BigDecimal figure = figure(total);
        Optional<ShareOfPlan> share = question.target().map(BigDecimal::doubleValue)
                .map(target -> new ShareOfPlan(total / target, total / target, total / target));
        Optional<Double> met = question.target().map(BigDecimal::doubleValue)
                .map(target -> (question.direction() == Direction.HIGHER_IS_BETTER ? total >= target : total <= target)
                        ? 1.0 : 0.0);
        return new Expected(figure, figure, figure, figure, share, met, question.deadline(), 0, Optional.empty(),
                words.finalTotal(total));
    }

    private static double sum(DeadlineQuestion question, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        return question.daily().subMap(from, true, to, true).values().stream()
                .mapToDouble(BigDecimal::doubleValue).sum();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static BigDecimal figure(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
