package com.kpipulse.web.goal;

import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The goal wizard's form as typed: read into the same {@link GoalJson} the API uses, so the form and the API check
 * a goal the same way. KPI rows are parallel lists ({@code kpi}, {@code targetKind}, {@code targetValue},
 * {@code changePercent}); a relative target is relative to the goal's baseline period.
 */
public record GoalForm(String title, String objective, String owner, String start, String deadline,
                       String baselineStart, String baselineEnd, List<Row> rows, List<String> visibleTo,
                       String phasing) {

    /** How many KPI rows the form offers (the sixth and later ones bring the "too many metrics" warning). */
    public static final int ROWS = 7;

    /** One KPI row of the form. */
    public record Row(String kpi, String targetKind, String targetValue, String changePercent) {
        boolean isEmpty() {
            return kpi == null || kpi.isBlank();
        }
    }

    public static GoalForm empty(String owner, String start, String deadline) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Row("", "ABSOLUTE", "", ""));
        }
        return new GoalForm("", "", owner, start, deadline, "", "", rows, List.of("marketing-head", "marketer", "viewer"),
                "EVEN");
    }

    public static GoalForm from(MultivaluedMap<String, String> form) {
        List<String> kpis = list(form, "kpi");
        List<String> kinds = list(form, "targetKind");
        List<String> values = list(form, "targetValue");
        List<String> changes = list(form, "changePercent");
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(kpis.size(), ROWS); i++) {
            rows.add(new Row(at(kpis, i), at(kinds, i).isBlank() ? "ABSOLUTE" : at(kinds, i), at(values, i), at(changes, i)));
        }
        return new GoalForm(form.getFirst("title"), form.getFirst("objective"), form.getFirst("owner"),
                form.getFirst("start"), form.getFirst("deadline"), form.getFirst("baselineStart"),
                form.getFirst("baselineEnd"), rows, list(form, "visibleTo"),
                form.getFirst("phasing") == null ? "EVEN" : form.getFirst("phasing"));
    }

    /** The goal, or the fields that cannot be read. */
    Optional<Goal> toGoal(List<GoalJson.FieldError> errors) {
        List<GoalJson.GoalKpiJson> kpis = rows.stream().filter(row -> !row.isEmpty()).map(row -> new GoalJson.GoalKpiJson(
                row.kpi().strip(), target(row))).toList();
        GoalJson json = new GoalJson(null, title, objective, owner, start, blankToNull(deadline),
                blankToNull(baselineStart), blankToNull(baselineEnd), kpis, visibleTo);
        return json.toDomain(new GoalId(UUID.randomUUID()), errors);
    }

    public long kpiCount() {
        return rows.stream().filter(row -> !row.isEmpty()).count();
    }

    public boolean visibleTo(String role) {
        return visibleTo.contains(role);
    }

    private GoalJson.TargetJson target(Row row) {
        return switch (row.targetKind() == null ? "NONE" : row.targetKind()) {
            case "ABSOLUTE" -> row.targetValue() == null || row.targetValue().isBlank() ? null
                    : new GoalJson.TargetJson("ABSOLUTE", row.targetValue().strip().replace(',', '.').replace(" ", ""), null, null, null);
            case "RELATIVE" -> row.changePercent() == null || row.changePercent().isBlank() ? null
                    : new GoalJson.TargetJson("RELATIVE", null, row.changePercent().strip().replace(',', '.'),
                    blankToNull(baselineStart), blankToNull(baselineEnd));
            default -> null;
        };
    }

    private static List<String> list(MultivaluedMap<String, String> form, String key) {
        List<String> values = form.get(key);
        return values == null ? List.of() : values;
    }

    private static String at(List<String> values, int index) {
        return index < values.size() && values.get(index) != null ? values.get(index) : "";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
