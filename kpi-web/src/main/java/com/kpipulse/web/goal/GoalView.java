package com.kpipulse.web.goal;

import com.kpipulse.application.goal.GoalStanding;
import com.kpipulse.domain.goal.BusinessObjective;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.scorecard.Role;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.text.Formats;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A goal on its page, with what an admin may do with it. */
public record GoalView(String id, String title, GoalStateView state, String owner, String objective, String span,
                       String visibleTo, String asOf, boolean archived, long version, List<GoalKpiRow> kpis,
                       List<ForecastLine> forecasts) {

    /** @param owner the owner's name as the directory knows it */
    static GoalView from(GoalStanding standing, String owner, List<ForecastLine> forecasts, Locale locale) {
        GoalPageMessages messages = GoalPageTexts.messages(locale);
        Goal goal = standing.goal().value();
        List<GoalKpiRow> kpis = standing.kpis().stream().map(kpi -> GoalKpiRow.from(kpi, messages, locale)).toList();
        String roles = goal.visibleToRoles().isEmpty() ? messages.everyone()
                : String.join(", ", Arrays.stream(Role.values())
                .filter(role -> goal.visibleToRoles().contains(role.claim())).map(role -> role.name(locale)).toList());
        return new GoalView(goal.id().value().toString(), goal.title(), GoalStateView.of(standing.state(), messages),
                owner, goal.objective().map(objective -> objective(objective, locale)).orElse(""),
                messages.span(Formats.date(goal.start(), locale), goal.deadline().map(day -> Formats.date(day, locale)).orElse("—")),
                roles, Formats.date(standing.asOf(), locale), goal.archived(), standing.goal().version(), kpis,
                forecasts);
    }

    private static String objective(BusinessObjective objective, Locale locale) {
        GoalWizardMessages words = Bundles.of(GoalWizardMessages.class, locale);
        return switch (objective) {
            case SALES -> words.objective_sales();
            case TRAFFIC -> words.objective_traffic();
            case BRAND_AWARENESS -> words.objective_brand();
            case CUSTOMER_RELATIONS -> words.objective_customers();
        };
    }
}
