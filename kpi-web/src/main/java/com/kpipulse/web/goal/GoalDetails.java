package com.kpipulse.web.goal;

import com.kpipulse.application.goal.ForecastGoal;
import com.kpipulse.application.goal.GoalProgress;
import com.kpipulse.application.goal.GoalStanding;
import com.kpipulse.application.people.People;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.web.access.AccessAnswers;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.page.Ui;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;

/**
 * The goal's page for the current reader: where the goal stands ({@link GoalProgress}) and its forecasts, as a
 * {@link GoalView}; 404 when there is no such goal, 403 when the reader's roles may not see it. The page and the
 * admin's actions on it both show it.
 */
@RequestScoped
class GoalDetails {

    @Inject
    GoalProgress progress;

    @Inject
    ForecastGoal forecasts;

    @Inject
    People people;

    @Inject
    CurrentReader reader;

    @Inject
    Ui ui;

    /**
     * @param done    the note after an action, or null
     * @param problem why an action was refused, or null
     */
    TemplateInstance page(GoalId id, String done, String problem) {
        return ui.page(GoalPage.Templates.goal(view(id), done, problem));
    }

    private GoalView view(GoalId id) {
        GoalStanding standing = AccessAnswers.orRefuse(progress.of(reader.get(), id), "Goal " + id.value());
        Locale locale = ui.locale();
        String owner = people.nameOf(standing.goal().value().owner());
        List<ForecastLine> lines = AccessAnswers.orRefuse(forecasts.of(reader.get(), id), "Goal " + id.value())
                .stream().map(forecast -> ForecastLine.from(forecast, locale)).toList();
        return GoalView.from(standing, owner, lines, locale);
    }
}
