package com.kpipulse.application.goal;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.testing.InMemoryObservationStore;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.BusinessObjective;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.measure.Money;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.scorecard.Role;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The KPI detail asks for one KPI's forecast: it is the one the goal's forecast gives among the others (one KPI, one
 * figure). Revenue about 30 000 ₽ a day since October, a first-quarter goal, today 1 March.
 */
class OneKpisForecastIsTheOneItsGoalGivesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final Reader HANNA = new Reader("hanna", Set.of(Role.MARKETING_HEAD));

    private final InMemoryObservationStore stored = new InMemoryObservationStore();
    private final List<Goal> goals = new ArrayList<>();
    private final ForecastGoal forecasts;

    OneKpisForecastIsTheOneItsGoalGivesTest() {
        for (LocalDate day = LocalDate.of(2025, 10, 1); day.isBefore(TODAY); day = day.plusDays(1)) {
            stored.holds(Observation.daily("revenue", day, Map.of("channel", "seo"),
                    Money.of(Integer.toString(30_000 + (day.getDayOfYear() * 37) % 41 * 50), "RUB")));
        }
        forecasts = new ForecastGoal(InMemory.goals(goals), InMemory.standardCatalog(), stored.valuesThatCount(),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @Test
    void theForecastOfOneKpiIsTheOneTheGoalsForecastGivesForIt() {
        Goal goal = goal(Set.of(), GoalKpi.of("conversion_rate", Target.absolute(new BigDecimal("0.03"))),
                GoalKpi.of("revenue", Target.absolute(new BigDecimal("3000000"))));

        Optional<ForecastGoal.KpiForecast> one = granted(forecasts.of(HANNA, goal.id(), new KpiCode("revenue")));

        assertThat(one).contains(granted(forecasts.of(HANNA, goal.id())).get(1));
        assertThat(granted(forecasts.of(HANNA, goal.id(), new KpiCode("orders")))).as("not a KPI of the goal").isEmpty();
    }

    @Test
    void oneKpiOfAGoalTheReaderMayNotSeeIsDenied() {
        Goal hidden = goal(Set.of("admin"), GoalKpi.of("revenue", Target.absolute(BigDecimal.ONE)));

        assertThat(forecasts.of(HANNA, hidden.id(), new KpiCode("revenue"))).isInstanceOf(Access.Denied.class);
        assertThat(forecasts.of(HANNA, GoalId.random(), new KpiCode("revenue"))).isInstanceOf(Access.Unknown.class);
    }

    private Goal goal(Set<String> visibleTo, GoalKpi... kpis) {
        Goal goal = new Goal(GoalId.random(), "Квартал", Optional.of(BusinessObjective.SALES), "hanna",
                LocalDate.of(2026, 1, 1), Optional.of(LocalDate.of(2026, 3, 31)), Optional.empty(), List.of(kpis),
                visibleTo);
        goals.add(goal);
        return goal;
    }

    @SuppressWarnings("unchecked")
    private static <T> T granted(Access<T> access) {
        return ((Access.Granted<T>) access).value();
    }
}
