package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.text.MessageKind;

import java.util.Locale;

/**
 * What a KPI's value is held against when asking why it deviates: the plan, the period before, or the same period a
 * year earlier. Its phrase ("к плану", "against plan") is said in the first sentence of the evidence.
 */
public enum ReferenceKind implements MessageKind {
    PLAN,
    PREVIOUS,
    LAST_YEAR;

    @Override
    public String key() {
        return "why.reference." + name().toLowerCase(Locale.ROOT);
    }
}
