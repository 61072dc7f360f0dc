package com.kpipulse.domain.goal;

import com.kpipulse.domain.period.Period;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A marketing goal, e.g. "Увеличить онлайн-продажи на 20%". It may be incomplete while it is being
 * drafted: {@link SmartCheck} says what is missing instead of the constructor refusing it.
 */
public record Goal(GoalId id, String title, Optional<BusinessObjective> objective, String owner,
                   LocalDate start, Optional<LocalDate> deadline, Optional<Period> baseline,
                   List<GoalKpi> kpis, Set<String> visibleToRoles) {

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

    /** From start to deadline, both included; empty without a deadline or when it precedes the start. */
    public Optional<Period> period() {
        return deadline.filter(end -> !end.isBefore(start)).map(end -> Period.custom(start, end));
    }
}
