package com.kpipulse.domain.kpi;

import com.kpipulse.domain.measure.MeasureCode;

import java.util.Objects;

/** The stable id of a KPI, lower_snake_case like measure codes (e.g. {@code romi}). */
public record KpiCode(String value) {

    public KpiCode {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("A KPI code is lower_snake_case, got '" + value + "'");
        }
    }

    public static boolean isValid(String candidate) {
        return MeasureCode.isValid(candidate);
    }

    @Override
    public String toString() {
        return value;
    }
}
