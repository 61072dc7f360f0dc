package com.kpipulse.domain.goal;

import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.text.Message;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One observation about a goal against SMART, with how serious it is and why, in words; {@code kpi} names the goal
 * KPI it is about when it is about one (its phasing, say), so a form can show it beside that KPI. The reason is a
 * message ({@link GoalMessageKind}), said in the reader's language when it is read.
 */
public record SmartFinding(SmartCriterion criterion, Severity severity, FindingKind kind, Message reason,
                           Optional<KpiCode> kpi) {

    public SmartFinding {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(kpi, "kpi");
    }

    /** A finding about the goal as a whole. */
    public SmartFinding(SmartCriterion criterion, Severity severity, FindingKind kind, Message reason) {
        this(criterion, severity, kind, reason, Optional.empty());
    }

    public String reason(Locale locale) {
        return reason.in(locale);
    }
}
