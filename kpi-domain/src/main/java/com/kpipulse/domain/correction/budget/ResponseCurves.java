package com.kpipulse.domain.correction.budget;

import com.kpipulse.domain.correction.budget.CurveVerdict.Fitted;
import com.kpipulse.domain.correction.budget.CurveVerdict.NoCurve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Fits a channel's response curve on its latest weeks with spend, or says why it cannot: too few weeks, a spend that
 * hardly moved, or too few weeks with any outcome. Its uncertainty comes from a bootstrap over the weeks (the curve
 * refitted on weeks drawn with replacement, seeded by the rules and the channel's code, so the same history always
 * gives the same spread).
 * <p>
 * Weeks without spend are left out: the curve passes through zero, and a paused week says nothing of how the outcome
 * bends with spend.
 */
final class ResponseCurves {

    private static final int REDRAWS = 20;

    private final BudgetRules rules;
    private final BudgetWords words;

    ResponseCurves(BudgetRules rules, BudgetWords words) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.words = Objects.requireNonNull(words, "words");
    }

    CurveVerdict fit(ChannelSpending channel) {
        List<ChannelWeek> weeks = channel.history().stream().filter(week -> week.spend().signum() > 0).toList();
        weeks = weeks.subList(Math.max(0, weeks.size() - rules.fitWeeks()), weeks.size());
        String code = channel.channel();
        if (weeks.size() < rules.minimumWeeks()) {
            return new NoCurve(code, NoCurveReason.TOO_FEW_WEEKS, words.tooFewWeeks(code, weeks.size(),
                    rules.minimumWeeks()));
        }
        double[] spend = weeks.stream().mapToDouble(week -> week.spend().doubleValue()).toArray();
        double[] outcome = weeks.stream().mapToDouble(week -> week.outcome().doubleValue()).toArray();
        double variation = variation(spend);
        if (variation < rules.minimumSpendVariation()) {
            return new NoCurve(code, NoCurveReason.TOO_LITTLE_VARIATION, words.tooLittleVariation(code, variation,
                    rules.minimumSpendVariation()));
        }
        long weeksWithOutcome = weeks.stream().filter(week -> week.outcome().signum() > 0).count();
        Optional<ResponseCurve> curve = CurveFit.fit(spend, outcome);
        if (2 * weeksWithOutcome < weeks.size() || curve.isEmpty()) {
            return new NoCurve(code, NoCurveReason.TOO_LITTLE_OUTCOME, words.tooLittleOutcome(code,
                    (int) weeksWithOutcome, weeks.size()));
        }
        return new Fitted(code, curve.get(), resamples(code, spend, outcome, curve.get()), weeks.size(), variation);
    }

    private List<ResponseCurve> resamples(String channel, double[] spend, double[] outcome, ResponseCurve fitted) {
        var random = new SplittableRandom(rules.seed() ^ channel.hashCode());
        int n = spend.length;
        var curves = new ArrayList<ResponseCurve>(rules.resamples());
        double[] drawnSpend = new double[n];
        double[] drawnOutcome = new double[n];
        for (int r = 0; r < rules.resamples(); r++) {
            Optional<ResponseCurve> curve = Optional.empty();
            for (int attempt = 0; attempt < REDRAWS && curve.isEmpty(); attempt++) {
                for (int t = 0; t < n; t++) {
                    int week = random.nextInt(n);
                    drawnSpend[t] = spend[week];
                    drawnOutcome[t] = outcome[week];
                }
                curve = CurveFit.fit(drawnSpend, drawnOutcome);
            }
            curves.add(curve.orElse(fitted));
        }
        return curves;
    }

    /** The sample standard deviation over the mean. */
    private static double variation(double[] values) {
        double mean = 0;
        for (double value : values) {
            mean += value / values.length;
        }
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / (values.length - 1)) / mean;
    }
}
