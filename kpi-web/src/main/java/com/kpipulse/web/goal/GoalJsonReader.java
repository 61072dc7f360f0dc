package com.kpipulse.web.goal;

import com.kpipulse.domain.evaluation.ManualPart;
import com.kpipulse.domain.evaluation.Percentage;
import com.kpipulse.domain.evaluation.Phasing;
import com.kpipulse.domain.evaluation.PhasingMethod;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.BusinessObjective;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.input.DateWindow;
import com.kpipulse.domain.input.DecimalInput;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.input.InputProblemKind;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.scorecard.Role;
import com.kpipulse.web.goal.GoalJson.FieldError;
import com.kpipulse.web.goal.GoalJson.GoalKpiJson;
import com.kpipulse.web.goal.GoalJson.PartJson;
import com.kpipulse.web.goal.GoalJson.TargetJson;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a goal sent as {@link GoalJson} (by the API, or by the wizard's form through it), collecting every field that
 * cannot be read; the id comes from the path for updates. Every text is bounded
 * and checked for characters that are not text before it is looked at ({@link TextInput}), numbers are read by
 * {@link DecimalInput} (refused by their size before they are expanded) and dates by {@link DateWindow} (2000 to
 * 2099, strictly {@code YYYY-MM-DD}); an empty element of a list is named by its index.
 */
final class GoalJsonReader {

    /** More KPIs than this are not a goal but a list (five already bring the "too many metrics" warning). */
    static final int MAX_KPIS = 20;

    private static final BigDecimal MINUS_HUNDRED = BigDecimal.valueOf(-100);

    private final List<FieldError> errors;

    /** @param errors where every field that cannot be read is added */
    GoalJsonReader(List<FieldError> errors) {
        this.errors = errors;
    }

    /**
     * The goal {@code json} describes, under {@code id}; empty when a field cannot be read.
     *
     * @param changing whether {@code id} is a stored goal's (from the path) rather than a new one
     */
    Optional<Goal> goal(GoalJson json, GoalId id, boolean changing) {
        int before = errors.size();
        // the id is the path's (or a new one); one in the body must at least be an id, and on a change the same
        String sentId = json.id();
        if (sentId != null && !sentId.isBlank() && text("id", sentId, TextInput.CODE)
                && (!isUuid(sentId.strip()) || changing && !sentId.strip().equalsIgnoreCase(id.value().toString()))) {
            String sent = InputProblem.excerpt(sentId);
            errors.add(FieldError.of("id", "NOT_THIS_GOAL", texts -> texts.problem_not_this_goal(sent,
                    id.value().toString())));
        }
        text("title", json.title(), TextInput.NAME);
        text("owner", json.owner(), TextInput.NAME);
        Optional<BusinessObjective> parsedObjective = Optional.empty();
        String objective = json.objective();
        if (objective != null && !objective.isBlank() && text("objective", objective, TextInput.CODE)) {
            try {
                parsedObjective = Optional.of(BusinessObjective.valueOf(objective.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                String sent = InputProblem.excerpt(objective);
                errors.add(FieldError.of("objective", "NOT_AN_OBJECTIVE", texts -> texts.problem_not_an_objective(sent)));
            }
        }
        LocalDate startDate = date("start", json.start(), true);
        Optional<LocalDate> deadlineDate = Optional.ofNullable(date("deadline", json.deadline(), false));
        Optional<Period> baseline = period("baseline", json.baselineStart(), json.baselineEnd());
        List<GoalKpi> goalKpis = new ArrayList<>();
        List<GoalKpiJson> given = json.kpis() == null ? List.of() : json.kpis();
        if (given.size() > MAX_KPIS) {
            errors.add(FieldError.of("kpis", "TOO_MANY_KPIS", texts -> texts.problem_too_many_kpis(given.size(), MAX_KPIS)));
        } else {
            for (int i = 0; i < given.size(); i++) {
                kpi("kpis[" + i + "]", given.get(i)).ifPresent(goalKpis::add);
            }
        }
        Set<String> roles = new LinkedHashSet<>();
        List<String> named = json.visibleTo() == null ? List.of() : json.visibleTo();
        for (int i = 0; i < named.size(); i++) {
            String role = named.get(i);
            if (role == null) {
                errors.add(FieldError.of("visibleTo[" + i + "]", InputProblem.of(InputProblemKind.REQUIRED)));
            } else if (!text("visibleTo[" + i + "]", role, TextInput.CODE)) {
                continue;
            } else if (Role.fromClaim(role).isEmpty()) {
                String sent = InputProblem.excerpt(role);
                errors.add(FieldError.of("visibleTo", "NOT_A_ROLE", texts -> texts.problem_not_a_role(sent)));
            } else {
                roles.add(role);
            }
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Goal(id, json.title(), parsedObjective, json.owner(), startDate, deadlineDate, baseline,
                goalKpis, roles));
    }

    /** Whether a one-line text fits; if not, the field's error is added. */
    private boolean text(String field, String text, int maxLength) {
        Optional<InputProblem> problem = TextInput.line(text, maxLength);
        problem.ifPresent(found -> errors.add(FieldError.of(field, found)));
        return problem.isEmpty();
    }

    private Optional<GoalKpi> kpi(String field, GoalKpiJson json) {
        if (json == null) {
            errors.add(FieldError.of(field, "KPI_REQUIRED", texts -> texts.problem_kpi_required("{\"kpi\":\"romi\"}")));
            return Optional.empty();
        }
        if (json.kpi() == null || json.kpi().isBlank()) {
            errors.add(FieldError.of(field + ".kpi", "KPI_CODE_REQUIRED", GoalWizardMessages::problem_kpi_code_required));
            return Optional.empty();
        }
        if (!text(field + ".kpi", json.kpi(), TextInput.CODE)) {
            return Optional.empty();
        }
        if (!KpiCode.isValid(json.kpi().strip())) {
            String sent = InputProblem.excerpt(json.kpi());
            errors.add(FieldError.of(field + ".kpi", "NOT_A_KPI_CODE", texts -> texts.problem_not_a_kpi_code(sent)));
            return Optional.empty();
        }
        KpiCode code = new KpiCode(json.kpi().strip());
        Optional<Phasing> phasing = phasing(field, json);
        return withTarget(field, code, json.target()).flatMap(goalKpi -> phasing.map(goalKpi::phased));
    }

    /** The KPI's phasing: EVEN when none is given; MANUAL needs its parts, the others take none. */
    private Optional<Phasing> phasing(String field, GoalKpiJson json) {
        if (!text(field + ".phasing", json.phasing(), TextInput.CODE)) {
            return Optional.empty();
        }
        String name = json.phasing() == null || json.phasing().isBlank() ? "EVEN" : json.phasing().strip().toUpperCase(Locale.ROOT);
        PhasingMethod method;
        try {
            method = PhasingMethod.valueOf(name);
        } catch (IllegalArgumentException e) {
            String sent = InputProblem.excerpt(json.phasing());
            errors.add(FieldError.of(field + ".phasing", "NOT_A_PHASING", texts -> texts.problem_not_a_phasing(sent)));
            return Optional.empty();
        }
        List<PartJson> given = json.parts() == null ? List.of() : json.parts();
        if (method != PhasingMethod.MANUAL) {
            if (!given.isEmpty()) {
                errors.add(FieldError.of(field + ".parts", "PARTS_WITHOUT_MANUAL",
                        texts -> texts.problem_parts_without_manual(method.name())));
                return Optional.empty();
            }
            return Optional.of(Phasing.of(method));
        }
        if (given.isEmpty()) {
            errors.add(FieldError.of(field + ".parts", "MANUAL_NEEDS_PARTS", GoalWizardMessages::problem_manual_needs_parts));
            return Optional.empty();
        }
        int before = errors.size();
        List<ManualPart> parts = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String part = field + ".parts[" + i + "]";
            PartJson typed = given.get(i);
            if (typed == null) {
                errors.add(FieldError.of(part, "PART_REQUIRED", GoalWizardMessages::problem_part_required));
                continue;
            }
            LocalDate start = date(part + ".periodStart", typed.periodStart(), true);
            BigDecimal value = typed.value() == null
                    ? missing(part + ".value") : number(part + ".value", typed.value());
            if (start != null && value != null) {
                parts.add(new ManualPart(start, value));
            }
        }
        return errors.size() > before ? Optional.empty() : Optional.of(Phasing.manual(parts));
    }

    private Optional<GoalKpi> withTarget(String field, KpiCode code, TargetJson target) {
        if (target != null && !text(field + ".target.kind", target.kind(), TextInput.CODE)) {
            return Optional.empty();
        }
        if (target == null || target.kind() == null || target.kind().equalsIgnoreCase("NONE")) {
            return Optional.of(new GoalKpi(code, Optional.empty()));
        }
        switch (target.kind().strip().toUpperCase(Locale.ROOT)) {
            case "ABSOLUTE" -> {
                if (target.changePercent() != null && !target.changePercent().isBlank()) {
                    number(field + ".target.changePercent", target.changePercent());
                }
                BigDecimal value = number(field + ".target.value", target.value());
                return value == null ? Optional.empty() : Optional.of(GoalKpi.of(code.value(), Target.absolute(value)));
            }
            case "RELATIVE" -> {
                if (target.value() != null && !target.value().isBlank()) {
                    number(field + ".target.value", target.value());
                }
                BigDecimal change = number(field + ".target.changePercent", target.changePercent());
                Optional<Period> baseline = period(field + ".target.baseline", target.baselineStart(),
                        target.baselineEnd());
                if (change != null && change.compareTo(MINUS_HUNDRED) < 0) {
                    String sent = InputProblem.excerpt(change.toPlainString());
                    errors.add(FieldError.of(field + ".target.changePercent", "BELOW_ZERO",
                            texts -> texts.problem_below_zero(sent)));
                    return Optional.empty();
                }
                if (change == null || baseline.isEmpty()) {
                    if (baseline.isEmpty() && change != null) {
                        errors.add(FieldError.of(field + ".target.baselineStart", "BASELINE_REQUIRED",
                                GoalWizardMessages::baseline_missing));
                    }
                    return Optional.empty();
                }
                return Optional.of(GoalKpi.of(code.value(), Target.relativeTo(baseline.get(),
                        Percentage.ofPercent(change.toPlainString()))));
            }
            default -> {
                String sent = InputProblem.excerpt(target.kind());
                errors.add(FieldError.of(field + ".target.kind", "NOT_A_TARGET_KIND",
                        texts -> texts.problem_not_a_target_kind(sent)));
                return Optional.empty();
            }
        }
    }

    private static boolean isUuid(String text) {
        try {
            return text.length() == 36 && java.util.UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private BigDecimal missing(String field) {
        errors.add(FieldError.of(field, "VALUE_REQUIRED", GoalWizardMessages::problem_value_required));
        return null;
    }

    /** A number as {@link DecimalInput} reads it: refused by its length and size before it is expanded. */
    private BigDecimal number(String field, String text) {
        return switch (DecimalInput.parse(text)) {
            case DecimalInput.Parsed parsed -> parsed.value();
            case DecimalInput.Refused refused -> {
                errors.add(FieldError.of(field, refused.problem()));
                yield null;
            }
        };
    }

    private Optional<Period> period(String field, String start, String end) {
        if ((start == null || start.isBlank()) && (end == null || end.isBlank())) {
            return Optional.empty();
        }
        LocalDate first = date(field + "Start", start, true);
        LocalDate last = date(field + "End", end, true);
        if (first == null || last == null) {
            return Optional.empty();
        }
        if (last.isBefore(first)) {
            errors.add(FieldError.of(field + "End", "ENDS_BEFORE_START",
                    texts -> texts.problem_ends_before_start(last.toString(), first.toString())));
            return Optional.empty();
        }
        return Optional.of(Period.custom(first, last));
    }

    /** A day from 2000 to 2099 as {@link DateWindow} reads it (strictly {@code YYYY-MM-DD}). */
    private LocalDate date(String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, "DATE_REQUIRED", GoalWizardMessages::problem_date_required));
            }
            return null;
        }
        return switch (DateWindow.parsePlanned(text)) {
            case DateWindow.Parsed parsed -> parsed.day();
            case DateWindow.Refused refused -> {
                errors.add(FieldError.of(field, refused.problem()));
                yield null;
            }
        };
    }
}
