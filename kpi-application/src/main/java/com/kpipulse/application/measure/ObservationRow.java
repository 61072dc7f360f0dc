package com.kpipulse.application.measure;

import com.kpipulse.domain.period.Grain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One canonical value read from a source: a base measure for a period and a set of dimensions.
 *
 * @param line        1-based line (or element index for JSON) the value came from, for error reports and lineage
 * @param measure     base measure code from the measure catalog, e.g. {@code ad_spend}, {@code visits}
 * @param periodStart first day of the period
 * @param grain       DAY, WEEK or MONTH
 * @param channel     canonical channel when the source knows it (e.g. {@code yandex_direct} for Direct), else null
 * @param campaign    campaign name as the source spells it, or null
 * @param source      raw traffic source for channel mapping ({@code utm_source / utm_medium} or a Metrica/GA4
 *                    traffic source name), or null
 * @param value       the value in canonical units: money in currency units (not micros), ratios as 0..1 fractions
 * @param currency    ISO-4217 code for money measures, else null
 */
public record ObservationRow(long line, String measure, LocalDate periodStart, Grain grain, String channel,
                             String campaign, String source, BigDecimal value, String currency) {

    public ObservationRow {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(grain, "grain");
        Objects.requireNonNull(value, "value");
    }
}
