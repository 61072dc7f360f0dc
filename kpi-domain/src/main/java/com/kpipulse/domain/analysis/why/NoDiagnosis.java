package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.text.Message;

import java.util.Objects;

/** No diagnosis, and why: the KPI has no value in the period or the reference, or it is a growth rate. */
public record NoDiagnosis(KpiCode kpi, Message reason) implements WhyAnswer {

    public NoDiagnosis {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(reason, "reason");
    }
}
