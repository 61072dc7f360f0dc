package com.kpipulse.domain.goal;

import com.kpipulse.domain.period.Period;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A marketing goal, e.g. "Увеличить онлайн-продажи на 20%". It may be incomplete while it is being
 * drafted: {@link SmartCheck} says what is missing instead of the constructor refusing it. An archived goal is kept
 * (it can be found, read and brought back) but no longer sets targets: a department archives what it stopped pursuing
 * instead of deleting its history.
 */
public record Goal(GoalId id, String title, Optional<BusinessObjective> objective, String owner,
                   LocalDate start, Optional<LocalDate> deadline, Optional<Period> baseline,
                   List<GoalKpi> kpis, Set<String> visibleToRoles, boolean archived) {

    public Goal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(baseline, "baseline");
        title = Objects.requireNonNullElse(title, "");
        owner = Objects.requireNonNullElse(owner, "");
        kpis = List.copyOf(kpis);
        visibleToRoles = Set.copyOf(visibleToRoles);
    }

    /** A goal that is pursued (not archived). */
    public Goal(GoalId id, String title, Optional<BusinessObjective> objective, String owner, LocalDate start,
                Optional<LocalDate> deadline, Optional<Period> baseline, List<GoalKpi> kpis, Set<String> visibleToRoles) {
        this(id, title, objective, owner, start, deadline, baseline, kpis, visibleToRoles, false);
    }

    /** The same goal, archived or brought back. */
    public Goal archived(boolean archived) {
        return new Goal(id, title, objective, owner, start, deadline, baseline, kpis, visibleToRoles, archived);
    }

    /** Whether both goals run on at least one common day (both need a deadline). */
    public boolean overlaps(Goal other) {
        return period().flatMap(mine -> other.period().map(theirs -> mine.start().isBefore(theirs.endExclusive())
                && theirs.start().isBefore(mine.endExclusive()))).orElse(false);
    }

    /** From start to deadline, both included; empty without a deadline or when it precedes the start. */
    public Optional<Period> period() {
        return deadline.filter(end -> !end.isBefore(start)).map(end -> Period.custom(start, end));
    }
}
