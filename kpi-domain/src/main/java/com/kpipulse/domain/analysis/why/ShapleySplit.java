package com.kpipulse.domain.analysis.why;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The Shapley split of a change f(actual) − f(reference) among the n factors of f: each factor gets its marginal
 * effect (f with it switched from reference to actual, minus f without) averaged over every order of switching the
 * factors. The parts add up to the change exactly, a factor that did not move gets exactly zero, and it works for any
 * identity (products, ratios, sums such as CAC's), with zeros and with negative values, which log-based LMDI does not.
 * It costs 2ⁿ evaluations of f, so n is at most {@value #MAX_FACTORS}.
 * <p>
 * Arithmetic: the weighted sums of marginal effects are exact ({@code BigDecimal} multiplication and addition by the
 * integer weights s!(n−s−1)!), one division by n! at 34 digits follows, and {@link ExactSum} puts the last-digit
 * difference on the largest part.
 */
public final class ShapleySplit {

    public static final int MAX_FACTORS = 10;

    private ShapleySplit() {
    }

    /**
     * @param factors    n
     * @param valueOfMix f with factor k at its actual value where bit k of the argument is set, at its reference
     *                   value otherwise; empty where f has no value (a zero denominator)
     * @return each factor's part, in factor order, adding up to f(all actual) − f(all reference); empty when f has no
     * value for some mix
     */
    public static Optional<List<BigDecimal>> split(int factors, IntFunction<Optional<BigDecimal>> valueOfMix) {
        if (factors < 1 || factors > MAX_FACTORS) {
            throw new IllegalArgumentException("A Shapley split takes 1 to " + MAX_FACTORS + " factors, got " + factors);
        }
        int mixes = 1 << factors;
        var values = new BigDecimal[mixes];
        for (int mix = 0; mix < mixes; mix++) {
            Optional<BigDecimal> value = valueOfMix.apply(mix);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values[mix] = value.get();
        }
        long[] factorial = new long[factors + 1];
        factorial[0] = 1;
        for (int i = 1; i <= factors; i++) {
            factorial[i] = factorial[i - 1] * i;
        }
        var parts = new ArrayList<BigDecimal>(factors);
        BigDecimal orders = BigDecimal.valueOf(factorial[factors]);
        for (int k = 0; k < factors; k++) {
            int bit = 1 << k;
            BigDecimal weighted = BigDecimal.ZERO;
            for (int mix = 0; mix < mixes; mix++) {
                if ((mix & bit) != 0) {
                    continue;
                }
                int switched = Integer.bitCount(mix);
                long weight = factorial[switched] * factorial[factors - switched - 1];
                weighted = weighted.add(values[mix | bit].subtract(values[mix]).multiply(BigDecimal.valueOf(weight)));
            }
            parts.add(weighted.divide(orders, FormulaValues.PRECISION));
        }
        return Optional.of(ExactSum.adjusted(parts, values[mixes - 1].subtract(values[0])));
    }
}
