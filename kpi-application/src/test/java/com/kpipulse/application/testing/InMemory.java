package com.kpipulse.application.testing;

import com.kpipulse.application.access.ReadingRights;
import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.evaluation.ObservationReader;
import com.kpipulse.application.evaluation.ReadValues;
import com.kpipulse.application.goal.Goals;
import com.kpipulse.application.goal.ManageGoals;
import com.kpipulse.application.goal.PreviewPhasing;
import com.kpipulse.application.kpi.CustomKpis;
import com.kpipulse.application.kpi.KpiCatalogs;
import com.kpipulse.application.scorecard.RoleScorecards;
import com.kpipulse.application.scorecard.ScorecardLayouts;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.kpi.CustomKpiDraft;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.scorecard.Role;

import java.util.List;
import java.util.Optional;

/** The outgoing ports the use-case tests share, kept in lists the test owns. */
public final class InMemory {

    private InMemory() {
    }

    /** Reads from the list as the PostgreSQL reader would: the measures asked for, inside the span, those channels. */
    public static ObservationReader reader(List<Observation> stored) {
        return (measures, span, channels) -> ObservationSet.of(stored.stream()
                .filter(o -> measures.contains(o.measure()) && span.encloses(o.period()))
                .filter(o -> channels.isEmpty() || channels.contains(o.dimensions().get("channel")))
                .toList());
    }

    public static Goals goals(List<Goal> goals) {
        return new Goals() {
            public void save(Goal goal) {
                goals.removeIf(kept -> kept.id().equals(goal.id()));
                goals.add(goal);
            }

            public Optional<Goal> find(GoalId id) {
                return goals.stream().filter(goal -> goal.id().equals(id)).findFirst();
            }

            public List<Goal> all() {
                return List.copyOf(goals);
            }

            public boolean delete(GoalId id) {
                return goals.removeIf(goal -> goal.id().equals(id));
            }
        };
    }

    /** The standard catalog only. */
    public static KpiCatalogs standardCatalog() {
        return new KpiCatalogs(new CustomKpis() {
            public List<CustomKpiDraft> all() {
                return List.of();
            }

            public Optional<CustomKpiDraft> find(String code) {
                return Optional.empty();
            }

            public void save(CustomKpiDraft draft) {
                throw new UnsupportedOperationException("read-only in this test");
            }

            public boolean delete(String code) {
                return false;
            }
        });
    }

    /** The reading rules over the default scorecards and these goals. */
    public static ReadingRights readingRights(List<Goal> goals, KpiCatalogs catalogs) {
        ScorecardLayouts defaults = new ScorecardLayouts() {
            public Optional<List<String>> of(Role role) {
                return Optional.empty();
            }

            public void save(Role role, List<String> kpiCodes) {
                throw new UnsupportedOperationException("read-only in this test");
            }
        };
        return new ReadingRights(new RoleScorecards(defaults, catalogs, noAudit()), goals(goals), catalogs);
    }

    public static AuditTrail noAudit() {
        return (actor, type, id, action, before, after) -> { };
    }

    /** Goals kept in the list, read and phased from the reader, with the standard catalog. */
    public static ManageGoals manageGoals(List<Goal> goals, ObservationReader reader, KpiCatalogs catalogs) {
        ReadValues values = new ReadValues(reader);
        return new ManageGoals(goals(goals), values, noAudit(), catalogs, new PreviewPhasing(catalogs, reader, values));
    }
}
