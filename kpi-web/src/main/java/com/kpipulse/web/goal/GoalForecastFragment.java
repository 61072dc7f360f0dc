package com.kpipulse.web.goal;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.goal.ForecastGoal;
import com.kpipulse.application.kpi.ReadKpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Locale;
import java.util.Optional;

/**
 * Where one KPI of a goal is heading by the deadline, in words («при текущем темпе 87 % плана (80–93 %) к 31.03;
 * вероятность выполнить — 12 %»), loaded by htmx into the scorecard's goals table: the forecast of the goal page and
 * of {@code /api/v1/goals/{id}/forecast}, for a reader who may see the goal.
 */
@Path("/goals/{id}/forecast")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
public class GoalForecastFragment {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance forecast(String said, boolean expected);
    }

    @Inject
    ForecastGoal forecasts;

    @Inject
    ReadKpiCatalog catalog;

    @Inject
    CurrentReader reader;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance forecast(@PathParam("id") String id, @QueryParam("kpi") String kpi) {
        KpiDefinition definition = Optional.ofNullable(kpi).flatMap(catalog::find)
                .orElseThrow(() -> new NotFoundException("No KPI " + kpi));
        // a goal the reader may not see is no goal to them, as on its page and in the API
        Optional<ForecastGoal.KpiForecast> found = switch (forecasts.of(reader.get(), GoalParameters.goalId(id),
                definition.code())) {
            case Access.Granted<Optional<ForecastGoal.KpiForecast>> granted -> granted.value();
            case Access.Unknown<Optional<ForecastGoal.KpiForecast>> unknown -> Optional.empty();
            case Access.Denied<Optional<ForecastGoal.KpiForecast>> denied -> Optional.empty();
        };
        ForecastGoal.KpiForecast forecast = found.orElseThrow(() -> new NotFoundException("No " + kpi + " in goal " + id));
        Locale locale = ui.locale();
        return ui.page(Templates.forecast(GoalForecasts.said(forecast, locale),
                forecast instanceof ForecastGoal.KpiForecast.Forecast));
    }
}
