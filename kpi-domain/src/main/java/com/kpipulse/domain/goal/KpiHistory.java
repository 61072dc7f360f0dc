package com.kpipulse.domain.goal;

import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.period.Grain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A KPI's values in consecutive periods of one grain, oldest first, ending just before the goal starts. */
public record KpiHistory(Grain grain, List<KpiValue> values) {

    public KpiHistory {
        Objects.requireNonNull(grain, "grain");
        values = List.copyOf(values);
    }

    public static KpiHistory of(Grain grain, Unit unit, String... values) {
        return new KpiHistory(grain, Arrays.stream(values).map(value -> KpiValue.known(new BigDecimal(value), unit)).toList());
    }
}
