package com.kpipulse.domain.analysis.why;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A sum of base measures with constant weights ({@code revenue − marketing_spend}, {@code promoters − detractors}):
 * within one period it adds up over channels, since every measure does (snapshots and per-period counts are summed
 * over dimension values too, only never over periods).
 */
record LinearCombination(Map<String, BigDecimal> weights) {

    LinearCombination {
        weights = Collections.unmodifiableMap(new TreeMap<>(weights));
    }

    static LinearCombination of(String measure) {
        return new LinearCombination(Map.of(measure, BigDecimal.ONE));
    }

    LinearCombination plus(LinearCombination other) {
        var sum = new TreeMap<>(weights);
        other.weights.forEach((measure, weight) -> sum.merge(measure, weight, BigDecimal::add));
        return new LinearCombination(sum);
    }

    LinearCombination times(BigDecimal factor) {
        var scaled = new TreeMap<String, BigDecimal>();
        weights.forEach((measure, weight) -> scaled.put(measure, weight.multiply(factor)));
        return new LinearCombination(scaled);
    }

    /** The value over one slice; a measure the slice lacks counts as nothing of it. */
    BigDecimal of(MeasureSums sums) {
        return weights.entrySet().stream()
                .map(term -> sums.value(term.getKey()).orElse(BigDecimal.ZERO).multiply(term.getValue()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    Set<String> measures() {
        return weights.keySet();
    }
}
