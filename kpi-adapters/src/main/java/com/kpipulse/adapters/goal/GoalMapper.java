package com.kpipulse.adapters.goal;

import com.kpipulse.domain.evaluation.ManualPart;
import com.kpipulse.domain.evaluation.Percentage;
import com.kpipulse.domain.evaluation.Phasing;
import com.kpipulse.domain.evaluation.PhasingMethod;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.BusinessObjective;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.period.Period;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Between the domain's {@link Goal} and its rows in {@code goal} / {@code goal_kpi}, with the weekly figures of KPIs
 * phased by hand in {@code goal_kpi_phasing_part}.
 */
final class GoalMapper {

    private GoalMapper() {
    }

    static void copy(Goal goal, GoalJpaEntity entity) {
        entity.id = goal.id().value();
        entity.title = goal.title();
        entity.objective = goal.objective().map(Enum::name).orElse(null);
        entity.owner = goal.owner();
        entity.startDate = goal.start();
        entity.deadline = goal.deadline().orElse(null);
        entity.baselineStart = goal.baseline().map(Period::start).orElse(null);
        entity.baselineEndExclusive = goal.baseline().map(Period::endExclusive).orElse(null);
        entity.visibleTo = goal.visibleToRoles().stream().sorted().collect(Collectors.joining(","));
        entity.kpis.clear();
        List<GoalKpi> kpis = goal.kpis();
        for (int i = 0; i < kpis.size(); i++) {
            entity.kpis.add(kpi(entity, i, kpis.get(i)));
        }
    }

    static Goal toDomain(GoalJpaEntity entity) {
        List<GoalKpi> kpis = new ArrayList<>();
        for (GoalKpiJpaEntity kpi : entity.kpis) {
            kpis.add(new GoalKpi(new KpiCode(kpi.kpi), target(kpi), phasing(kpi)));
        }
        Optional<Period> baseline = entity.baselineStart == null ? Optional.empty()
                : Optional.of(new Period(entity.baselineStart, entity.baselineEndExclusive));
        Set<String> visibleTo = entity.visibleTo == null || entity.visibleTo.isBlank() ? Set.of()
                : Set.copyOf(Arrays.asList(entity.visibleTo.split(",")));
        return new Goal(new GoalId(entity.id), entity.title,
                Optional.ofNullable(entity.objective).map(BusinessObjective::valueOf), entity.owner, entity.startDate,
                Optional.ofNullable(entity.deadline), baseline, kpis, visibleTo);
    }

    private static GoalKpiJpaEntity kpi(GoalJpaEntity goal, int position, GoalKpi goalKpi) {
        GoalKpiJpaEntity entity = new GoalKpiJpaEntity();
        entity.key = new GoalKpiJpaEntity.Key(goal.id, position);
        entity.goal = goal;
        entity.kpi = goalKpi.kpi().value();
        entity.targetKind = "NONE";
        entity.phasing = goalKpi.phasing().method().name();
        goalKpi.phasing().parts().forEach(part ->
                entity.phasingParts.add(new GoalKpiJpaEntity.PhasingPart(part.periodStart(), part.value())));
        goalKpi.target().ifPresent(target -> {
            switch (target) {
                case Target.Absolute absolute -> {
                    entity.targetKind = "ABSOLUTE";
                    entity.targetValue = absolute.value();
                }
                case Target.RelativeToBaseline relative -> {
                    entity.targetKind = "RELATIVE";
                    entity.targetChange = relative.change().fraction();
                    entity.targetBaselineStart = relative.baseline().start();
                    entity.targetBaselineEndExclusive = relative.baseline().endExclusive();
                }
            }
        });
        return entity;
    }

    private static Phasing phasing(GoalKpiJpaEntity entity) {
        PhasingMethod method = PhasingMethod.valueOf(entity.phasing);
        return method == PhasingMethod.MANUAL
                ? Phasing.manual(entity.phasingParts.stream().map(part -> new ManualPart(part.weekStart(), part.value())).toList())
                : Phasing.of(method);
    }

    private static Optional<Target> target(GoalKpiJpaEntity entity) {
        return switch (entity.targetKind) {
            case "ABSOLUTE" -> Optional.of(Target.absolute(entity.targetValue));
            case "RELATIVE" -> Optional.of(Target.relativeTo(
                    new Period(entity.targetBaselineStart, entity.targetBaselineEndExclusive),
                    new Percentage(entity.targetChange)));
            default -> Optional.empty();
        };
    }
}
