package com.kpipulse.web.admin;

import com.kpipulse.application.setup.SetupProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The problems of a setup form, said in the reader's language and sorted by where the form shows them: next to the
 * field of their row, or above the form for those about the form as a whole (or a field it has no place for).
 */
public final class FieldErrors {

    private static final FieldErrors NONE = new FieldErrors(Map.of(), List.of());

    private final Map<String, List<String>> byField;
    private final List<String> general;

    private FieldErrors(Map<String, List<String>> byField, List<String> general) {
        this.byField = byField;
        this.general = general;
    }

    public static FieldErrors none() {
        return NONE;
    }

    /**
     * The problems of a form without rows.
     *
     * @param shown the fields the form has a place for (a problem of another field goes above the form)
     */
    public static FieldErrors of(List<SetupProblem> problems, Locale locale, List<String> shown) {
        return sorted(problems, locale, shown, false);
    }

    /** The problems of a form with rows: one about no row in particular (none at all, too many) goes above it. */
    public static FieldErrors ofRows(List<SetupProblem> problems, Locale locale, List<String> shown) {
        return sorted(problems, locale, shown, true);
    }

    private static FieldErrors sorted(List<SetupProblem> problems, Locale locale, List<String> shown, boolean rows) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (SetupProblem problem : problems) {
            String text = SetupTexts.of(problem, locale);
            if (shown.contains(problem.field()) && !(rows && problem.row() == SetupProblem.WHOLE)) {
                byField.computeIfAbsent(key(problem.row(), problem.field()), key -> new ArrayList<>()).add(text);
            } else {
                general.add(text);
            }
        }
        return new FieldErrors(byField, general);
    }

    /** What is wrong with a field of a form without rows. */
    public List<String> at(String field) {
        return at(SetupProblem.WHOLE, field);
    }

    /** What is wrong with {@code field} of row {@code row} (0-based). */
    public List<String> at(int row, String field) {
        return byField.getOrDefault(key(row, field), List.of());
    }

    /** What is wrong with the form as a whole. */
    public List<String> general() {
        return general;
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    private static String key(int row, String field) {
        return row + ":" + field;
    }
}
