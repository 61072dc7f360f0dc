package com.kpipulse.adapters.demo;

import com.kpipulse.application.demo.DemoDataLoaded;
import com.kpipulse.application.goal.GoalOutcome;
import com.kpipulse.application.goal.ManageGoals;
import com.kpipulse.domain.evaluation.Percentage;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.BusinessObjective;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The demo company's three goals, taken from the seed articles: +20 % online sales this quarter, 100 new customers
 * in three months, +50 % site traffic. Set up through the same use case an admin uses, once the demo data is in.
 */
@ApplicationScoped
public class DemoGoals {

    private static final Logger LOG = Logger.getLogger(DemoGoals.class);

    private final ManageGoals goals;

    @Inject
    public DemoGoals(ManageGoals goals) {
        this.goals = goals;
    }

    public void onDemoLoaded(@Observes DemoDataLoaded loaded) {
        for (Goal goal : goalsFor(loaded.lastDay().plusDays(1))) {
            switch (goals.create(goal, "demo")) {
                case GoalOutcome.Saved saved -> LOG.infof("Demo goal «%s» with %d finding(s)", goal.title(), saved.findings().size());
                case GoalOutcome.Rejected rejected -> throw new IllegalStateException("The demo goal «" + goal.title()
                        + "» is not SMART: " + rejected.findings());
                case GoalOutcome.NotFound notFound -> throw new IllegalStateException("Unexpected outcome for a new goal");
                case GoalOutcome.Stale stale -> throw new IllegalStateException("Unexpected outcome for a new goal");
            }
        }
    }

    /** The goals as they stand on {@code today}: the quarter it falls in, and three months from its month. */
    static List<Goal> goalsFor(LocalDate today) {
        Period quarter = Period.of(Grain.QUARTER, today);
        Period previousQuarter = quarter.previous();
        LocalDate monthStart = today.withDayOfMonth(1);
        Set<String> everyone = Set.of("marketing-head", "marketer", "viewer");
        Goal sales = new Goal(GoalId.random(), "Увеличить онлайн-продажи на 20% в этом квартале",
                Optional.of(BusinessObjective.SALES), "hanna", quarter.start(), Optional.of(quarter.lastDay()),
                Optional.of(previousQuarter),
                List.of(GoalKpi.of("revenue", Target.relativeTo(previousQuarter, Percentage.ofPercent("20"))),
                        GoalKpi.of("romi", Target.absolute("0.8")),
                        GoalKpi.of("conversion_rate", Target.absolute("0.013")),
                        GoalKpi.of("aov", Target.absolute("6000"))),
                everyone);
        Goal customers = new Goal(GoalId.random(), "Привлечь 100 новых клиентов за 3 месяца",
                Optional.of(BusinessObjective.CUSTOMER_RELATIONS), "mark", monthStart,
                Optional.of(monthStart.plusMonths(3).minusDays(1)), Optional.empty(),
                List.of(GoalKpi.of("new_customers", Target.absolute("100")),
                        GoalKpi.of("cac", Target.absolute("4000")),
                        GoalKpi.of("lcr", Target.absolute("0.25"))),
                everyone);
        Period lastMonth = Period.of(Grain.MONTH, monthStart.minusDays(1));
        Goal traffic = new Goal(GoalId.random(), "Повысить посещаемость сайта на 50%",
                Optional.of(BusinessObjective.TRAFFIC), "sofia", monthStart,
                Optional.of(monthStart.plusMonths(6).minusDays(1)), Optional.of(lastMonth),
                List.of(GoalKpi.of("traffic", Target.relativeTo(lastMonth, Percentage.ofPercent("50"))),
                        GoalKpi.of("social_traffic", Target.relativeTo(lastMonth, Percentage.ofPercent("50"))),
                        GoalKpi.of("avg_session", Target.absolute("150"))),
                Set.of("marketing-head", "marketer", "smm-specialist", "viewer"));
        return List.of(sales, customers, traffic);
    }
}
