package com.kpipulse.web.goal;

import com.kpipulse.application.goal.ForecastGoal;
import com.kpipulse.domain.analysis.forecast.DeadlineForecast;
import com.kpipulse.web.text.Bundles;

import java.util.Locale;

/** A goal KPI's forecast said in a language: the forecaster's sentence, or the goal page's reason for none. */
final class GoalForecasts {

    private GoalForecasts() {
    }

    static String said(ForecastGoal.KpiForecast forecast, Locale locale) {
        GoalPageMessages messages = Bundles.of(GoalPageMessages.class, locale);
        return switch (forecast) {
            case ForecastGoal.KpiForecast.Forecast known -> switch (known.forecast()) {
                case DeadlineForecast.Expected expected -> expected.summary().in(locale);
                case DeadlineForecast.NotForecast none -> none.reason().in(locale);
            };
            case ForecastGoal.KpiForecast.NotForecast none -> switch (none.why()) {
                case NOT_A_SUM -> messages.forecast_not_a_sum();
                case NOT_IN_CATALOG -> messages.forecast_not_in_catalog();
                case NO_DEADLINE -> messages.forecast_no_deadline();
            };
        };
    }

    /** The stable code of what is said: the forecaster's message key, or {@code goal.forecast.<why>}. */
    static String code(ForecastGoal.KpiForecast forecast) {
        return switch (forecast) {
            case ForecastGoal.KpiForecast.Forecast known -> switch (known.forecast()) {
                case DeadlineForecast.Expected expected -> expected.summary().code();
                case DeadlineForecast.NotForecast none -> none.reason().code();
            };
            case ForecastGoal.KpiForecast.NotForecast none -> "goal.forecast." + none.why().name().toLowerCase(Locale.ROOT);
        };
    }
}
