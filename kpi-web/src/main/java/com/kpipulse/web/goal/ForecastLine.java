package com.kpipulse.web.goal;

import com.kpipulse.application.goal.ForecastGoal;

import java.util.Locale;

/** A goal KPI's forecast to the deadline in the reader's language, or why there is none. */
public record ForecastLine(String code, String kpi, String text) {

    public static ForecastLine from(ForecastGoal.KpiForecast forecast, Locale locale) {
        return new ForecastLine(forecast.goalKpi().kpi().value(), kpiName(forecast, locale),
                GoalForecasts.said(forecast, locale));
    }

    private static String kpiName(ForecastGoal.KpiForecast forecast, Locale locale) {
        return switch (forecast) {
            case ForecastGoal.KpiForecast.Forecast known -> known.kpi().name(locale);
            case ForecastGoal.KpiForecast.NotForecast none -> none.kpi().map(kpi -> kpi.name(locale))
                    .orElse(none.goalKpi().kpi().value());
        };
    }
}
