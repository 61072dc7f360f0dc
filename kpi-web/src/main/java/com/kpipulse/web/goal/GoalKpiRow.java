package com.kpipulse.web.goal;

import com.kpipulse.application.goal.GoalStanding;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.web.text.Formats;

import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * A goal KPI on the goal's page; {@code linked} when the catalog has it (its page can be opened); {@code pace} is
 * null without a target or before the goal's start.
 */
public record GoalKpiRow(String code, String name, boolean linked, String target, String due, String actual,
                         String progress, GoalStateView pace, String reason) {

    static GoalKpiRow from(GoalStanding.KpiStanding standing, GoalPageMessages messages, Locale locale) {
        String code = standing.goalKpi().kpi().value();
        if (standing.kpi().isEmpty()) {
            return new GoalKpiRow(code, code, false, messages.kpi_gone(), "—", "—", "—", null, "");
        }
        KpiDefinition kpi = standing.kpi().get();
        Optional<Currency> currency = GoalFigures.currencyOf(standing.actual());
        boolean total = standing.cumulative();
        String target = standing.goalKpi().target().isEmpty() ? messages.no_target()
                : standing.target().map(value -> GoalFigures.figure(value, kpi, currency, total, locale))
                .orElse(messages.target_unknown());
        String due = standing.due().map(value -> GoalFigures.figure(value, kpi, currency, total, locale)).orElse("—");
        String actual = standing.actual().number().map(value -> GoalFigures.figure(value, kpi, currency, total, locale))
                .orElse("—");
        String reached = standing.progress().map(value -> Formats.percent(value, locale)).orElse("—");
        GoalStateView pace = standing.status().map(status -> GoalStateView.of(status, messages)).orElse(null);
        return new GoalKpiRow(code, kpi.name(locale), true, target, due, actual, reached, pace,
                standing.reason().map(reason -> reason.in(locale)).orElse(""));
    }
}
