package com.kpipulse.adapters.demo;

import com.kpipulse.application.access.Reader;
import com.kpipulse.application.evaluation.ReadValues;
import com.kpipulse.application.goal.GoalOutcome;
import com.kpipulse.application.goal.GoalProgress;
import com.kpipulse.application.goal.GoalStanding;
import com.kpipulse.application.goal.Goals;
import com.kpipulse.application.goal.ManageGoals;
import com.kpipulse.application.goal.PreviewPhasing;
import com.kpipulse.application.kpi.CustomKpis;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.FindingKind;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.goal.SmartFinding;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo company of {@link DemoRows} (its history up to 14 March 2026), read back as the store would hold it; its
 * goals set through the real use cases on the first start, 15 March.
 */
class TheDemoCompanysGoalsAreStretchesItsOwnHistoryHasSeenTest {

    private static final Set<FindingKind> PLAUSIBLE = EnumSet.of(FindingKind.REALISM_TYPICAL,
            FindingKind.REALISM_AMBITIOUS_BUT_SEEN_BEFORE);
    private static final Reader HEAD = Reader.of("hanna", Set.of("marketing-head"));

    @TempDir
    static Path directory;

    private static ValuesThatCount store;
    private static final List<Goal> stored = new ArrayList<>();
    private static ManageGoals manageGoals;
    private static ReadValues values;
    private static List<Goal> demoGoals;

    @BeforeAll
    static void theDemoStartsForTheFirstTime() {
        store = DemoRows.generateAndRead(directory).stored().valuesThatCount();
        CurrentKpiCatalog catalogs = InMemory.standardCatalog();
        values = new ReadValues(store, catalogs);
        manageGoals = new ManageGoals(goals(), values, (actor, type, id, action, before, after) -> { }, catalogs,
                new PreviewPhasing(catalogs, store, values), DemoRows.CLOCK);
        demoGoals = new DemoGoals(manageGoals, values).goalsFor(DemoRows.YESTERDAY.plusDays(1));
    }

    @Test
    void everyTargetIsAStretchTheHistoryHasSeenNeitherTooEasyNorNeverReached() {
        assertThat(demoGoals).hasSize(3);
        for (Goal goal : demoGoals) {
            List<SmartFinding> findings = manageGoals.check(goal);
            assertThat(findings).as(goal.title()).noneMatch(finding -> finding.kind() == FindingKind.REALISM_TOO_EASY
                    || finding.kind() == FindingKind.REALISM_NEVER_ACHIEVED || finding.kind() == FindingKind.REALISM_UNKNOWN
                    || finding.kind() == FindingKind.OVERLAPS_ANOTHER_GOAL);
            for (GoalKpi kpi : goal.kpis()) {
                assertThat(findings).as(goal.title() + ": " + kpi.kpi().value())
                        .anyMatch(finding -> finding.kpi().equals(Optional.of(kpi.kpi())) && PLAUSIBLE.contains(finding.kind()));
            }
        }
    }

    @Test
    void theGoalsRunThirteenWeeksBegunTwoWeeksBeforeTheFirstStart() {
        LocalDate monday = DemoRows.YESTERDAY.plusDays(1).minusWeeks(2).with(java.time.DayOfWeek.MONDAY);
        assertThat(demoGoals).allSatisfy(goal -> {
            assertThat(goal.start()).isEqualTo(monday);
            assertThat(goal.deadline()).contains(monday.plusWeeks(13).minusDays(1));
        });
    }

    @Test
    void eachTotalIsMoreThanTheSameWeeksLastYearButNotAFantasyAndTheTitlesSayIt() {
        for (String kpi : List.of("revenue", "new_customers", "traffic")) {
            Goal goal = goalWith(kpi);
            BigDecimal target = ((Target.Absolute) goal.kpis().getFirst().target().orElseThrow()).value();
            Period lastYear = Period.custom(goal.start().minusWeeks(52), goal.deadline().orElseThrow().minusWeeks(52));
            double before = sum(kpi, lastYear);
            double recent = sum(kpi, Period.custom(goal.start().minusWeeks(13), goal.start().minusDays(1)));

            assertThat(target.doubleValue()).as(kpi).isGreaterThan(before).isLessThan(before * 1.4)
                    .isBetween(recent * 0.6, recent * 1.5);
            int growth = (int) Math.round((target.doubleValue() / before - 1) * 100);
            assertThat(goal.title()).as(kpi).contains(kpi.equals("new_customers")
                    ? new java.text.DecimalFormat("#,##0", new java.text.DecimalFormatSymbols(java.util.Locale.forLanguageTag("ru")))
                    .format(target) + " новых клиентов за 13 недель" : "на " + growth + "%");
        }
    }

    @Test
    void onTheFirstDayNoGoalIsMetAndNoneIsLost() {
        demoGoals.forEach(goal -> assertThat(manageGoals.create(goal, "demo")).isInstanceOf(GoalOutcome.Saved.class));

        List<GoalStanding> standings = new GoalProgress(goals(), InMemory.standardCatalog(), store,
                InMemory.coverage(DemoRows.CLOCK), DemoRows.CLOCK)
                .list(HEAD, GoalProgress.Shelf.PURSUED);

        assertThat(standings).hasSize(3);
        for (GoalStanding standing : standings) {
            assertThat(standing.state()).as(standing.goal().value().title()).isIn(GoalStanding.State.ON_TRACK,
                    GoalStanding.State.AT_RISK, GoalStanding.State.OFF_TRACK);
            for (GoalStanding.KpiStanding kpi : standing.kpis()) {
                String what = standing.goal().value().title() + ": " + kpi.goalKpi().kpi().value() + " " + kpi.reason();
                BigDecimal due = kpi.due().orElseThrow();
                BigDecimal actual = kpi.actual().number().orElseThrow();
                if (kpi.cumulative()) {
                    assertThat(kpi.progress().orElseThrow()).as(what + ": not met on day one").isLessThan(new BigDecimal("0.5"));
                    assertThat(actual.doubleValue() / due.doubleValue()).as(what + ": not lost on day one").isBetween(0.8, 1.25);
                } else {
                    double attainment = kpi.kpi().orElseThrow().direction() == com.kpipulse.domain.kpi.Direction.HIGHER_IS_BETTER
                            ? actual.doubleValue() / due.doubleValue() : due.doubleValue() / actual.doubleValue();
                    assertThat(attainment).as(what + ": within reach").isBetween(0.75, 1.25);
                }
            }
        }
    }

    private static Goal goalWith(String kpi) {
        return demoGoals.stream().filter(goal -> goal.kpis().getFirst().kpi().equals(new KpiCode(kpi))).findFirst()
                .orElseThrow();
    }

    private static double sum(String kpi, Period period) {
        return values.kpi(kpi, period.start(), period.lastDay(), Grain.MONTH, Set.of()).orElseThrow().total()
                .number().orElseThrow().doubleValue();
    }

    /** The goals stored so far, in the list this test owns. */
    private static Goals goals() {
        return new Goals() {
            public void create(Goal goal) {
                stored.add(goal);
            }

            public VersionedWrite replace(Goal goal, ExpectedVersion expected) {
                throw new UnsupportedOperationException("the demo only creates goals");
            }

            public Optional<Versioned<Goal>> find(GoalId id) {
                return stored.stream().filter(goal -> goal.id().equals(id)).findFirst().map(goal -> new Versioned<>(goal, 1));
            }

            public List<Versioned<Goal>> all() {
                return stored.stream().map(goal -> new Versioned<>(goal, 1)).toList();
            }

            public VersionedWrite delete(GoalId id, ExpectedVersion expected) {
                throw new UnsupportedOperationException("the demo only creates goals");
            }
        };
    }
}
