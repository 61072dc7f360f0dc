package com.kpipulse.web.kpi;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.evaluation.ExplainKpi;
import com.kpipulse.application.evaluation.KpiExplanation;
import com.kpipulse.application.evaluation.ValueSeries;
import com.kpipulse.application.goal.ForecastGoal;
import com.kpipulse.application.goal.PaceAgainstGoals;
import com.kpipulse.application.goal.TargetTrack;
import com.kpipulse.domain.analysis.forecast.DeadlineForecast;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.web.access.AccessAnswers;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.page.Ui;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The KPI detail for the current reader: the explanation, the goals' track they may see and the paced goal's forecast,
 * as a {@link KpiDetailView}; refused when the reader may not read the KPI. The page and the notes form both show it.
 */
@RequestScoped
class KpiDetails {

    @Inject
    ExplainKpi explain;

    @Inject
    PaceAgainstGoals pace;

    @Inject
    ForecastGoal forecasts;

    @Inject
    CurrentReader reader;

    @Inject
    SecurityIdentity identity;

    @Inject
    Ui ui;

    @Inject
    Clock clock;

    /** The day shown when the address names none: the last whole day. */
    LocalDate lastWholeDay() {
        return LocalDate.now(clock).minusDays(1);
    }

    /** @param error why a note was not added; null when none */
    KpiDetailView view(String code, Grain grain, LocalDate day, String error) {
        KpiExplanation explanation = AccessAnswers.orRefuse(explain.explain(reader.get(), code, grain, day, Set.of()),
                "KPI " + code);
        TargetTrack track = pace.track(explanation.kpi(), grain,
                explanation.history().values().stream().map(ValueSeries.PeriodValue::period).toList(),
                identity.getRoles());
        return KpiDetailView.from(code, explanation, track, forecast(track, explanation),
                pace.judge(explanation.kpi(), explanation.period(), identity.getRoles()), grain, error, ui.locale());
    }

    /**
     * The paced goal's forecast of the KPI, as the goal page and its API give it: asked only when the page shows the
     * period of the last whole day and the goal's deadline is still ahead; nothing when it cannot be forecast.
     */
    private Optional<DeadlineForecast.Expected> forecast(TargetTrack track, KpiExplanation explanation) {
        LocalDate lastWholeDay = lastWholeDay();
        return track.pacedGoal().filter(TargetTrack.PacedGoal::cumulative)
                .filter(paced -> explanation.period().contains(lastWholeDay)
                        && paced.goal().period().filter(span -> span.lastDay().isAfter(lastWholeDay)).isPresent())
                .flatMap(paced -> forecasts.of(reader.get(), paced.goal().id(), explanation.kpi().code())
                        instanceof Access.Granted<Optional<ForecastGoal.KpiForecast>> granted
                        ? granted.value() : Optional.empty())
                .flatMap(forecast -> forecast instanceof ForecastGoal.KpiForecast.Forecast known
                        && known.forecast() instanceof DeadlineForecast.Expected expected
                        ? Optional.of(expected) : Optional.empty());
    }
}
