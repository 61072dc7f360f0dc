package com.kpipulse.domain.goal;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.kpi.KpiCode;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One observation about a goal against SMART, with how serious it is and why, in words; {@code kpi} names the goal
 * KPI it is about when it is about one (its phasing, say), so a form can show it beside that KPI.
 */
public record SmartFinding(SmartCriterion criterion, Severity severity, FindingKind kind, LocalizedText reason,
                           Optional<KpiCode> kpi) {

    public SmartFinding {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(kpi, "kpi");
    }

    /** A finding about the goal as a whole. */
    public SmartFinding(SmartCriterion criterion, Severity severity, FindingKind kind, LocalizedText reason) {
        this(criterion, severity, kind, reason, Optional.empty());
    }

    public String reason(Locale locale) {
        return reason.in(locale);
    }
}
