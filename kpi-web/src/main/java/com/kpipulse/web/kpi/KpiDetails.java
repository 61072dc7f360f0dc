package com.kpipulse.web.kpi;

import com.kpipulse.application.evaluation.ExplainKpi;
import com.kpipulse.application.evaluation.KpiExplanation;
import com.kpipulse.application.evaluation.ValueSeries;
import com.kpipulse.application.goal.PaceAgainstGoals;
import com.kpipulse.application.goal.TargetTrack;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.web.access.AccessAnswers;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.page.Ui;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * The KPI detail for the current reader: the explanation and the goals' track they may see, as a
 * {@link KpiDetailView}; refused when the reader may not read the KPI. The page and the notes form both show it.
 */
@RequestScoped
class KpiDetails {

    @Inject
    ExplainKpi explain;

    @Inject
    PaceAgainstGoals pace;

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
        return KpiDetailView.from(code, explanation, track,
                pace.judge(explanation.kpi(), explanation.period(), identity.getRoles()), grain, error, ui.locale());
    }
}
