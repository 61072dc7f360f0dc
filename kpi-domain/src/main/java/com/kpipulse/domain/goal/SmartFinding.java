package com.kpipulse.domain.goal;

import com.kpipulse.domain.LocalizedText;

import java.util.Locale;
import java.util.Objects;

/** One observation about a goal against SMART, with how serious it is and why, in words. */
public record SmartFinding(SmartCriterion criterion, Severity severity, FindingKind kind, LocalizedText reason) {

    public SmartFinding {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }

    public String reason(Locale locale) {
        return reason.in(locale);
    }
}
