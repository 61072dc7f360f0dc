package com.kpipulse.application.correction;

import com.kpipulse.domain.correction.ActionDetails;
import com.kpipulse.domain.kpi.KpiCode;

import java.util.List;
import java.util.Objects;

/**
 * An action as a person wrote it, every field as text (null or blank: not given), before anything is read from it.
 *
 * @param goal           a goal's id
 * @param kpi            a KPI's code
 * @param channels       channel codes
 * @param owner          a login of the realm
 * @param due            {@code YYYY-MM-DD}
 * @param effectKpi      the expected effect's KPI code
 * @param effectDirection {@code UP} or {@code DOWN}
 * @param effectSize     the change as a share of the KPI's value ({@code 0.1}: by 10 %)
 * @param effectWindowDays whole days after the due date the effect is watched; not given: two weeks
 */
public record ActionInput(String title, String goal, String kpi, List<String> channels, String owner, String due,
                          String hypothesis, String effectKpi, String effectDirection, String effectSize,
                          String effectWindowDays) {

    public ActionInput {
        channels = channels == null ? List.of() : channels.stream().map(code -> Objects.requireNonNullElse(code, ""))
                .toList();
    }

    /** An action whose effect is watched for the standard two weeks after its due date. */
    public ActionInput(String title, String goal, String kpi, List<String> channels, String owner, String due,
                       String hypothesis, String effectKpi, String effectDirection, String effectSize) {
        this(title, goal, kpi, channels, owner, due, hypothesis, effectKpi, effectDirection, effectSize, null);
    }

    /** The same input with the window typed as {@code days}. */
    public ActionInput withEffectWindow(String days) {
        return new ActionInput(title, goal, kpi, channels, owner, due, hypothesis, effectKpi, effectDirection,
                effectSize, days);
    }

    /** The details as a person would write them again: what a form shows, what a partial change starts from. */
    public static ActionInput of(ActionDetails details) {
        return new ActionInput(details.title(), details.goal().map(goal -> goal.value().toString()).orElse(null),
                details.kpi().map(KpiCode::value).orElse(null), details.channels(), details.owner(),
                details.due().toString(), details.hypothesis(),
                details.effect().map(effect -> effect.kpi().value()).orElse(null),
                details.effect().map(effect -> effect.direction().name()).orElse(null),
                details.effect().map(effect -> effect.size().toPlainString()).orElse(null),
                Integer.toString(details.effectWindow().days()));
    }
}
