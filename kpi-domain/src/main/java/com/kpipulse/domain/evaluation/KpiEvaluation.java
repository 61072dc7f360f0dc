package com.kpipulse.domain.evaluation;

import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** A KPI judged for a period: actual, target, attainment, status, and why, in words. */
public record KpiEvaluation(KpiCode kpi, Period period, KpiValue actual, KpiValue target,
                            Optional<BigDecimal> attainment, Status status, Message reason) {

    public KpiEvaluation {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(attainment, "attainment");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }
}
