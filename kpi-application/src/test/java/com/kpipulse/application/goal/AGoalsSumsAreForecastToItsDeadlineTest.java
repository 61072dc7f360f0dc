package com.kpipulse.application.goal;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.testing.InMemoryObservationStore;
import com.kpipulse.domain.analysis.forecast.DeadlineForecast;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.BusinessObjective;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first-quarter goal of 3 000 000 ₽ of revenue and a conversion rate; revenue has come in at about 30 000 ₽ a day
 * since October. Today is 1 March, so the figures are in up to 28 February.
 */
class AGoalsSumsAreForecastToItsDeadlineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final Reader HANNA = new Reader("hanna", Set.of(Role.MARKETING_HEAD));

    private final InMemoryObservationStore stored = new InMemoryObservationStore();
    private final List<Goal> goals = new ArrayList<>();
    private final ForecastGoal forecasts;

    AGoalsSumsAreForecastToItsDeadlineTest() {
        for (LocalDate day = LocalDate.of(2025, 10, 1); day.isBefore(TODAY); day = day.plusDays(1)) {
            int weekday = day.getDayOfWeek().getValue() >= 6 ? -6_000 : 2_400;
            int wobble = (day.getDayOfYear() * 37) % 41 * 50 - 1_000;
            stored.holds(Observation.daily("revenue", day, Map.of("channel", "seo"),
                    Money.of(Integer.toString(30_000 + weekday + wobble), "RUB")));
        }
        CurrentKpiCatalog catalogs = InMemory.standardCatalog();
        forecasts = new ForecastGoal(InMemory.goals(goals), catalogs, stored.valuesThatCount(),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @Test
    void aSumIsForecastAgainstItsTargetWithAnIntervalAndAChanceAndARateSaysItIsNot() {
        Goal goal = goal(Set.of(), LocalDate.of(2026, 1, 1), GoalKpi.of("revenue", Target.absolute(new BigDecimal("3000000"))),
                GoalKpi.of("conversion_rate", Target.absolute(new BigDecimal("0.03"))));

        List<ForecastGoal.KpiForecast> answer = granted(forecasts.of(HANNA, goal.id()));

        assertThat(answer).hasSize(2);
        ForecastGoal.KpiForecast.Forecast revenue = (ForecastGoal.KpiForecast.Forecast) answer.getFirst();
        DeadlineForecast.Expected expected = (DeadlineForecast.Expected) revenue.forecast();
        assertThat(expected.daysLeft()).isEqualTo(31);
        assertThat(expected.expected().doubleValue()).isBetween(2_600_000.0, 2_800_000.0);
        assertThat(expected.low()).isLessThan(expected.expected());
        assertThat(expected.share()).hasValueSatisfying(share -> assertThat(share.expected()).isBetween(0.87, 0.93));
        assertThat(expected.probability()).hasValueSatisfying(chance -> assertThat(chance).isLessThan(0.05));
        assertThat(expected.summary().in(Locale.forLanguageTag("ru"))).startsWith("при текущем темпе").contains("31.03.2026");
        assertThat(expected.summary().english()).startsWith("at the current pace").contains("2026-03-31");
        assertThat(answer.get(1)).isInstanceOfSatisfying(ForecastGoal.KpiForecast.NotForecast.class, rate -> {
            assertThat(rate.goalKpi().kpi().value()).isEqualTo("conversion_rate");
            assertThat(rate.why()).isEqualTo(ForecastGoal.KpiForecast.Why.NOT_A_SUM);
        });
    }

    @Test
    void aGoalWhoseDaysHaveTooLittleHistoryGetsTheReasonInsteadOfAGuess() {
        stored.holds(Observation.daily("orders", LocalDate.of(2026, 2, 20), Map.of("channel", "seo"), BigDecimal.TEN));
        Goal goal = goal(Set.of(), LocalDate.of(2026, 2, 1), GoalKpi.of("orders", Target.absolute(new BigDecimal("500"))));

        ForecastGoal.KpiForecast.Forecast orders = (ForecastGoal.KpiForecast.Forecast) granted(
                forecasts.of(HANNA, goal.id())).getFirst();

        assertThat(orders.forecast()).isInstanceOfSatisfying(DeadlineForecast.NotForecast.class,
                none -> assertThat(none.reason().english()).contains("no forecast"));
    }

    @Test
    void aGoalForOtherRolesIsDeniedAndAnUnknownOneIsUnknown() {
        Goal hidden = goal(Set.of("admin"), LocalDate.of(2026, 1, 1), GoalKpi.of("revenue", Target.absolute(BigDecimal.ONE)));

        assertThat(forecasts.of(HANNA, hidden.id())).isInstanceOf(Access.Denied.class);
        assertThat(forecasts.of(HANNA, GoalId.random())).isInstanceOf(Access.Unknown.class);
    }

    private Goal goal(Set<String> visibleTo, LocalDate start, GoalKpi... kpis) {
        Goal goal = new Goal(GoalId.random(), "Квартал", Optional.of(BusinessObjective.SALES), "hanna", start,
                Optional.of(LocalDate.of(2026, 3, 31)), Optional.empty(), List.of(kpis), visibleTo);
        goals.add(goal);
        return goal;
    }

    private static <T> T granted(Access<T> access) {
        return ((Access.Granted<T>) access).value();
    }
}
