package com.kpipulse.domain.kpi;

import com.kpipulse.domain.measure.MeasureCode;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A funnel: base measures in the order people pass them (impressions, clicks, visits, leads…) and, for each stage
 * after the first, the catalog KPI that is its conversion from the stage before ({@code visits / clicks}). Funnels are
 * catalog data ({@code funnels.tsv}, {@link Funnels}), so their counts and rates are the catalog's own figures.
 *
 * @param steps {@code steps.get(i)} leads from {@code stages.get(i)} to {@code stages.get(i + 1)}
 */
public record Funnel(String code, String nameRu, String nameEn, List<MeasureCode> stages, List<KpiCode> steps) {

    public Funnel {
        Objects.requireNonNull(code, "code");
        stages = List.copyOf(stages);
        steps = List.copyOf(steps);
        if (stages.size() < 2 || steps.size() != stages.size() - 1) {
            throw new IllegalArgumentException("Funnel " + code + " needs two stages or more and one step between each two");
        }
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameRu;
    }
}
