package com.kpipulse.web.goal;

import com.kpipulse.domain.evaluation.PhasingMethod;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.input.DecimalInput;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.period.Period;
import jakarta.ws.rs.core.MultivaluedMap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The goal wizard's form as typed: read into the same {@link GoalJson} the API uses, so the form and the API check
 * a goal the same way. KPI rows are parallel lists ({@code kpi}, {@code targetKind}, {@code targetValue},
 * {@code changePercent}); the KPI is picked by its name in either language (or typed as its code, {@link KpiField})
 * and shown by its name; a relative target is relative to the goal's baseline period. A percentage is typed as people
 * say it, {@code 25}, {@code 25 %} or {@code 25,5}, and kept as the fraction the KPI's values are ({@code 0.25}), its
 * weekly figures too. The phasing applies to every KPI with a target; phased by hand ({@code MANUAL}), each week's
 * figure is a field {@code part.<kpi code>.<week start>} ({@code part.revenue.2026-01-05}), kept in {@code parts} by
 * KPI and week. Editing a stored goal, {@code version} is the version the form was filled at (a hidden field), so a
 * save over somebody else's change is refused.
 */
public record GoalForm(String title, String objective, String owner, String start, String deadline,
                       String baselineStart, String baselineEnd, List<Row> rows, List<String> visibleTo,
                       String phasing, Map<String, Map<String, String>> parts, String version) {

    static final String PART = "part.";

    /** How many KPI rows the form offers (the sixth and later ones bring the "too many metrics" warning). */
    public static final int ROWS = 7;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One KPI row of the form; {@code kpi} is what the KPI field shows. */
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
                "EVEN", Map.of(), "");
    }

    /**
     * A stored goal in the wizard's fields, with its version for the hidden field: KPIs by their names, percentages
     * in per cent. The wizard has one baseline (the goal's, else the first relative target's) and one phasing (the
     * first KPI with a target's) for every KPI; {@link #represents} says whether the goal fits that.
     */
    static GoalForm of(Goal goal, long version, KpiField kpis, Locale locale) {
        List<Row> rows = new ArrayList<>();
        Map<String, Map<String, String>> parts = new LinkedHashMap<>();
        for (GoalKpi kpi : goal.kpis()) {
            String code = kpi.kpi().value();
            boolean percent = kpis.find(code).map(definition -> definition.unit() == Unit.PERCENT).orElse(false);
            String shown = kpis.shown(code, locale);
            rows.add(switch (kpi.target().orElse(null)) {
                case null -> new Row(shown, "NONE", "", "");
                case Target.Absolute absolute -> new Row(shown, "ABSOLUTE", typed(absolute.value(), percent), "");
                case Target.RelativeToBaseline relative -> new Row(shown, "RELATIVE", "",
                        relative.change().percent().stripTrailingZeros().toPlainString());
            });
            if (kpi.phasing().method() == PhasingMethod.MANUAL) {
                Map<String, String> weeks = new TreeMap<>();
                kpi.phasing().parts().forEach(part -> weeks.put(part.periodStart().toString(), typed(part.value(), percent)));
                parts.put(code, weeks);
            }
        }
        while (rows.size() < ROWS) {
            rows.add(new Row("", "ABSOLUTE", "", ""));
        }
        Optional<Period> baseline = goal.baseline().or(() -> goal.kpis().stream()
                .flatMap(kpi -> kpi.target().stream())
                .flatMap(target -> target instanceof Target.RelativeToBaseline relative
                        ? java.util.stream.Stream.of(relative.baseline()) : java.util.stream.Stream.empty())
                .findFirst());
        String phasing = goal.kpis().stream().filter(kpi -> kpi.target().isPresent()).findFirst()
                .map(kpi -> kpi.phasing().method().name()).orElse("EVEN");
        return new GoalForm(goal.title(), goal.objective().map(Enum::name).orElse(""), goal.owner(),
                goal.start().toString(), goal.deadline().map(LocalDate::toString).orElse(""),
                baseline.map(period -> period.start().toString()).orElse(""),
                baseline.map(period -> period.lastDay().toString()).orElse(""), rows,
                goal.visibleToRoles().stream().sorted().toList(), phasing, parts, Long.toString(version));
    }

    /** A stored figure as the field shows it: a fraction of a percentage KPI in per cent ({@code 0.25} is 25). */
    private static String typed(BigDecimal value, boolean percent) {
        return (percent ? value.multiply(HUNDRED) : value).stripTrailingZeros().toPlainString();
    }

    /** Whether this form, saved as it is, gives back {@code goal} (it may not, see {@link #of}). */
    boolean represents(Goal goal, KpiField kpis) {
        return toGoal(goal.id(), kpis, new ArrayList<>())
                .map(read -> read.kpis().equals(goal.kpis()) && read.baseline().equals(goal.baseline()))
                .orElse(false);
    }

    /** The form as posted; a KPI picked by code or in other words is shown by its name in the reader's language. */
    public static GoalForm from(MultivaluedMap<String, String> form, KpiField kpis, Locale locale) {
        List<String> codes = list(form, "kpi");
        List<String> kinds = list(form, "targetKind");
        List<String> values = list(form, "targetValue");
        List<String> changes = list(form, "changePercent");
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(codes.size(), ROWS); i++) {
            String typed = at(codes, i);
            String shown = kpis.find(typed).map(kpi -> kpi.name(locale)).orElse(typed);
            rows.add(new Row(shown, at(kinds, i).isBlank() ? "ABSOLUTE" : at(kinds, i), at(values, i), at(changes, i)));
        }
        return new GoalForm(form.getFirst("title"), form.getFirst("objective"), form.getFirst("owner"),
                form.getFirst("start"), form.getFirst("deadline"), form.getFirst("baselineStart"),
                form.getFirst("baselineEnd"), rows, list(form, "visibleTo"),
                form.getFirst("phasing") == null ? "EVEN" : form.getFirst("phasing"), parts(form),
                form.getFirst("version") == null ? "" : form.getFirst("version"));
    }

    /** {@code part.<kpi>.<week start>} fields by KPI, then week. */
    private static Map<String, Map<String, String>> parts(MultivaluedMap<String, String> form) {
        Map<String, Map<String, String>> parts = new LinkedHashMap<>();
        for (String key : form.keySet()) {
            int week = key.lastIndexOf('.');
            if (key.startsWith(PART) && week > PART.length()) {
                parts.computeIfAbsent(key.substring(PART.length(), week), kpi -> new TreeMap<>())
                        .put(key.substring(week + 1), form.getFirst(key));
            }
        }
        return parts;
    }

    public boolean manual() {
        return "MANUAL".equals(phasing);
    }

    /** The same form phased another way (the wizard prefills the weeks from the even split). */
    GoalForm withPhasing(String method) {
        return new GoalForm(title, objective, owner, start, deadline, baselineStart, baselineEnd, rows, visibleTo, method,
                parts, version);
    }

    /** The same form with these weekly figures. */
    GoalForm withParts(Map<String, Map<String, String>> weeks) {
        return new GoalForm(title, objective, owner, start, deadline, baselineStart, baselineEnd, rows, visibleTo, phasing,
                weeks, version);
    }

    /** The goal (under a new id), or the fields that cannot be read. */
    Optional<Goal> toGoal(KpiField kpis, List<GoalJson.FieldError> errors) {
        return toGoal(new GoalId(UUID.randomUUID()), kpis, errors);
    }

    /**
     * The goal under {@code id}, or the fields that cannot be read: the form's own (a KPI the catalog does not know by
     * that name, a growth target without a baseline period) named like the API names them, then the API's.
     */
    Optional<Goal> toGoal(GoalId id, KpiField kpis, List<GoalJson.FieldError> errors) {
        int before = errors.size();
        List<GoalJson.GoalKpiJson> read = new ArrayList<>();
        boolean baselineMissing = false;
        for (Row row : rows.stream().filter(row -> !row.isEmpty()).toList()) {
            String field = "kpis[" + read.size() + "]";
            Optional<KpiDefinition> kpi = kpis.find(row.kpi());
            if (kpi.isEmpty()) {
                String shown = InputProblem.excerpt(row.kpi().strip());
                errors.add(GoalJson.FieldError.of(field + ".kpi", "UNKNOWN_KPI", texts -> texts.kpi_unknown(shown)));
                read.add(new GoalJson.GoalKpiJson("unknown_kpi", null));
                continue;
            }
            boolean relative = "RELATIVE".equals(row.targetKind()) && row.changePercent() != null && !row.changePercent().isBlank();
            if (relative && blank(baselineStart) && blank(baselineEnd)) {
                baselineMissing = true;
                read.add(new GoalJson.GoalKpiJson(kpi.get().code().value(), null));
                continue;
            }
            read.add(kpi(row, kpi.get()));
        }
        if (baselineMissing) {
            errors.add(GoalJson.FieldError.of("baselineStart", "BASELINE_REQUIRED", GoalWizardMessages::baseline_missing));
        }
        GoalJson json = new GoalJson(null, title, objective, owner, start, blankToNull(deadline),
                blankToNull(baselineStart), blankToNull(baselineEnd), read, visibleTo);
        Optional<Goal> goal = json.toDomain(id, errors);
        return errors.size() > before ? Optional.empty() : goal;
    }

    public long kpiCount() {
        return rows.stream().filter(row -> !row.isEmpty()).count();
    }

    public boolean visibleTo(String role) {
        return visibleTo.contains(role);
    }

    /** A KPI with a target is phased as chosen; weekly figures left blank are missing weeks. */
    private GoalJson.GoalKpiJson kpi(Row row, KpiDefinition kpi) {
        String code = kpi.code().value();
        boolean percent = kpi.unit() == Unit.PERCENT;
        GoalJson.TargetJson target = target(row, percent);
        if (target == null) {
            return new GoalJson.GoalKpiJson(code, null);
        }
        List<GoalJson.PartJson> weeks = !manual() ? null : parts.getOrDefault(code, Map.of()).entrySet().stream()
                .filter(week -> week.getValue() != null && !week.getValue().isBlank())
                .map(week -> new GoalJson.PartJson(week.getKey(), figure(week.getValue(), percent)))
                .toList();
        return new GoalJson.GoalKpiJson(code, target, phasing, weeks);
    }

    /** A figure as people type it: {@code 1 234,5} is {@code 1234.5}. */
    static String decimal(String typed) {
        return typed.strip().replace(',', '.').replace(" ", "").replace("\u00A0", "");
    }

    /**
     * A target figure as typed, for the KPI's unit: a percentage in per cent ({@code 25}, {@code 25 %},
     * {@code 25,5}) becomes its fraction; a text that is no number is passed on as it is, for the API's reader to
     * refuse by its length and digits.
     */
    static String figure(String typed, boolean percent) {
        String plain = decimal(typed);
        if (!percent) {
            return plain;
        }
        String digits = plain.endsWith("%") ? plain.substring(0, plain.length() - 1) : plain;
        return DecimalInput.parse(digits) instanceof DecimalInput.Parsed parsed
                ? parsed.value().divide(HUNDRED).stripTrailingZeros().toPlainString() : digits;
    }

    private static String typedDecimal(String typed) {
        return typed == null || typed.isBlank() ? null : decimal(typed);
    }

    private GoalJson.TargetJson target(Row row, boolean percent) {
        return switch (row.targetKind() == null ? "NONE" : row.targetKind()) {
            // the field of the other kind is passed on too: whatever was typed there is read, never dropped unread
            case "ABSOLUTE" -> row.targetValue() == null || row.targetValue().isBlank() ? null
                    : new GoalJson.TargetJson("ABSOLUTE", figure(row.targetValue(), percent), typedDecimal(row.changePercent()),
                    null, null);
            case "RELATIVE" -> row.changePercent() == null || row.changePercent().isBlank() ? null
                    : new GoalJson.TargetJson("RELATIVE", typedDecimal(row.targetValue()),
                    decimal(row.changePercent()).replaceAll("%$", ""), blankToNull(baselineStart), blankToNull(baselineEnd));
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

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return blank(text) ? null : text;
    }
}
