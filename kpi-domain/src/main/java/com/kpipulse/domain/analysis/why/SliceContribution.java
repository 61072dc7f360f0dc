package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.LocalizedText;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One slice's part of the deviation of a KPI over all slices (a slice is a channel, or a campaign inside one
 * channel), in the KPI's unit; the slices of one split add up to the deviation exactly.
 *
 * @param actual            the KPI on this slice alone in the period (none: no data or a zero denominator)
 * @param reference         the KPI on this slice alone in the reference
 * @param rateEffect        the part that came from the slice's own ratio (for a total: its own change)
 * @param mixEffect         the part that came from its own weight in the denominator moving (its visits, its spend),
 *                          which pulls the whole towards its own ratio; {@code rate + mix = contribution}
 * @param explanatoryPower  contribution / deviation (Adtributor's EP): 0.8 explains 80 % of the change
 * @param surprise          how much the slice's shares of the KPI's measures moved: Jensen–Shannon divergence, summed
 *                          over the measures, in bits (0: shares as before)
 * @param drivers           the slice's own KPI change split among the KPI's drivers (empty when the KPI has no value
 *                          on the slice in either period)
 */
public record SliceContribution(String slice, LocalizedText name, Optional<BigDecimal> actual,
                                Optional<BigDecimal> reference, BigDecimal contribution, BigDecimal rateEffect,
                                BigDecimal mixEffect, double explanatoryPower, double surprise,
                                List<DriverContribution> drivers) {

    public SliceContribution {
        Objects.requireNonNull(slice, "slice");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(contribution, "contribution");
        Objects.requireNonNull(rateEffect, "rateEffect");
        Objects.requireNonNull(mixEffect, "mixEffect");
        drivers = List.copyOf(drivers);
        if (rateEffect.add(mixEffect).compareTo(contribution) != 0) {
            throw new IllegalArgumentException("Rate " + rateEffect + " and mix " + mixEffect
                    + " must add up to the contribution " + contribution);
        }
    }
}
