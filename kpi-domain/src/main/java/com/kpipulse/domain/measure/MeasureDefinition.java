package com.kpipulse.domain.measure;

import java.util.Locale;
import java.util.Objects;

/** A base measure: a number that imports and manual entry deliver, and KPIs are computed from. */
public record MeasureDefinition(MeasureCode code, String nameRu, String nameEn, Unit unit, Aggregation aggregation) {

    public MeasureDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(aggregation, "aggregation");
        if (nameRu == null || nameRu.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new IllegalArgumentException("Measure " + code + " needs a Russian and an English name");
        }
        if (unit == Unit.PERCENT || unit == Unit.POINTS) {
            throw new IllegalArgumentException("Measure " + code + ": a base measure is an amount, not a " + unit);
        }
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameRu;
    }

    public boolean isMoney() {
        return unit == Unit.MONEY;
    }
}
