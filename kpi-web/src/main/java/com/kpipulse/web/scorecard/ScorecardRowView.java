package com.kpipulse.web.scorecard;

import com.kpipulse.application.scorecard.Scorecard;
import com.kpipulse.domain.evaluation.KpiEvaluation;
import com.kpipulse.domain.kpi.KpiValue;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * One KPI row of a scorecard in the reader's language: name with its explanation and formula, actual, target,
 * attainment, status in words, sparkline and trend. Numbers stay numbers; the template formats them.
 *
 * @param reason why the status is what it is (or why there is no target)
 */
public record ScorecardRowView(String code, String name, String explanation, String formula, KpiValue actual,
                               Optional<KpiValue> target, Optional<BigDecimal> attainment, StatusView status,
                               String reason, Optional<String> goalTitle, Sparkline sparkline, Optional<Trend> trend) {

    static ScorecardRowView from(Scorecard.Row row, Locale locale, ScorecardMessages messages) {
        Optional<KpiEvaluation> evaluation = row.evaluation();
        StatusView status = evaluation.map(e -> StatusView.of(e.status(), locale))
                .orElseGet(() -> StatusView.noTarget(messages.no_target()));
        String reason = evaluation.map(e -> e.reason().in(locale)).orElseGet(messages::no_target_reason);
        return new ScorecardRowView(row.kpi().code().value(), row.kpi().name(locale), row.kpi().explanation(locale),
                row.kpi().formula(), row.actual(), evaluation.map(KpiEvaluation::target),
                evaluation.flatMap(KpiEvaluation::attainment), status, reason,
                row.goal().map(goal -> goal.title()), Sparkline.of(row.history()),
                Trend.of(row.kpi(), row.actual(), row.previous()));
    }

    /** The title text: what the KPI is and how it is computed. */
    public String tooltip() {
        return explanation.isBlank() ? formula : explanation + " — " + formula;
    }
}
