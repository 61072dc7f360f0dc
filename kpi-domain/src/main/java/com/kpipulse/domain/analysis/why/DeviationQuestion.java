package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.kpi.KpiCode;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Why did a KPI deviate: the figures the analysis needs, filled in by the application from the store.
 *
 * @param against     what the KPI is held against
 * @param actual      the period asked about, per channel
 * @param reference   the figures it is held against, per channel: the period before, the same period last year, or
 *                    the plan's base measures (a plan kept only as the KPI's target cannot be split into drivers)
 * @param yearEarlier the same two periods a year earlier; empty when not kept or when {@code against} is LAST_YEAR
 * @param history     consecutive periods of the same grain before {@code actual}, oldest first: what the KPI and its
 *                    drivers usually do from one period to the next (their noise); 8 or more make a fair estimate
 * @param channels    the channels to analyse, empty for all
 * @param currency    the currency of the money measures, to write amounts
 */
public record DeviationQuestion(KpiCode kpi, ReferenceKind against, PeriodFigures actual, PeriodFigures reference,
                                Optional<YearEarlier> yearEarlier, List<PeriodFigures> history, Set<String> channels,
                                Optional<Currency> currency) {

    public DeviationQuestion {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(against, "against");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(yearEarlier, "yearEarlier");
        Objects.requireNonNull(currency, "currency");
        history = List.copyOf(history);
        channels = Set.copyOf(channels);
    }
}
