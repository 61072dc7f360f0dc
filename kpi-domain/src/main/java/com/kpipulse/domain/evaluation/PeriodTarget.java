package com.kpipulse.domain.evaluation;

import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.util.Objects;

public record PeriodTarget(Period period, BigDecimal value) {

    public PeriodTarget {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
    }
}
