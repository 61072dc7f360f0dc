package com.kpipulse.web.goal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.SmartFinding;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.web.text.Bundles;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
     * Reads the goal, collecting every unreadable field ({@link GoalJsonReader}); the id comes from the path for
     * updates.
     */
    Optional<Goal> toDomain(GoalId id, List<FieldError> errors) {
        return toDomain(id, false, errors);
    }

    /** @param changing whether {@code id} is a stored goal's (from the path) rather than a new one */
    Optional<Goal> toDomain(GoalId id, boolean changing, List<FieldError> errors) {
        return new GoalJsonReader(errors).goal(this, id, changing);
    }
}
