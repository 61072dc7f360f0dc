package com.kpipulse.web.correction;

import com.kpipulse.application.correction.ActionInput;
import com.kpipulse.domain.correction.ActionDetails;

import java.util.List;

/**
 * What the API reads an action from: every field as text, so that each one's problem is answered on its own (a 422
 * with the field and the reason), not as an unreadable body. {@code expectedEffect.size} is a share of the KPI's value
 * ({@code "0.1"}: by 10 %); {@code effectWindowDays} the whole days after the due date the effect is watched (7 to 90,
 * 14 when left out), as a number or a string.
 */
public record ActionRequestJson(String title, String goal, String kpi, List<String> channels, String owner,
                                String dueDate, String hypothesis, EffectRequestJson expectedEffect,
                                String effectWindowDays) {

    /** The expected effect as sent; all three or none. */
    public record EffectRequestJson(String kpi, String direction, String size) {
    }

    /** The action as a person wrote it, every field as text, for the use cases to check. */
    public ActionInput input() {
        EffectRequestJson effect = expectedEffect == null ? new EffectRequestJson(null, null, null) : expectedEffect;
        return new ActionInput(title, goal, kpi, channels, owner, dueDate, hypothesis, effect.kpi(), effect.direction(),
                effect.size(), effectWindowDays);
    }

    /**
     * A change as sent: the version it was read at, what is decided about it (fields left out stay as they are), the
     * status it moves to (with the reason of a drop) and a comment.
     */
    public record ChangeJson(Long version, String title, String goal, String kpi, List<String> channels, String owner,
                             String dueDate, String hypothesis, EffectRequestJson expectedEffect,
                             String effectWindowDays, String status, String dropReason, String comment) {

        boolean changesDetails() {
            return title != null || goal != null || kpi != null || channels != null || owner != null || dueDate != null
                    || hypothesis != null || expectedEffect != null || effectWindowDays != null;
        }

        /** The details as sent, the ones left out as they are now. */
        ActionInput over(ActionDetails current) {
            ActionInput now = ActionInput.of(current);
            EffectRequestJson effect = expectedEffect == null
                    ? new EffectRequestJson(now.effectKpi(), now.effectDirection(), now.effectSize()) : expectedEffect;
            return new ActionInput(or(title, now.title()), or(goal, now.goal()), or(kpi, now.kpi()),
                    channels == null ? now.channels() : channels, or(owner, now.owner()), or(dueDate, now.due()),
                    or(hypothesis, now.hypothesis()), effect.kpi(), effect.direction(), effect.size(),
                    or(effectWindowDays, now.effectWindowDays()));
        }

        private static String or(String sent, String now) {
            return sent == null ? now : sent;
        }
    }
}
