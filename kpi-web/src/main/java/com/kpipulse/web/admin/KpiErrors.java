package com.kpipulse.web.admin;

import com.kpipulse.domain.kpi.KpiProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The problems of the KPI form by field, and those about the definition as a whole (or another KPI). */
public record KpiErrors(Map<String, List<String>> byField, List<String> general, boolean stale) {

    private static final List<String> FIELDS = List.of("code", "nameRu", "nameEn", "formula", "unit", "direction",
            "explanationRu", "explanationEn");

    static KpiErrors none() {
        return new KpiErrors(Map.of(), List.of(), false);
    }

    /** Somebody else changed the KPI since the form was filled. */
    static KpiErrors staleForm() {
        return new KpiErrors(Map.of(), List.of(), true);
    }

    /** Each problem next to the field it is about; a problem of another KPI (one that uses this) above the form. */
    static KpiErrors of(List<KpiProblem> problems, String code, Locale locale) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (KpiProblem problem : problems) {
            String field = fieldOf(problem);
            if (field != null && problem.kpiCode().equals(code == null ? "" : code)) {
                byField.computeIfAbsent(field, key -> new ArrayList<>())
                        .add(atPosition(problem.problem().position(), locale) + problem.problem().message(locale));
            } else {
                general.add(problem.message(locale));
            }
        }
        return new KpiErrors(byField, general, false);
    }

    /** Where in the formula a problem is, as the start of its line; nothing for the formula as a whole. */
    static String atPosition(int position, Locale locale) {
        return position > 0 ? SetupTexts.messages(locale).at_position(position) + ": " : "";
    }

    public List<String> at(String field) {
        return byField.getOrDefault(field, List.of());
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    private static String fieldOf(KpiProblem problem) {
        if (problem.field() != null) {
            return FIELDS.contains(problem.field()) ? problem.field() : null;
        }
        return switch (problem.problem().kind()) {
            case INVALID_CODE, REDEFINES_CATALOG_KPI, DUPLICATE_CODE -> "code";
            case MISSING_NAME, IN_USE, INVALID_TEXT -> null;
            default -> "formula";
        };
    }
}
