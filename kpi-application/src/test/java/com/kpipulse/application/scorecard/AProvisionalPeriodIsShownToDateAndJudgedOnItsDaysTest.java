package com.kpipulse.application.scorecard;

import com.kpipulse.application.run.RunMemo;
import com.kpipulse.application.evaluation.DataCoverage;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.application.goal.GoalProgress;
import com.kpipulse.application.goal.GoalStanding;
import com.kpipulse.application.goal.PaceAgainstGoals;
import com.kpipulse.application.goal.PeriodJudgement;
import com.kpipulse.application.goal.TargetTrack;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.access.Access;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.goal.GoalValues;
import com.kpipulse.application.evaluation.SharedReads;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.testing.InMemoryObservationStore;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.evaluation.KpiEvaluation;
import com.kpipulse.domain.evaluation.Status;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.BusinessObjective;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.measure.Delivery;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.Money;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.period.Coverage;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.scorecard.Role;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
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
 * The head opens December 2026 on the 4th: three days are over. November brought 30 000 of revenue, 2 000 of it on
 * its first three days; December's first three days bring 2 900, and the first figures of the 4th are 500. The goal
 * asks 31 000 for December, phased evenly.
 */
class AProvisionalPeriodIsShownToDateAndJudgedOnItsDaysTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Period DECEMBER = Period.month(2026, 12);
    private static final Set<String> HEAD = Set.of("marketing-head");
    private static final MeasureCode REVENUE = new MeasureCode("revenue");

    private final InMemoryObservationStore stored = new InMemoryObservationStore();
    private final List<Goal> goals = new ArrayList<>();
    private final CurrentKpiCatalog catalogs = InMemory.standardCatalog();
    private final ValuesThatCount reader = stored.valuesThatCount();

    AProvisionalPeriodIsShownToDateAndJudgedOnItsDaysTest() {
        revenue("2026-11-02", 2000);
        revenue("2026-11-20", 28000);
        revenue("2026-12-02", 2900);
        revenue("2026-12-04", 500);
        goals.add(new Goal(GoalId.random(), "Выручка декабря", Optional.of(BusinessObjective.SALES), "hanna",
                DECEMBER.start(), Optional.of(DECEMBER.lastDay()), Optional.empty(),
                List.of(GoalKpi.of("revenue", Target.absolute("31000"))), HEAD));
    }

    @Test
    void theRunningMonthIsToDateProRatedAndComparedWithTheSameDaysOfNovember() {
        Scorecard head = scorecard(List.of()).show(december());

        assertThat(head.coverage()).isEqualTo(new Coverage(DECEMBER, 3));
        Scorecard.Row revenue = row(head, "revenue");
        assertThat(revenue.coverage().provisional()).isTrue();
        assertThat(revenue.actual().number().orElseThrow()).isEqualByComparingTo("2900");
        assertThat(revenue.previous().number().orElseThrow()).isEqualByComparingTo("2000");
        assertThat(revenue.coverages().subList(0, ShowScorecard.HISTORY - 1)).noneMatch(Coverage::provisional);
        assertThat(revenue.history().get(ShowScorecard.HISTORY - 2).number().orElseThrow()).isEqualByComparingTo("30000");
        // sales growth: 2 900 against November's first three days, not against all of November
        assertThat(row(head, "sales_growth").actual().number().orElseThrow()).isEqualByComparingTo("0.45");

        KpiEvaluation judged = judged(revenue);
        assertThat(judged.period()).isEqualTo(Period.custom(DECEMBER.start(), LocalDate.of(2026, 12, 3)));
        assertThat(judged.target().number().orElseThrow()).isEqualByComparingTo("3000");
        assertThat(judged.status()).isEqualTo(Status.AT_RISK);
    }

    @Test
    void whenTheSourcesLagTheMonthIsCoveredAsFarAsTheyDeliveredAndWithNoDayItIsNeverOffTrack() {
        Scorecard oneDay = scorecard(List.of(new Delivery("crm", REVENUE, LocalDate.of(2026, 12, 1)))).show(december());

        Scorecard.Row revenue = row(oneDay, "revenue");
        assertThat(revenue.coverage()).isEqualTo(new Coverage(DECEMBER, 1));
        assertThat(judged(revenue).target().number().orElseThrow()).isEqualByComparingTo("1000");
        assertThat(revenue.actual().number()).isEmpty(); // nothing on the 1st

        Scorecard noDay = scorecard(List.of(new Delivery("crm", REVENUE, LocalDate.of(2026, 11, 30)))).show(december());

        Scorecard.Row none = row(noDay, "revenue");
        assertThat(none.coverage().daysCovered()).isZero();
        assertThat(judged(none).status()).isEqualTo(Status.NO_DATA);
        assertThat(judged(none).reason().russian()).isEqualTo("неполный период: данных за него пока нет");
    }

    @Test
    void aScorecardOpensOnTheLastPeriodThatIsOver() {
        // Friday 4 December: the last week over is 23..29 November, the last month November
        assertThat(scorecard(List.of()).lastComplete(Grain.WEEK)).isEqualTo(Period.of(Grain.WEEK, LocalDate.of(2026, 11, 23)));
        assertThat(scorecard(List.of()).lastComplete(Grain.MONTH)).isEqualTo(Period.month(2026, 11));
    }

    @Test
    void theKpiDetailsTargetLineAndThePaceProRateTheRunningMonthAsTheRowDoes() {
        PaceAgainstGoals pace = new PaceAgainstGoals(InMemory.manageGoals(goals, reader, catalogs), catalogs, reader,
                coverage(List.of()));

        TargetTrack track = pace.track(catalogs.current().get(new com.kpipulse.domain.kpi.KpiCode("revenue")), Grain.MONTH,
                List.of(Period.month(2026, 11), DECEMBER), HEAD);

        assertThat(track.steps().get(0).target()).isEmpty();
        assertThat(track.steps().get(1).target().orElseThrow()).isEqualByComparingTo("3000");
        TargetTrack.Pace now = track.steps().get(1).pace().orElseThrow();
        assertThat(now.asOf()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(now.due()).isEqualByComparingTo("3000");
        assertThat(now.actualSinceStart().number().orElseThrow()).isEqualByComparingTo("2900");
    }

    @Test
    void theGoalsPageJudgesTheGoalToTheSameDayAsTheScorecard() {
        GoalProgress progress = new GoalProgress(InMemory.goals(goals), catalogs, reader, coverage(List.of()), clock());

        Access<GoalStanding> standing = progress.of(Reader.of("hanna", HEAD), goals.getFirst().id());

        GoalStanding.KpiStanding revenue = ((Access.Granted<GoalStanding>) standing).value().kpis().getFirst();
        assertThat(revenue.due().orElseThrow()).isEqualByComparingTo("3000");
        assertThat(revenue.actual().number().orElseThrow()).isEqualByComparingTo("2900");
        assertThat(revenue.progress().orElseThrow()).isEqualByComparingTo(new BigDecimal("2900")
                .divide(new BigDecimal("31000"), MathContext.DECIMAL64));
        assertThat(revenue.status()).contains(Status.AT_RISK);
    }

    private ScorecardRequest december() {
        return new ScorecardRequest(Role.MARKETING_HEAD, HEAD, Grain.MONTH, TODAY, Set.of());
    }

    private static KpiEvaluation judged(Scorecard.Row row) {
        assertThat(row.judgement()).isInstanceOf(PeriodJudgement.Judged.class);
        return row.evaluation().orElseThrow();
    }

    private static Scorecard.Row row(Scorecard scorecard, String code) {
        return scorecard.rows().stream().filter(row -> row.kpi().code().value().equals(code)).findFirst().orElseThrow();
    }

    private void revenue(String day, int rubles) {
        stored.holds(Observation.daily("revenue", LocalDate.parse(day), Map.of("channel", "seo"),
                Money.of(Integer.toString(rubles), "RUB")));
    }

    private static Clock clock() {
        return Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private static DataCoverage coverage(List<Delivery> deliveries) {
        return InMemory.coverage(clock(), deliveries);
    }

    private ShowScorecard scorecard(List<Delivery> deliveries) {
        ScorecardLayouts defaults = new ScorecardLayouts() {
            public Versioned<List<String>> of(Role role) {
                return new Versioned<>(List.of(), 0);
            }

            public VersionedWrite save(Role role, List<String> kpiCodes, ExpectedVersion expected) {
                throw new UnsupportedOperationException("read-only in this test");
            }
        };
        return new ShowScorecard(new SharedReads(reader), InMemory.manageGoals(goals, reader, catalogs), InMemory.freshness(deliveries),
                new RoleScorecards(defaults, catalogs, InMemory.noAudit()), catalogs,
                InMemory.readingRights(goals, catalogs), InMemory.channelCatalogs(), coverage(deliveries),
                new GoalValues(reader, InMemory.alwaysNewData()), new RunMemo());
    }
}
