package com.kpipulse.application.correction;

import com.kpipulse.domain.correction.ActionDetails;
import com.kpipulse.domain.cycle.CycleCause;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.text.Message;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An action as a deviation's analysis suggests it, for a person to complete: the KPI that deviated, the channels
 * the analysis names (the deviation's own, else those that explain it), the goal it was judged against, and the
 * cause with its evidence, which becomes the hypothesis.
 *
 * @param period the period the deviation was found in
 */
public record ActionDraft(KpiCode kpi, List<String> channels, Optional<GoalId> goal, Period period,
                          Optional<CycleCause> cause) {

    public ActionDraft {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(cause, "cause");
        channels = List.copyOf(channels);
    }

    /** The evidence as the hypothesis, in the reader's language; "" when the deviation could not be analysed. */
    public String hypothesis(Locale locale) {
        List<Message> evidence = cause.map(CycleCause::evidence).orElse(List.of());
        String said = evidence.stream().map(message -> message.in(locale)).collect(Collectors.joining(" "));
        return said.length() <= ActionDetails.MAX_TEXT ? said : said.substring(0, ActionDetails.MAX_TEXT - 1) + "…";
    }
}
