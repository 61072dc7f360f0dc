package com.kpipulse.domain.correction.budget;

import com.kpipulse.domain.analysis.forecast.TotalDistribution;
import com.kpipulse.domain.correction.budget.CurveVerdict.Fitted;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * What the curves expect of a spread of spend, and how sure that is. A channel's curve is uncertain, so what it
 * expects is the average over its bootstrap resamples ({@link BaggedCurve}), and the interval is the resamples'
 * percentiles. The channels' resamples are drawn apart, so for a figure over all channels the resample of the same
 * number is taken in each.
 * <p>
 * The allocation goes by the same average: a point fit pinned at an extreme by a few noisy weeks (a channel looking
 * fully saturated, or not at all) weighs only as much as the resamples agree with it. On the simulated markets this
 * raised the share of markets improved where history is short or flat.
 */
final class Effects {

    private static final MathContext RETURN_DIGITS = new MathContext(6);

    private final List<Fitted> fitted;
    private final List<BaggedCurve> expected;
    private final double tail;
    private final int resamples;

    Effects(List<Fitted> fitted, double interval) {
        this.fitted = List.copyOf(fitted);
        this.expected = fitted.stream().map(channel -> new BaggedCurve(channel.resamples())).toList();
        this.tail = (1 - interval) / 2;
        this.resamples = fitted.isEmpty() ? 0 : fitted.getFirst().resamples().size();
    }

    /** Each fitted channel's expected outcome at a spend. */
    List<BaggedCurve> expected() {
        return expected;
    }

    /** Outcome per unit of spend of the next unit, at {@code spend}, for the channel at {@code index}. */
    Estimate marginal(int index, double spend) {
        return estimate(expected.get(index).marginalAt(spend),
                r -> fitted.get(index).resamples().get(r).marginalAt(spend), RETURN_DIGITS);
    }

    /** The change of the channel's outcome when its spend goes from {@code from} to {@code to}. */
    Estimate change(int index, double from, double to) {
        return estimate(change(expected.get(index), from, to),
                r -> change(fitted.get(index).resamples().get(r), from, to), null);
    }

    /** The change of the outcome of all fitted channels. */
    Estimate totalChange(double[] from, double[] to) {
        double sum = 0;
        for (int i = 0; i < fitted.size(); i++) {
            sum += change(expected.get(i), from[i], to[i]);
        }
        return estimate(sum, r -> outcome(to, r) - outcome(from, r), null);
    }

    /**
     * The efficiency of a spread, the channels without a curve counted with their spend and outcome as they are: spend
     * per unit of outcome, or ROMI.
     */
    Estimate efficiency(double[] spend, double otherSpend, double otherOutcome, EfficiencyTarget target) {
        double totalSpend = WaterFilling.total(spend) + otherSpend;
        double outcome = otherOutcome;
        for (int i = 0; i < fitted.size(); i++) {
            outcome += expected.get(i).outcomeAt(spend[i]);
        }
        return estimate(efficiency(target, totalSpend, outcome),
                r -> efficiency(target, totalSpend, outcome(spend, r) + otherOutcome), RETURN_DIGITS);
    }

    /** The outcome of the fitted channels on resample {@code r}. */
    private double outcome(double[] spend, int resample) {
        double sum = 0;
        for (int i = 0; i < fitted.size(); i++) {
            sum += fitted.get(i).resamples().get(resample).outcomeAt(spend[i]);
        }
        return sum;
    }

    private static double efficiency(EfficiencyTarget target, double spend, double outcome) {
        double perOutcome = outcome > 0 ? spend / outcome : Double.POSITIVE_INFINITY;
        return target instanceof EfficiencyTarget.MinRomi ? 1 / perOutcome - 1 : perOutcome;
    }

    private static double change(BaggedCurve curve, double from, double to) {
        return curve.outcomeAt(to) - curve.outcomeAt(from);
    }

    private static double change(ResponseCurve curve, double from, double to) {
        return curve.outcomeAt(to) - curve.outcomeAt(from);
    }

    /** The expected value and the resamples' interval, in money's two decimals or {@code digits} significant ones. */
    private Estimate estimate(double expected, IntToDoubleFunction resample, MathContext digits) {
        double[] values = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            values[r] = resample.applyAsDouble(r);
        }
        var distribution = new TotalDistribution(values);
        return new Estimate(decimal(expected, digits), decimal(distribution.quantile(tail), digits),
                decimal(distribution.quantile(1 - tail), digits));
    }

    private static BigDecimal decimal(double value, MathContext digits) {
        BigDecimal exact = BigDecimal.valueOf(Double.isFinite(value) ? value : Double.MAX_VALUE);
        return digits == null ? exact.setScale(2, RoundingMode.HALF_UP) : exact.round(digits);
    }
}
