package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a KPI deviated in a period from its reference. {@code drivers} add up exactly to {@code deviation}, and so do
 * {@code channels}; each driver's {@code parts} add up to it, each channel's rate and mix effects to its contribution.
 *
 * @param deviation            actual − reference, in the KPI's unit (percentages as fractions: 0.012 is 1.2 points)
 * @param drivers              the deviation split along the KPI's driver tree, in the tree's order
 * @param channels             the deviation split among the chosen channels, largest part first (empty when the
 *                             KPI is no total or ratio of totals, such as LTV)
 * @param explainedBy          the smallest set of channels that explains two thirds of the deviation or more
 *                             (Adtributor); empty when the change is spread too thinly
 * @param campaigns            when one channel explains it: that channel's change split among its campaigns
 * @param explainedByCampaigns the smallest set of those campaigns that explains most of the channel's change
 * @param findings             the causes that fit, the cause first, each with the share of the deviation it accounts for
 * @param evidence             sentences a head can repeat, the cause's first
 * @param funnels              the catalog's funnels over the chosen channels, with the weakest step of each
 */
public record Diagnosis(KpiCode kpi, ReferenceKind against, Period period, BigDecimal actual, BigDecimal reference,
                        BigDecimal deviation, List<DriverContribution> drivers, List<SliceContribution> channels,
                        List<String> explainedBy, List<SliceContribution> campaigns, List<String> explainedByCampaigns,
                        Cause cause, List<CauseFinding> findings, List<Message> evidence,
                        List<FunnelReading> funnels) implements WhyAnswer {

    public Diagnosis {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(against, "against");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(deviation, "deviation");
        Objects.requireNonNull(cause, "cause");
        drivers = List.copyOf(drivers);
        channels = List.copyOf(channels);
        explainedBy = List.copyOf(explainedBy);
        campaigns = List.copyOf(campaigns);
        explainedByCampaigns = List.copyOf(explainedByCampaigns);
        findings = List.copyOf(findings);
        evidence = List.copyOf(evidence);
        funnels = List.copyOf(funnels);
    }

    /** The driver that moved the KPI furthest the way it went. */
    public Optional<DriverContribution> mainDriver() {
        return CauseJudgement.largestAlong(drivers, deviation);
    }
}
