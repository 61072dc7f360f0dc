package com.kpipulse.web.kpi;

import com.kpipulse.application.goal.PeriodJudgement;
import com.kpipulse.domain.evaluation.KpiEvaluation;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.web.scorecard.StatusView;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.text.Formats;

import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * The KPI in the shown period against the goals the reader may see, judged as the scorecard rows judge it.
 *
 * @param status empty when no goal judges the period (yet)
 */
public record JudgementView(Optional<StatusView> status, String text) {

    /** The period against the goals, in the same words and figures as the scorecard's row. */
    static JudgementView from(KpiDefinition kpi, PeriodJudgement judgement, Optional<Currency> currency, Locale locale) {
        KpiDetailMessages messages = Bundles.of(KpiDetailMessages.class, locale);
        return switch (judgement) {
            case PeriodJudgement.Judged judged when judged.evaluation().target().number().isEmpty() ->
                    new JudgementView(Optional.of(StatusView.of(judged.evaluation().status(), locale)),
                            messages.judgement_not_covered(judged.evaluation().reason().in(locale), judged.goal().title()));
            case PeriodJudgement.Judged judged -> {
                KpiEvaluation evaluation = judged.evaluation();
                yield new JudgementView(Optional.of(StatusView.of(evaluation.status(), locale)), messages.judgement_judged(
                        Formats.display(evaluation.actual(), locale),
                        Formats.number(evaluation.target().number().orElseThrow(), kpi.unit(), currency, locale),
                        Formats.date(judged.window().start(), locale), Formats.date(judged.window().lastDay(), locale),
                        evaluation.attainment().map(value -> Formats.percent(value, locale)).orElse("—"),
                        judged.goal().title()));
            }
            case PeriodJudgement.Upcoming upcoming -> new JudgementView(Optional.empty(), messages.judgement_upcoming(
                    upcoming.goal().title(), Formats.number(upcoming.target(), kpi.unit(), currency, locale),
                    Formats.date(upcoming.from(), locale)));
            case PeriodJudgement.NoChannelPlan none -> new JudgementView(Optional.empty(), messages.judgement_none());
            case PeriodJudgement.NoGoal none -> new JudgementView(Optional.empty(), messages.judgement_none());
        };
    }
}
