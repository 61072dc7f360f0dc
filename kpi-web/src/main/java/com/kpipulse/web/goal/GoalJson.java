package com.kpipulse.web.goal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.evaluation.ManualPart;
import com.kpipulse.domain.evaluation.Percentage;
import com.kpipulse.domain.evaluation.Phasing;
import com.kpipulse.domain.evaluation.PhasingMethod;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.BusinessObjective;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.goal.SmartFinding;
import com.kpipulse.domain.input.DateWindow;
import com.kpipulse.domain.input.DecimalInput;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.input.InputProblemKind;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.scorecard.Role;
import com.kpipulse.web.text.Bundles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The JSON shape of a goal. Targets are {@code {"kind":"ABSOLUTE","value":"100"}} or
 * {@code {"kind":"RELATIVE","changePercent":"20","baselineStart":"2026-07-01","baselineEnd":"2026-09-30"}}
 * (baseline end inclusive). Each KPI's {@code phasing} is {@code EVEN} (the default), {@code SEASONAL} or
 * {@code MANUAL} with one part per week of the goal, {@code "parts":[{"periodStart":"2026-01-05","value":"123.4"}]}
 * (the goal's start for a clipped first week, Mondays after it); whether the parts fit the goal is a SMART finding.
 * {@code version} is the goal's version as read; sent back with a change, the change is made only to that version.
 * {@code archived} says whether the goal is archived; it is read only: a change keeps the goal archived or not, and
 * {@code POST /api/v1/goals/<id>/archive} changes that.
 */
public record GoalJson(String id, String title, String objective, String owner, String start, String deadline,
                       String baselineStart, String baselineEnd, List<GoalKpiJson> kpis, List<String> visibleTo,
                       Long version, @JsonProperty(access = JsonProperty.Access.READ_ONLY) Boolean archived) {

    /** More KPIs than this are not a goal but a list (five already bring the "too many metrics" warning). */
    static final int MAX_KPIS = 20;

    /** A goal as sent without a version: written over whatever is stored. */
    public GoalJson(String id, String title, String objective, String owner, String start, String deadline,
                    String baselineStart, String baselineEnd, List<GoalKpiJson> kpis, List<String> visibleTo) {
        this(id, title, objective, owner, start, deadline, baselineStart, baselineEnd, kpis, visibleTo, null, null);
    }

    public record GoalKpiJson(String kpi, TargetJson target, String phasing, List<PartJson> parts) {

        public GoalKpiJson(String kpi, TargetJson target) {
            this(kpi, target, null, null);
        }
    }

    private static final BigDecimal MINUS_HUNDRED = BigDecimal.valueOf(-100);

    /** A week's figure of a KPI phased by hand: its part of the total, or a rate's level in that week. */
    public record PartJson(String periodStart, String value) {
    }

    public record TargetJson(String kind, String value, String changePercent, String baselineStart, String baselineEnd) {
    }

    /** A SMART finding; {@code kpi} names the goal KPI it is about, if it is about one. */
    public record FindingJson(String criterion, String severity, String kind, String reasonRu, String reasonEn, String kpi) {
        static FindingJson from(SmartFinding finding) {
            return new FindingJson(finding.criterion().name(), finding.severity().name(), finding.kind().name(),
                    finding.reason(Locale.forLanguageTag("ru")), finding.reason(Locale.ENGLISH),
                    finding.kpi().map(KpiCode::value).orElse(null));
        }
    }

    /**
     * A field that cannot be read, before any SMART rule is applied: its name (with the index in a list, {@code
     * kpis[2].target.value}), the stable code of what is wrong ({@code NOT_A_PHASING}, {@code NOT_A_NUMBER}, …) and
     * why, in English and in Russian. The reasons come from the wizard's message bundle in both languages, so the
     * API and the wizard say the same.
     */
    public record FieldError(String field, String code, String message, String messageRu) {

        static FieldError of(String field, InputProblem problem) {
            return new FieldError(field, problem.kind().name(), problem.english(), problem.russian());
        }

        static FieldError of(String field, String code, LocalizedText reason) {
            return new FieldError(field, code, reason.en(), reason.ru());
        }

        /** A reason of the wizard's bundle, said in both languages. */
        static FieldError of(String field, String code, Function<GoalWizardMessages, String> reason) {
            return of(field, code, Bundles.both(GoalWizardMessages.class, reason));
        }

        /** The reason in the reader's language. */
        public String message(Locale locale) {
            return LocalizedText.of(messageRu, message).in(locale);
        }
    }

    static GoalJson from(Versioned<Goal> versioned) {
        return from(versioned.value(), versioned.version());
    }

    static GoalJson from(Goal goal, Long version) {
        List<GoalKpiJson> kpis = goal.kpis().stream()
                .map(kpi -> new GoalKpiJson(kpi.kpi().value(), kpi.target().map(GoalJson::target).orElse(null),
                        kpi.phasing().method().name(), kpi.phasing().parts().stream()
                        .map(part -> new PartJson(part.periodStart().toString(), part.value().toPlainString())).toList()))
                .toList();
        return new GoalJson(goal.id().value().toString(), goal.title(), goal.objective().map(Enum::name).orElse(null),
                goal.owner(), goal.start().toString(), goal.deadline().map(LocalDate::toString).orElse(null),
                goal.baseline().map(period -> period.start().toString()).orElse(null),
                goal.baseline().map(period -> period.lastDay().toString()).orElse(null),
                kpis, goal.visibleToRoles().stream().sorted().toList(), version, goal.archived());
    }

    private static TargetJson target(Target target) {
        return switch (target) {
            case Target.Absolute absolute -> new TargetJson("ABSOLUTE", absolute.value().toPlainString(), null, null, null);
            case Target.RelativeToBaseline relative -> new TargetJson("RELATIVE", null,
                    relative.change().percent().stripTrailingZeros().toPlainString(),
                    relative.baseline().start().toString(), relative.baseline().lastDay().toString());
        };
    }

    /**
     * Reads the goal, collecting every unreadable field; the id comes from the path for updates. Every text is bounded
     * and checked for characters that are not text before it is looked at ({@link TextInput}), numbers are read by
     * {@link DecimalInput} (refused by their size before they are expanded) and dates by {@link DateWindow} (2000 to
     * 2099, strictly {@code YYYY-MM-DD}); an empty element of a list is named by its index.
     */
    Optional<Goal> toDomain(GoalId id, List<FieldError> errors) {
        return toDomain(id, false, errors);
    }

    /** @param changing whether {@code id} is a stored goal's (from the path) rather than a new one */
    Optional<Goal> toDomain(GoalId id, boolean changing, List<FieldError> errors) {
        int before = errors.size();
        // the id is the path's (or a new one); one in the body must at least be an id, and on a change the same
        if (this.id != null && !this.id.isBlank() && text("id", this.id, TextInput.CODE, errors)
                && (!isUuid(this.id.strip()) || changing && !this.id.strip().equalsIgnoreCase(id.value().toString()))) {
            String sent = InputProblem.excerpt(this.id);
            errors.add(FieldError.of("id", "NOT_THIS_GOAL", texts -> texts.problem_not_this_goal(sent,
                    id.value().toString())));
        }
        text("title", title, TextInput.NAME, errors);
        text("owner", owner, TextInput.NAME, errors);
        Optional<BusinessObjective> parsedObjective = Optional.empty();
        if (objective != null && !objective.isBlank() && text("objective", objective, TextInput.CODE, errors)) {
            try {
                parsedObjective = Optional.of(BusinessObjective.valueOf(objective.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                String sent = InputProblem.excerpt(objective);
                errors.add(FieldError.of("objective", "NOT_AN_OBJECTIVE", texts -> texts.problem_not_an_objective(sent)));
            }
        }
        LocalDate startDate = date("start", start, errors, true);
        Optional<LocalDate> deadlineDate = Optional.ofNullable(date("deadline", deadline, errors, false));
        Optional<Period> baseline = period("baseline", baselineStart, baselineEnd, errors);
        List<GoalKpi> goalKpis = new ArrayList<>();
        List<GoalKpiJson> given = kpis == null ? List.of() : kpis;
        if (given.size() > MAX_KPIS) {
            errors.add(FieldError.of("kpis", "TOO_MANY_KPIS", texts -> texts.problem_too_many_kpis(given.size(), MAX_KPIS)));
        } else {
            for (int i = 0; i < given.size(); i++) {
                kpi("kpis[" + i + "]", given.get(i), errors).ifPresent(goalKpis::add);
            }
        }
        Set<String> roles = new LinkedHashSet<>();
        List<String> named = visibleTo == null ? List.of() : visibleTo;
        for (int i = 0; i < named.size(); i++) {
            String role = named.get(i);
            if (role == null) {
                errors.add(FieldError.of("visibleTo[" + i + "]", InputProblem.of(InputProblemKind.REQUIRED)));
            } else if (!text("visibleTo[" + i + "]", role, TextInput.CODE, errors)) {
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
        return Optional.of(new Goal(id, title, parsedObjective, owner, startDate, deadlineDate, baseline, goalKpis, roles));
    }

    /** Whether a one-line text fits; if not, the field's error is added. */
    private static boolean text(String field, String text, int maxLength, List<FieldError> errors) {
        Optional<InputProblem> problem = TextInput.line(text, maxLength);
        problem.ifPresent(found -> errors.add(FieldError.of(field, found)));
        return problem.isEmpty();
    }

    private static Optional<GoalKpi> kpi(String field, GoalKpiJson json, List<FieldError> errors) {
        if (json == null) {
            errors.add(FieldError.of(field, "KPI_REQUIRED", texts -> texts.problem_kpi_required("{\"kpi\":\"romi\"}")));
            return Optional.empty();
        }
        if (json.kpi() == null || json.kpi().isBlank()) {
            errors.add(FieldError.of(field + ".kpi", "KPI_CODE_REQUIRED", GoalWizardMessages::problem_kpi_code_required));
            return Optional.empty();
        }
        if (!text(field + ".kpi", json.kpi(), TextInput.CODE, errors)) {
            return Optional.empty();
        }
        if (!KpiCode.isValid(json.kpi().strip())) {
            String sent = InputProblem.excerpt(json.kpi());
            errors.add(FieldError.of(field + ".kpi", "NOT_A_KPI_CODE", texts -> texts.problem_not_a_kpi_code(sent)));
            return Optional.empty();
        }
        KpiCode code = new KpiCode(json.kpi().strip());
        Optional<Phasing> phasing = phasing(field, json, errors);
        return withTarget(field, code, json.target(), errors).flatMap(goalKpi -> phasing.map(goalKpi::phased));
    }

    /** The KPI's phasing: EVEN when none is given; MANUAL needs its parts, the others take none. */
    private static Optional<Phasing> phasing(String field, GoalKpiJson json, List<FieldError> errors) {
        if (!text(field + ".phasing", json.phasing(), TextInput.CODE, errors)) {
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
            LocalDate start = date(part + ".periodStart", typed.periodStart(), errors, true);
            BigDecimal value = typed.value() == null
                    ? missing(part + ".value", errors) : number(part + ".value", typed.value(), errors);
            if (start != null && value != null) {
                parts.add(new ManualPart(start, value));
            }
        }
        return errors.size() > before ? Optional.empty() : Optional.of(Phasing.manual(parts));
    }

    private static Optional<GoalKpi> withTarget(String field, KpiCode code, TargetJson target, List<FieldError> errors) {
        if (target != null && !text(field + ".target.kind", target.kind(), TextInput.CODE, errors)) {
            return Optional.empty();
        }
        if (target == null || target.kind() == null || target.kind().equalsIgnoreCase("NONE")) {
            return Optional.of(new GoalKpi(code, Optional.empty()));
        }
        switch (target.kind().strip().toUpperCase(Locale.ROOT)) {
            case "ABSOLUTE" -> {
                if (target.changePercent() != null && !target.changePercent().isBlank()) {
                    number(field + ".target.changePercent", target.changePercent(), errors);
                }
                BigDecimal value = number(field + ".target.value", target.value(), errors);
                return value == null ? Optional.empty() : Optional.of(GoalKpi.of(code.value(), Target.absolute(value)));
            }
            case "RELATIVE" -> {
                if (target.value() != null && !target.value().isBlank()) {
                    number(field + ".target.value", target.value(), errors);
                }
                BigDecimal change = number(field + ".target.changePercent", target.changePercent(), errors);
                Optional<Period> baseline = period(field + ".target.baseline", target.baselineStart(),
                        target.baselineEnd(), errors);
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

    private static BigDecimal missing(String field, List<FieldError> errors) {
        errors.add(FieldError.of(field, "VALUE_REQUIRED", GoalWizardMessages::problem_value_required));
        return null;
    }

    /** A number as {@link DecimalInput} reads it: refused by its length and size before it is expanded. */
    private static BigDecimal number(String field, String text, List<FieldError> errors) {
        return switch (DecimalInput.parse(text)) {
            case DecimalInput.Parsed parsed -> parsed.value();
            case DecimalInput.Refused refused -> {
                errors.add(FieldError.of(field, refused.problem()));
                yield null;
            }
        };
    }

    private static Optional<Period> period(String field, String start, String end, List<FieldError> errors) {
        if ((start == null || start.isBlank()) && (end == null || end.isBlank())) {
            return Optional.empty();
        }
        LocalDate first = date(field + "Start", start, errors, true);
        LocalDate last = date(field + "End", end, errors, true);
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
    private static LocalDate date(String field, String text, List<FieldError> errors, boolean required) {
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
