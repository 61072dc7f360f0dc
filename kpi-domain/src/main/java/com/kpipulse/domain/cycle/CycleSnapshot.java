package com.kpipulse.domain.cycle;

import com.kpipulse.domain.evaluation.Status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What one run of the monitoring cycle found for a period, kept as it was (seed 001: monitor → analyze → correct):
 * every KPI of the goals and the role scorecards, in total and per channel, and how complete each source's data was.
 * A later run for the same period replaces it as a whole.
 *
 * @param provisional  the period was not over (its last day after {@code lastWholeDay}) when the cycle ran
 * @param lastWholeDay the last day the figures could count
 */
public record CycleSnapshot(CyclePeriod period, boolean provisional, LocalDate lastWholeDay, Instant ranAt, String ranBy,
                            List<CycleFigure> figures, List<SourceCompleteness> completeness) {

    /**
     * Deviations by what they cost the goal ({@link Impact#LARGEST_FIRST}), then off track before at risk, the total
     * before its channels, and by KPI and channel code so that equal impacts keep one order.
     */
    public static final Comparator<CycleFigure> BY_IMPACT = Comparator.comparing(CycleFigure::impact, Impact.LARGEST_FIRST)
            .thenComparing(figure -> !figure.offTrack())
            .thenComparing(figure -> figure.channel().isPresent())
            .thenComparing(figure -> figure.kpi().value())
            .thenComparing(figure -> figure.channel().orElse(""));

    public CycleSnapshot {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(lastWholeDay, "lastWholeDay");
        Objects.requireNonNull(ranAt, "ranAt");
        Objects.requireNonNull(ranBy, "ranBy");
        figures = List.copyOf(figures);
        completeness = List.copyOf(completeness);
    }

    /** The off-track and at-risk KPIs, the costliest first. */
    public List<CycleFigure> deviations() {
        return figures.stream().filter(CycleFigure::deviates).sorted(BY_IMPACT).toList();
    }

    /** The snapshot in a line of the cycle list. */
    public CycleSummary summary() {
        return new CycleSummary(period, provisional, ranAt, ranBy,
                figures.stream().filter(CycleFigure::offTrack).count(),
                figures.stream().filter(figure -> figure.status().filter(Status.AT_RISK::equals).isPresent()).count(),
                figures.stream().filter(CycleFigure::offTrackThreeInARow).count());
    }
}
