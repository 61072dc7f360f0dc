package com.kpipulse.domain.analysis.why;

/** The answer to "why did this KPI deviate": a diagnosis, or why there is none. */
public sealed interface WhyAnswer permits Diagnosis, NoDiagnosis {
}
