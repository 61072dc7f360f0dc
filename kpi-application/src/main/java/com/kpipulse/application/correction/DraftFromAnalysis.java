package com.kpipulse.application.correction;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.access.ReadingRights;
import com.kpipulse.application.channel.ChannelCatalogs;
import com.kpipulse.application.cycle.ExplainDeviations;
import com.kpipulse.application.cycle.ReadCycles;
import com.kpipulse.application.goal.ManageGoals;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.cycle.CycleCause;
import com.kpipulse.domain.cycle.CycleFigure;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A new action pre-filled from a deviation's analysis (a cycle's deviation, a KPI's «Почему» block): the KPI, the
 * channel, the goal it was judged against and the cause with its evidence as the hypothesis. The cause is the one the
 * period's stored cycle kept when the deviation is there; else it is asked of the analysis as the cycle asks it
 * ({@link ExplainDeviations#causeOf}). The reading rules apply as to the KPI itself.
 */
@ApplicationScoped
public class DraftFromAnalysis {

    private final ReadCycles cycles;
    private final ExplainDeviations explanations;
    private final CurrentKpiCatalog catalogs;
    private final ChannelCatalogs channels;
    private final ReadingRights rights;
    private final ManageGoals goals;

    @Inject
    public DraftFromAnalysis(ReadCycles cycles, ExplainDeviations explanations, CurrentKpiCatalog catalogs,
                             ChannelCatalogs channels, ReadingRights rights, ManageGoals goals) {
        this.cycles = cycles;
        this.explanations = explanations;
        this.catalogs = catalogs;
        this.channels = channels;
        this.rights = rights;
        this.goals = goals;
    }

    /**
     * The draft for the KPI's deviation in the period (a week, month or quarter), in total or in one channel; an
     * unknown KPI or one the reader may not read as every door answers it.
     */
    public Access<ActionDraft> draft(Reader reader, String kpi, Period period, Optional<String> channel) {
        if (catalogs.current().find(kpi).isEmpty()) {
            return Access.unknown();
        }
        if (!rights.mayReadKpi(reader, kpi)) {
            return Access.denied();
        }
        Optional<CycleFigure> stored = storedFigure(reader, kpi, period, channel);
        Optional<CycleCause> cause = stored.flatMap(CycleFigure::why).or(() -> analysed(reader, kpi, period, channel));
        ChannelCatalog catalog = channels.current();
        List<String> named = channel.map(List::of).orElseGet(() -> cause
                .filter(why -> why.cause() == Cause.CHANNEL).map(CycleCause::explainedBy).orElse(List.of()));
        Optional<GoalId> goal = stored.flatMap(CycleFigure::goalId).map(id -> new GoalId(UUID.fromString(id)))
                .or(() -> goalOf(reader, kpi, period));
        return Access.granted(new ActionDraft(new KpiCode(kpi), named.stream().filter(catalog::contains).toList(),
                goal, period, cause));
    }

    private Optional<CycleFigure> storedFigure(Reader reader, String kpi, Period period, Optional<String> channel) {
        Optional<Grain> grain = period.grain().filter(value -> value == Grain.WEEK || value == Grain.MONTH);
        if (grain.isEmpty()) {
            return Optional.empty();
        }
        return switch (cycles.of(reader, new CyclePeriod(period))) {
            case Access.Granted<com.kpipulse.domain.cycle.CycleSnapshot> granted -> granted.value().figures().stream()
                    .filter(figure -> figure.kpi().value().equals(kpi) && figure.channel().equals(channel))
                    .findFirst();
            default -> Optional.empty();
        };
    }

    private Optional<CycleCause> analysed(Reader reader, String kpi, Period period, Optional<String> channel) {
        return switch (explanations.causeOf(reader, kpi, period, channel.map(Set::of).orElse(Set.of()))) {
            case Access.Granted<Optional<CycleCause>> granted -> granted.value();
            default -> Optional.empty();
        };
    }

    /** A pursued goal the reader may see that sets the KPI a target on the period's first day. */
    private Optional<GoalId> goalOf(Reader reader, String kpi, Period period) {
        return goals.visibleTo(reader.claims()).stream()
                .filter(goal -> goal.kpis().stream().anyMatch(goalKpi -> goalKpi.kpi().value().equals(kpi)))
                .filter(goal -> goal.period().map(span -> span.contains(period.start())).orElse(false))
                .map(Goal::id).findFirst();
    }
}
