package com.kpipulse.web.correction;

import com.kpipulse.application.correction.ActionEffect;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.correction.ActionComment;
import com.kpipulse.domain.correction.ActionDetails;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.domain.correction.effect.EffectEstimate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A corrective action as the API gives it: everything it names with its code and its names in both languages, its
 * status, whether it is overdue today, its comments and its version (also its ETag).
 *
 * @param goal     null when the action is for a KPI alone; {@code title} null when the reader may not see the goal
 * @param kpi      null when the action is for a goal alone
 * @param expectedEffect null when no effect was promised; {@code size} a share of the KPI's value (0.1: by 10 %)
 * @param effectWindowDays days after the due date its effect is watched before it is measured
 * @param effect   whether it worked: for a done action whose KPI the caller may read, once its window is over (the
 *                 figures of {@code GET /api/v1/actions/{id}/effect} in short); null otherwise
 */
public record ActionJson(String id, String title, GoalRefJson goal, NamedJson kpi, List<NamedJson> channels,
                         PersonJson owner, LocalDate dueDate, boolean overdue, String hypothesis, EffectJson expectedEffect,
                         int effectWindowDays, String status, String statusRu, String statusEn, String dropReason,
                         List<CommentJson> comments, PersonJson createdBy, Instant createdAt, long version,
                         VerdictJson effect) {

    /** A code with its name in both languages. */
    public record NamedJson(String code, String nameRu, String nameEn) {
        static NamedJson of(String code, LocalizedText name) {
            return new NamedJson(code, name.ru(), name.en());
        }
    }

    /** A goal by its id and, when the reader sees it, its title. */
    public record GoalRefJson(String id, String title) {
    }

    /** A person by login and name. */
    public record PersonJson(String login, String name) {
    }

    /** The expected effect. */
    public record EffectJson(NamedJson kpi, String direction, BigDecimal size) {
    }

    /**
     * A verdict on a done action: {@code WORKED}, {@code NO_EFFECT}, {@code WORSE}, {@code INCONCLUSIVE} or
     * {@code TOO_LITTLE_DATA}; the effect and its 95 % interval in the KPI's unit (rates as fractions, a total per
     * day), null with too little data.
     */
    public record VerdictJson(String verdict, BigDecimal estimate, BigDecimal low, BigDecimal high) {

        /** The verdict of a measurement that is over; null while it is not. */
        static VerdictJson of(ActionEffect effect) {
            if (!(effect instanceof ActionEffect.Estimated estimated)) {
                return null;
            }
            return switch (estimated.estimate()) {
                case EffectEstimate.NotYet notYet -> null;
                case EffectEstimate.TooLittleData tooLittle -> new VerdictJson(tooLittle.verdict().name(), null, null,
                        null);
                case EffectEstimate.Measured measured -> new VerdictJson(measured.verdict().name(),
                        measured.figures().effect().estimate(), measured.figures().effect().low(),
                        measured.figures().effect().high());
            };
        }
    }

    public record CommentJson(PersonJson author, Instant at, String text) {
    }

    /** @param worked the action's effect, when it is done and the caller may read its figures */
    static ActionJson of(Versioned<CorrectiveAction> versioned, LocalDate today, ActionNames names, Set<String> roles,
                         Optional<ActionEffect> worked) {
        CorrectiveAction action = versioned.value();
        ActionDetails details = action.details();
        return new ActionJson(action.id().toString(), details.title(),
                details.goal().map(goal -> new GoalRefJson(goal.value().toString(),
                        names.goal(goal, roles).orElse(null))).orElse(null),
                details.kpi().map(kpi -> NamedJson.of(kpi.value(), names.kpi(kpi.value()))).orElse(null),
                details.channels().stream().map(code -> NamedJson.of(code, names.channel(code))).toList(),
                person(details.owner(), names), details.due(), action.overdueOn(today), details.hypothesis(),
                details.effect().map(effect -> new EffectJson(NamedJson.of(effect.kpi().value(),
                        names.kpi(effect.kpi().value())), effect.direction().name(), effect.size())).orElse(null),
                details.effectWindow().days(), action.status().name(), action.status().label().ru(),
                action.status().label().en(), action.dropReason().orElse(null), action.comments().stream()
                .map(comment -> comment(comment, names)).toList(), person(action.createdBy(), names),
                action.createdAt(), versioned.version(), worked.map(VerdictJson::of).orElse(null));
    }

    private static PersonJson person(String login, ActionNames names) {
        return new PersonJson(login, names.person(login));
    }

    private static CommentJson comment(ActionComment comment, ActionNames names) {
        return new CommentJson(person(comment.author(), names), comment.at(), comment.text());
    }
}
