package com.kpipulse.web.goal;

import com.kpipulse.application.goal.GoalStanding;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.web.text.Formats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A goal in the list: its state, owner, deadline, and a line of progress for each KPI with a target. */
public record GoalRow(String id, String title, GoalStateView state, String owner, String deadline, List<String> progress) {

    /** @param owner the owner's name as the directory knows it */
    static GoalRow from(GoalStanding standing, String owner, GoalPageMessages messages, Locale locale) {
        Goal goal = standing.goal().value();
        List<String> progress = new ArrayList<>();
        for (GoalStanding.KpiStanding kpi : standing.kpis()) {
            if (kpi.kpi().isEmpty() || kpi.target().isEmpty()) {
                continue;
            }
            if (standing.state() == GoalStanding.State.NOT_STARTED) {
                progress.add(messages.starts(Formats.date(goal.start(), locale)));
                break;
            }
            progress.add(line(standing.state(), kpi, messages, locale));
        }
        return new GoalRow(goal.id().value().toString(), goal.title(), GoalStateView.of(standing.state(), messages),
                owner, goal.deadline().map(day -> Formats.date(day, locale)).orElse("—"), progress);
    }

    /** A total: how much of it is reached and how much was due by now; a level: the actual against the target. */
    private static String line(GoalStanding.State state, GoalStanding.KpiStanding kpi, GoalPageMessages messages,
                               Locale locale) {
        KpiDefinition definition = kpi.kpi().get();
        String name = definition.name(locale);
        if (kpi.cumulative()) {
            String reached = kpi.progress().map(value -> Formats.percent(value, locale)).orElse("—");
            BigDecimal total = kpi.target().get();
            String due = kpi.due().filter(value -> total.signum() > 0)
                    .map(value -> Formats.percent(value.divide(total, MathContext.DECIMAL64), locale)).orElse("—");
            return state == GoalStanding.State.ENDED ? messages.progress_total_ended(name, reached)
                    : messages.progress_total(name, reached, Formats.date(kpi.asOf(), locale), due);
        }
        var currency = GoalFigures.currencyOf(kpi.actual());
        return messages.progress_level(name, kpi.actual().number()
                        .map(value -> GoalFigures.figure(value, definition, currency, false, locale)).orElse("—"),
                GoalFigures.figure(kpi.target().get(), definition, currency, false, locale));
    }
}
