package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.measure.MeasureCode;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.HashMap;

/**
 * The base measures of one slice (a channel, a campaign, or all of them) over one period: measure code → its sum over
 * the period (for a snapshot measure, its value). A measure that is missing was not delivered, which is not zero.
 */
public record MeasureSums(Map<String, BigDecimal> values) {

    public static final MeasureSums NONE = new MeasureSums(Map.of());

    public MeasureSums {
        Objects.requireNonNull(values, "values");
        values.forEach((code, value) -> {
            if (!MeasureCode.isValid(code)) {
                throw new IllegalArgumentException("A measure code is lower_snake_case, got '" + code + "'");
            }
            Objects.requireNonNull(value, code);
        });
        values = Map.copyOf(values);
    }

    public Optional<BigDecimal> value(String measure) {
        return Optional.ofNullable(values.get(measure));
    }

    /** This slice with one more measure (or that measure replaced). */
    public MeasureSums with(String measure, BigDecimal value) {
        var next = new HashMap<>(values);
        next.put(measure, value);
        return new MeasureSums(next);
    }

    /** The two slices together: each measure summed where either has it. */
    public MeasureSums plus(MeasureSums other) {
        var sum = new HashMap<>(values);
        other.values.forEach((code, value) -> sum.merge(code, value, BigDecimal::add));
        return new MeasureSums(sum);
    }

    /**
     * The slices together, added up in one map (an analysis sums every channel of every period it reads, many times:
     * one slice at a time would build a map per slice). Exact: the sum of decimals does not depend on their order.
     */
    public static MeasureSums sum(Collection<MeasureSums> slices) {
        if (slices.isEmpty()) {
            return NONE;
        }
        if (slices.size() == 1) {
            return slices.iterator().next();
        }
        var sum = new HashMap<String, BigDecimal>();
        for (MeasureSums slice : slices) {
            slice.values.forEach((code, value) -> sum.merge(code, value, BigDecimal::add));
        }
        return new MeasureSums(sum);
    }
}
