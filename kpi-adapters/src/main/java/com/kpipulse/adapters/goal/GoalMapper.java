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

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Between the domain's {@link Goal} and its rows in {@code goal} / {@code goal_kpi}, with the weekly figures of KPIs
 * phased by hand in {@code goal_kpi_phasing_part}: read from the entities, written as statement parameters.
 */
final class GoalMapper {

    /** The goal's own columns, in the order {@link #bindGoal} binds them. */
    static final String GOAL_COLUMNS = "title, objective, owner, start_date, deadline, baseline_start,"
            + " baseline_end_exclusive, visible_to, archived";

    static final String INSERT_KPI = "insert into goal_kpi (goal_id, position, kpi, target_kind, target_value,"
            + " target_baseline_start, target_baseline_end_exclusive, target_change, phasing)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static final String INSERT_PART = "insert into goal_kpi_phasing_part (goal_id, position, week_start, value)"
            + " values (?, ?, ?, ?)";

    private GoalMapper() {
    }

    /** Binds the goal's own columns ({@link #GOAL_COLUMNS}) from parameter {@code first} on; returns the next index. */
    static int bindGoal(PreparedStatement statement, int first, Goal goal) throws SQLException {
        int i = first;
        statement.setString(i++, goal.title());
        statement.setString(i++, goal.objective().map(Enum::name).orElse(null));
        statement.setString(i++, goal.owner());
        statement.setDate(i++, Date.valueOf(goal.start()));
        date(statement, i++, goal.deadline().orElse(null));
        date(statement, i++, goal.baseline().map(Period::start).orElse(null));
        date(statement, i++, goal.baseline().map(Period::endExclusive).orElse(null));
        statement.setString(i++, goal.visibleToRoles().stream().sorted().collect(Collectors.joining(",")));
        statement.setBoolean(i++, goal.archived());
        return i;
    }

    /** Adds the goal's KPI rows and weekly parts to the two batches. */
    static void addKpis(PreparedStatement kpis, PreparedStatement parts, Goal goal) throws SQLException {
        UUID id = goal.id().value();
        for (int position = 0; position < goal.kpis().size(); position++) {
            GoalKpi goalKpi = goal.kpis().get(position);
            kpis.setObject(1, id);
            kpis.setInt(2, position);
            kpis.setString(3, goalKpi.kpi().value());
            String kind = "NONE";
            BigDecimal value = null;
            LocalDate baselineStart = null;
            LocalDate baselineEnd = null;
            BigDecimal change = null;
            if (goalKpi.target().isPresent()) {
                switch (goalKpi.target().get()) {
                    case Target.Absolute absolute -> {
                        kind = "ABSOLUTE";
                        value = absolute.value();
                    }
                    case Target.RelativeToBaseline relative -> {
                        kind = "RELATIVE";
                        change = relative.change().fraction();
                        baselineStart = relative.baseline().start();
                        baselineEnd = relative.baseline().endExclusive();
                    }
                }
            }
            kpis.setString(4, kind);
            kpis.setBigDecimal(5, value);
            date(kpis, 6, baselineStart);
            date(kpis, 7, baselineEnd);
            kpis.setBigDecimal(8, change);
            kpis.setString(9, goalKpi.phasing().method().name());
            kpis.addBatch();
            for (ManualPart part : goalKpi.phasing().parts()) {
                parts.setObject(1, id);
                parts.setInt(2, position);
                parts.setDate(3, Date.valueOf(part.periodStart()));
                parts.setBigDecimal(4, part.value());
                parts.addBatch();
            }
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
                Optional.ofNullable(entity.deadline), baseline, kpis, visibleTo, entity.archived);
    }

    private static void date(PreparedStatement statement, int index, LocalDate day) throws SQLException {
        if (day == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(day));
        }
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
