package com.kpipulse.web.scorecard;

import com.kpipulse.application.scorecard.Scorecard;
import com.kpipulse.domain.kpi.KpiValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * A goal's KPI on the head's and viewer's scorecards: actual since the start against what is due by then, with
 * attainment and status, the KPI's code for the link to its detail and the goal's id for its forecast.
 */
public record GoalLineView(String goalTitle, String goalId, String kpiCode, String kpiName, KpiValue actualToDate, KpiValue due,
                           KpiValue goalTarget, LocalDate asOf, Optional<BigDecimal> attainment,
                           Optional<BigDecimal> progress, StatusView status, String reason) {

    static GoalLineView from(Scorecard.GoalLine line, Locale locale) {
        var kpi = line.kpi();
        KpiValue actual = line.pacing().actual();
        Optional<Currency> currency = actual instanceof KpiValue.Known known ? known.currency() : Optional.empty();
        return new GoalLineView(line.goal().title(), line.goal().id().value().toString(), kpi.code().value(), kpi.name(locale), actual,
                new KpiValue.Known(line.due(), kpi.unit(), currency),
                new KpiValue.Known(line.goalTarget(), kpi.unit(), currency), line.asOf(), line.pacing().attainment(),
                line.progress(), StatusView.of(line.pacing().status(), locale), line.pacing().reason().in(locale));
    }
}
