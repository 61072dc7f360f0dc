package com.kpipulse.application.cycle;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.access.ReadingRights;
import com.kpipulse.application.goal.ManageGoals;
import com.kpipulse.domain.cycle.CycleFigure;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.cycle.CycleSnapshot;
import com.kpipulse.domain.cycle.CycleSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stored cycles as a reader may see them: the list of cycles, and a cycle's figures limited to the KPIs the
 * reader may read ({@link ReadingRights}) and, for those judged against a goal, to the goals the reader may see.
 */
@ApplicationScoped
public class ReadCycles {

    private final CycleSnapshots snapshots;
    private final ReadingRights rights;
    private final ManageGoals goals;

    @Inject
    public ReadCycles(CycleSnapshots snapshots, ReadingRights rights, ManageGoals goals) {
        this.snapshots = snapshots;
        this.rights = rights;
        this.goals = goals;
    }

    /** The cycles of the periods that start between the two days, latest first. */
    public List<CycleSummary> between(LocalDate from, LocalDate to) {
        return snapshots.between(from, to);
    }

    /** The period's snapshot with what the reader may read of it; {@link Access.Unknown} when it never ran. */
    public Access<CycleSnapshot> of(Reader reader, CyclePeriod period) {
        return snapshots.find(period).map(snapshot -> Access.granted(readable(reader, snapshot)))
                .orElseGet(Access::unknown);
    }

    private CycleSnapshot readable(Reader reader, CycleSnapshot snapshot) {
        if (ReadingRights.seesEverything(reader)) {
            return snapshot;
        }
        Set<String> visibleGoals = goals.listed(reader.claims()).stream()
                .map(goal -> goal.value().id().value().toString()).collect(Collectors.toSet());
        List<CycleFigure> figures = snapshot.figures().stream()
                .filter(figure -> rights.mayReadKpi(reader, figure.kpi().value()))
                .filter(figure -> figure.goalId().map(visibleGoals::contains).orElse(true))
                .toList();
        return new CycleSnapshot(snapshot.period(), snapshot.provisional(), snapshot.lastWholeDay(), snapshot.ranAt(),
                snapshot.ranBy(), figures, snapshot.completeness());
    }
}
