package com.kpipulse.application.scorecard;

import com.kpipulse.application.evaluation.DataFreshness;
import com.kpipulse.application.evaluation.ObservationReader;
import com.kpipulse.application.kpi.KpiCatalogs;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.evaluation.ManualPart;
import com.kpipulse.domain.evaluation.Phasing;
import com.kpipulse.domain.evaluation.Status;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.BusinessObjective;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.Money;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
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

class AScorecardJudgesTheRolesKpisAgainstTheGoalsItsReaderMaySeeTest {

    private static final LocalDate APRIL = LocalDate.of(2023, 4, 20);

    private final List<Observation> stored = new ArrayList<>();
    private final List<Goal> goals = new ArrayList<>();
    private int reads;

    private final ObservationReader reader = (measures, span, channels) -> {
        reads++;
        return ObservationSet.of(stored.stream()
                .filter(o -> measures.contains(o.measure()) && span.encloses(o.period()))
                .filter(o -> channels.isEmpty() || channels.contains(o.dimensions().get("channel")))
                .toList());
    };

    private final ShowScorecard show = showScorecard();

    @Test
    void everyKpiComesWithThirteenPeriodsAndThePreviousOneFromASingleRead() {
        revenue("2023-03-10", "seo", 1000);
        revenue("2023-04-10", "seo", 1500);

        Scorecard scorecard = show.show(request(Role.SMM_SPECIALIST, Set.of("smm-specialist"), Set.of()));

        assertThat(reads).isEqualTo(1);
        assertThat(scorecard.period()).isEqualTo(Period.month(2023, 4));
        assertThat(scorecard.rows()).allSatisfy(row -> assertThat(row.history()).hasSize(ShowScorecard.HISTORY));

        Scorecard head = show.show(request(Role.MARKETING_HEAD, Set.of("marketing-head"), Set.of()));
        Scorecard.Row revenue = row(head, "revenue");
        assertThat(revenue.actual().number()).contains(new BigDecimal("1500"));
        assertThat(revenue.previous().number()).contains(new BigDecimal("1000"));
        assertThat(revenue.history().getFirst()).isInstanceOf(KpiValue.None.class);
    }

    @Test
    void anAdditiveTargetIsPhasedEvenlyByDaysSoAMonthGetsItsShare() {
        revenue("2023-04-20", "seo", 1500);
        goal(Set.of("marketing-head"));

        Scorecard.Row revenue = row(show.show(request(Role.MARKETING_HEAD, Set.of("marketing-head"), Set.of())), "revenue");

        assertThat(revenue.evaluation()).isPresent();
        assertThat(revenue.evaluation().get().target().number().orElseThrow()).isEqualByComparingTo("1600");
        assertThat(revenue.evaluation().get().status()).isEqualTo(Status.AT_RISK);
        assertThat(revenue.goal().map(Goal::title)).contains("Выручка весны");
    }

    @Test
    void aGoalTheReaderMayNotSeeSetsNoTarget() {
        revenue("2023-04-20", "seo", 1500);
        goal(Set.of("marketing-head"));

        Scorecard viewer = show.show(request(Role.VIEWER, Set.of("viewer"), Set.of()));

        assertThat(row(viewer, "revenue").evaluation()).isEmpty();
        assertThat(viewer.goals()).isEmpty();
    }

    @Test
    void underAChannelFilterNoTargetIsJudgedBecauseTargetsAreForAllChannels() {
        revenue("2023-04-20", "seo", 1500);
        revenue("2023-04-20", "vk_ads", 500);
        goal(Set.of());

        Scorecard seo = show.show(request(Role.MARKETING_HEAD, Set.of("marketing-head"), Set.of("seo")));

        assertThat(seo.targetsApply()).isFalse();
        assertThat(row(seo, "revenue").actual().number()).contains(new BigDecimal("1500"));
        assertThat(row(seo, "revenue").evaluation()).isEmpty();
    }

    @Test
    void theGoalLineComparesTheActualSinceTheStartWithWhatIsDueByTheEndOfThePeriod() {
        revenue("2023-04-20", "seo", 1500);
        goal(Set.of("marketing-head"));

        Scorecard.GoalLine line = show.show(request(Role.MARKETING_HEAD, Set.of("marketing-head"), Set.of())).goals().getFirst();

        assertThat(line.asOf()).isEqualTo(LocalDate.of(2023, 4, 30));
        assertThat(line.due()).isEqualByComparingTo("1600");
        assertThat(line.goalTarget()).isEqualByComparingTo("3000");
        assertThat(line.progress().orElseThrow()).isEqualByComparingTo("0.5");
        assertThat(line.pacing().status()).isEqualTo(Status.AT_RISK);
    }

    @Test
    void weeksTypedByHandAreTheWeeksTargetsAndAMonthGetsTheWeeksInIt() {
        revenue("2023-04-20", "seo", 1500);
        // 15..16 April (a clipped week), then the weeks from 17 April, 24 April, 1 May and 8 May
        goals.add(revenueGoal(LocalDate.of(2023, 4, 15), LocalDate.of(2023, 5, 14), "3000", Phasing.manual(List.of(
                ManualPart.of("2023-04-15", "200"), ManualPart.of("2023-04-17", "400"), ManualPart.of("2023-04-24", "600"),
                ManualPart.of("2023-05-01", "800"), ManualPart.of("2023-05-08", "1000")))));

        Scorecard month = show.show(request(Role.MARKETING_HEAD, Set.of("marketing-head"), Set.of()));
        Scorecard week = show.show(new ScorecardRequest(Role.MARKETING_HEAD, Set.of("marketing-head"), Grain.WEEK, APRIL, Set.of()));

        // evenly April would get 1600 and the week of 17 April 700
        assertThat(row(month, "revenue").evaluation().orElseThrow().target().number().orElseThrow()).isEqualByComparingTo("1200");
        assertThat(row(week, "revenue").evaluation().orElseThrow().target().number().orElseThrow()).isEqualByComparingTo("400");
        Scorecard.GoalLine line = week.goals().getFirst();
        assertThat(line.due()).isEqualByComparingTo("600"); // 200 + the whole week of 17 April
        assertThat(line.goalTarget()).isEqualByComparingTo("3000");
    }

    @Test
    void seasonalPhasingReadsTheSameWeeksLastYear() {
        // 2023-W16 and W17 look back to 2022-W16 (18..24 April) and W17 (25 April .. 1 May): 100 and 300
        revenue("2022-04-19", "seo", 100);
        revenue("2022-04-26", "seo", 300);
        goals.add(revenueGoal(LocalDate.of(2023, 4, 17), LocalDate.of(2023, 4, 30), "2000", Phasing.SEASONAL));

        Scorecard week = show.show(new ScorecardRequest(Role.MARKETING_HEAD, Set.of("marketing-head"), Grain.WEEK, APRIL, Set.of()));

        assertThat(row(week, "revenue").evaluation().orElseThrow().target().number().orElseThrow()).isEqualByComparingTo("500");
    }

    @Test
    void seasonalPhasingWithoutLastYearFallsBackToEven() {
        goals.add(revenueGoal(LocalDate.of(2023, 4, 17), LocalDate.of(2023, 4, 30), "2000", Phasing.SEASONAL));

        Scorecard week = show.show(new ScorecardRequest(Role.MARKETING_HEAD, Set.of("marketing-head"), Grain.WEEK, APRIL, Set.of()));

        assertThat(row(week, "revenue").evaluation().orElseThrow().target().number().orElseThrow()).isEqualByComparingTo("1000");
    }

    @Test
    void theMarketersFunnelNamesTheStepWhereMostPeopleAreLost() {
        count("visits", 1000);
        count("carts", 100);
        count("cart_orders", 40);

        Scorecard marketer = show.show(request(Role.MARKETER, Set.of("marketer"), Set.of()));

        Scorecard.Funnel funnel = marketer.funnel().orElseThrow();
        assertThat(funnel.weakestStage()).contains(1);
        assertThat(funnel.stages().get(1).conversion().flatMap(KpiValue::number).orElseThrow()).isEqualByComparingTo("0.1");
        assertThat(funnel.stages().get(2).conversion().flatMap(KpiValue::number).orElseThrow()).isEqualByComparingTo("0.4");
        assertThat(marketer.channelTable().orElseThrow().rows()).hasSize(ShowScorecard.CHANNELS.size());
        assertThat(reads).isEqualTo(1);
    }

    private ScorecardRequest request(Role role, Set<String> viewerRoles, Set<String> channels) {
        return new ScorecardRequest(role, viewerRoles, Grain.MONTH, APRIL, channels);
    }

    private static Scorecard.Row row(Scorecard scorecard, String code) {
        return scorecard.rows().stream().filter(row -> row.kpi().code().value().equals(code)).findFirst().orElseThrow();
    }

    private void revenue(String day, String channel, int rubles) {
        stored.add(Observation.daily("revenue", LocalDate.parse(day), Map.of("channel", channel),
                Money.of(Integer.toString(rubles), "RUB")));
    }

    private void count(String measure, int value) {
        stored.add(Observation.daily(measure, LocalDate.of(2023, 4, 10), Map.of("channel", "seo"), new BigDecimal(value)));
    }

    /** Revenue 3000 from 15 April to 14 May: 16 days in April (1600), 14 in May (1400). */
    private void goal(Set<String> visibleTo) {
        goals.add(new Goal(GoalId.random(), "Выручка весны", Optional.of(BusinessObjective.SALES), "hanna",
                LocalDate.of(2023, 4, 15), Optional.of(LocalDate.of(2023, 5, 14)), Optional.empty(),
                List.of(GoalKpi.of("revenue", Target.absolute("3000"))), visibleTo));
    }

    private static Goal revenueGoal(LocalDate start, LocalDate deadline, String target, Phasing phasing) {
        return new Goal(GoalId.random(), "Выручка по неделям", Optional.of(BusinessObjective.SALES), "hanna", start,
                Optional.of(deadline), Optional.empty(), List.of(GoalKpi.of("revenue", Target.absolute(target)).phased(phasing)),
                Set.of("marketing-head"));
    }

    private ShowScorecard showScorecard() {
        ScorecardLayouts defaults = new ScorecardLayouts() {
            public Versioned<List<String>> of(Role role) {
                return new Versioned<>(List.of(), 0);
            }

            public VersionedWrite save(Role role, List<String> kpiCodes, ExpectedVersion expected) {
                throw new UnsupportedOperationException("read-only in this test");
            }
        };
        KpiCatalogs catalogs = InMemory.standardCatalog();
        DataFreshness freshness = measures -> List.of();
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 23).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new ShowScorecard(reader, InMemory.manageGoals(goals, reader, catalogs), freshness,
                new RoleScorecards(defaults, catalogs, InMemory.noAudit()), catalogs, clock);
    }
}
