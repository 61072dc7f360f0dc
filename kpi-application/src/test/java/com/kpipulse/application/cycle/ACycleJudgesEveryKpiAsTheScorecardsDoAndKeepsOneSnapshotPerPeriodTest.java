package com.kpipulse.application.cycle;

import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.Delivery;
import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.evaluation.DataCoverage;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.measure.DataFreshness;
import com.kpipulse.application.measure.SourceFreshness;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.application.scorecard.RecentScorecards;
import com.kpipulse.application.scorecard.RoleScorecards;
import com.kpipulse.application.scorecard.Scorecard;
import com.kpipulse.application.scorecard.ScorecardRequest;
import com.kpipulse.application.scorecard.ShowScorecard;
import com.kpipulse.application.goal.GoalValues;
import com.kpipulse.application.evaluation.SharedReads;
import com.kpipulse.application.operations.WorkMeter;
import com.kpipulse.application.run.RunMemo;
import com.kpipulse.application.testing.InMemoryWorkMeter;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.testing.InMemoryCycleSnapshots;
import com.kpipulse.application.testing.InMemoryObservationStore;
import com.kpipulse.application.analysis.AnalyzeDeviation;
import com.kpipulse.application.analysis.AnalyzedDeviation;
import com.kpipulse.application.analysis.FindAnomalies;
import com.kpipulse.domain.analysis.why.Diagnosis;
import com.kpipulse.domain.analysis.why.ReferenceKind;
import com.kpipulse.domain.cycle.CycleCause;
import com.kpipulse.domain.text.Message;
import com.kpipulse.domain.cycle.CycleFigure;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.cycle.CycleSnapshot;
import com.kpipulse.domain.cycle.Impact;
import com.kpipulse.domain.cycle.SourceCompleteness;
import com.kpipulse.domain.evaluation.Status;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.BusinessObjective;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.measure.Money;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.period.Grain;
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
 * A cycle looks at every KPI of the goals and the role scorecards through the scorecards themselves, so its figures
 * and statuses are theirs; it ranks the deviations by what they cost the goal, flags a KPI off track three cycles in
 * a row, and keeps one snapshot per period, a re-run replacing it with an audit entry.
 */
class ACycleJudgesEveryKpiAsTheScorecardsDoAndKeepsOneSnapshotPerPeriodTest {

    /** Wednesday: the week of 8 May is running, the weeks before it are over. */
    private static final LocalDate TODAY = LocalDate.of(2023, 5, 10);
    private static final CyclePeriod WEEK_15 = CyclePeriod.of(Grain.WEEK, LocalDate.of(2023, 4, 10));
    private static final CyclePeriod WEEK_14 = new CyclePeriod(WEEK_15.period().previous());
    private static final CyclePeriod WEEK_16 = new CyclePeriod(WEEK_15.period().next());
    private static final CyclePeriod WEEK_17 = new CyclePeriod(WEEK_16.period().next());

    private final List<Observation> stored = new ArrayList<>();
    private final List<Goal> goals = new ArrayList<>();
    private final List<String> audit = new ArrayList<>();
    private final InMemoryCycleSnapshots snapshots = new InMemoryCycleSnapshots();
    private final Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    /** The stored observations as the store's read gives them: per channel, whatever the source. */
    private final ValuesThatCount reader = InMemory.valuesOf(stored);
    private final CurrentKpiCatalog catalogs = InMemory.standardCatalog();
    /** The freshness line names two systems; no delivery holds a figure back (the weeks are over and complete). */
    private final DataFreshness freshness = new DataFreshness() {
        @Override
        public List<SourceFreshness> lastDaysOf(Set<MeasureCode> measures) {
            return List.of(new SourceFreshness("crm", LocalDate.of(2023, 5, 9)),
                    new SourceFreshness("metrica", LocalDate.of(2023, 4, 12)));
        }

        @Override
        public List<Delivery> deliveries() {
            return List.of();
        }
    };
    /** The run's shared reads, as the product wires them: scorecards and analyses read through them. */
    private final SharedReads shared = new SharedReads(reader);
    /** The run's memo, shared by the cycle, its scorecards and its analyses as the application shares its one. */
    private final RunMemo memo = new RunMemo();
    private final ShowScorecard show = new ShowScorecard(shared, InMemory.manageGoals(goals, reader, catalogs), freshness,
            new RoleScorecards(InMemory.scorecardLayouts(), catalogs, InMemory.noAudit()), catalogs,
            InMemory.readingRights(goals, catalogs), InMemory.channelCatalogs(), new DataCoverage(freshness, clock),
            new GoalValues(reader, InMemory.alwaysNewData()), memo);
    /** The anomaly check reads a store of its own, empty: these tests judge figures, not deliveries. */
    private final FindAnomalies anomalies = new FindAnomalies(new InMemoryObservationStore().stored(),
            InMemory.anomalyAcknowledgements(), InMemory.readingRights(goals, catalogs), catalogs,
            InMemory.channelCatalogs(), InMemory.noAudit(), clock);
    private final AnalyzeDeviation analysis = new AnalyzeDeviation(shared, new GoalValues(reader,
            InMemory.alwaysNewData()), freshness, catalogs, InMemory.channelCatalogs(),
            InMemory.readingRights(goals, catalogs), InMemory.manageGoals(goals, reader, catalogs),
            new DataCoverage(freshness, clock), anomalies, memo);
    private final InMemoryWorkMeter meter = new InMemoryWorkMeter();
    private final RunCycle cycle = new RunCycle(new RecentScorecards(show, InMemory.alwaysNewData(), WorkMeter.NONE, clock), show,
            shared, memo, catalogs, new ExplainDeviations(analysis, anomalies, catalogs,
            InMemory.readingRights(goals, catalogs)), snapshots, InMemory.auditInto(audit), meter, clock);

    /**
     * 13 weeks from Monday 3 April: revenue 91 000 ₽ (7 000 a week) and 130 000 visits (10 000 a week), phased
     * evenly; the head's goal, which the other roles may not see.
     */
    private void goal() {
        goals.add(new Goal(GoalId.random(), "Весна", Optional.of(BusinessObjective.SALES), "hanna",
                LocalDate.of(2023, 4, 3), Optional.of(LocalDate.of(2023, 7, 2)), Optional.empty(),
                List.of(GoalKpi.of("revenue", Target.absolute("91000")), GoalKpi.of("traffic", Target.absolute("130000"))),
                Set.of("marketing-head")));
    }

    @Test
    void theFiguresAndStatusesAreTheScorecardsOwn() {
        goal();
        week(WEEK_15, 5000, 9500);

        CycleSnapshot snapshot = ran(cycle.run(WEEK_15, "hanna"));
        assertThat(meter.cycles(Grain.WEEK)).as("the run is counted").isEqualTo(1);

        CycleFigure revenue = total(snapshot, "revenue");
        Scorecard head = show.show(new ScorecardRequest(Role.MARKETING_HEAD, Set.of("admin"), Grain.WEEK,
                WEEK_15.period().start(), Set.of()));
        Scorecard.Row row = head.rows().stream().filter(r -> r.kpi().code().value().equals("revenue")).findFirst().orElseThrow();
        assertThat(revenue.actual().orElseThrow()).isEqualByComparingTo(row.actual().number().orElseThrow());
        assertThat(revenue.target().orElseThrow()).isEqualByComparingTo(row.evaluation().orElseThrow().target().number().orElseThrow());
        assertThat(revenue.status()).contains(row.evaluation().orElseThrow().status());
        assertThat(revenue.status()).contains(Status.OFF_TRACK);
        assertThat(revenue.target().orElseThrow()).isEqualByComparingTo("7000");
        assertThat(revenue.previous()).isEmpty();
        assertThat(snapshot.provisional()).isFalse();
        assertThat(snapshot.ranBy()).isEqualTo("hanna");
    }

    @Test
    void everyKpiOfEveryRolesScorecardIsThereInTotalAndPerChannel() {
        goal();
        week(WEEK_15, 5000, 9500);

        CycleSnapshot snapshot = ran(cycle.run(WEEK_15, "hanna"));

        assertThat(snapshot.figures()).filteredOn(figure -> figure.channel().isEmpty())
                .extracting(figure -> figure.kpi().value())
                .contains("revenue", "sales_growth", "romi", "cac", "traffic", "follower_growth", "engagement_rate")
                .doesNotHaveDuplicates();
        CycleFigure seo = snapshot.figures().stream()
                .filter(figure -> figure.kpi().value().equals("revenue") && figure.channel().equals(Optional.of("seo")))
                .findFirst().orElseThrow();
        assertThat(seo.actual().orElseThrow()).isEqualByComparingTo("5000");
    }

    @Test
    void deviationsAreRankedByTheirEffectOnTheGoalMoneyFirst() {
        goal();
        week(WEEK_15, 5000, 6000);

        CycleSnapshot snapshot = ran(cycle.run(WEEK_15, "hanna"));

        // traffic is 40 % short and revenue 29 %, but revenue's shortfall is money: 2 000 ₽
        List<CycleFigure> totals = snapshot.deviations().stream().filter(figure -> figure.channel().isEmpty()).toList();
        assertThat(totals).extracting(figure -> figure.kpi().value()).containsExactly("revenue", "traffic");
        assertThat(((Impact.InMoney) totals.get(0).impact()).amount()).isEqualByComparingTo("2000");
        assertThat(((Impact.ShareOfTarget) totals.get(1).impact()).share()).isEqualByComparingTo("0.4");
    }

    @Test
    void aRunForAPeriodThatRanReplacesItsSnapshotWithAnAuditEntry() {
        goal();
        week(WEEK_15, 5000, 9500);

        RunCycle.Outcome first = cycle.run(WEEK_15, "hanna");
        week(WEEK_15, 3000, 0);
        RunCycle.Outcome second = cycle.run(WEEK_15, "ada");

        assertThat(((RunCycle.Outcome.Ran) first).replaced()).isFalse();
        assertThat(((RunCycle.Outcome.Ran) second).replaced()).isTrue();
        assertThat(snapshots.between(WEEK_15.period().start(), WEEK_15.period().start())).hasSize(1);
        CycleSnapshot kept = snapshots.find(WEEK_15).orElseThrow();
        assertThat(kept.ranBy()).isEqualTo("ada");
        assertThat(total(kept, "revenue").actual().orElseThrow()).isEqualByComparingTo("3000");
        assertThat(audit).containsExactly("cycle/2023-W15 run", "cycle/2023-W15 rerun");
    }

    @Test
    void aKpiOffTrackThreeCyclesInARowIsFlaggedAndNotBefore() {
        goal();
        week(WEEK_15, 4000, 9500);
        week(WEEK_16, 4000, 12000);
        week(WEEK_17, 4000, 9500);

        CycleSnapshot fifteen = ran(cycle.run(WEEK_15, "hanna"));
        CycleSnapshot sixteen = ran(cycle.run(WEEK_16, "hanna"));
        CycleSnapshot seventeen = ran(cycle.run(WEEK_17, "hanna"));

        assertThat(total(fifteen, "revenue").offTrackThreeInARow()).isFalse();
        assertThat(total(sixteen, "revenue").offTrackThreeInARow()).isFalse();
        assertThat(total(seventeen, "revenue").offTrackThreeInARow()).isTrue();
        assertThat(total(seventeen, "traffic").offTrackThreeInARow()).isFalse(); // at risk, on track, at risk
        assertThat(seventeen.summary().offTrackThreeInARow()).isPositive();
    }

    @Test
    void theRunningWeekIsProvisionalAndEachSourceSaysHowMuchOfItIsThere() {
        goal();

        CycleSnapshot snapshot = ran(cycle.run(CyclePeriod.of(Grain.WEEK, TODAY), "hanna"));

        assertThat(snapshot.provisional()).isTrue();
        assertThat(snapshot.lastWholeDay()).isEqualTo(LocalDate.of(2023, 5, 9));
        assertThat(snapshot.completeness()).extracting(SourceCompleteness::sourceSystem, SourceCompleteness::coveredDays,
                SourceCompleteness::dueDays).containsExactly(
                org.assertj.core.groups.Tuple.tuple("crm", 2L, 2L), org.assertj.core.groups.Tuple.tuple("metrica", 0L, 2L));
    }

    @Test
    void aPeriodThatHasNotBegunIsNotRun() {
        CyclePeriod june = CyclePeriod.of(Grain.MONTH, LocalDate.of(2023, 6, 1));

        assertThat(cycle.run(june, "hanna")).isEqualTo(new RunCycle.Outcome.NotStarted(june, LocalDate.of(2023, 6, 1)));
        assertThat(snapshots.find(june)).isEmpty();
        assertThat(audit).isEmpty();
    }

    @Test
    void aReaderSeesTheFiguresOfTheKpisAndGoalsTheirRolesMayRead() {
        goal();
        week(WEEK_15, 5000, 9500);
        cycle.run(WEEK_15, "hanna");
        ReadCycles read = new ReadCycles(snapshots, InMemory.readingRights(goals, catalogs),
                InMemory.manageGoals(goals, reader, catalogs));

        CycleSnapshot head = granted(read.of(Reader.of("hanna", Set.of("marketing-head")), WEEK_15));
        CycleSnapshot smm = granted(read.of(Reader.of("sofia", Set.of("smm-specialist")), WEEK_15));

        assertThat(head.deviations()).extracting(figure -> figure.kpi().value()).contains("revenue");
        assertThat(smm.figures()).extracting(figure -> figure.kpi().value()).doesNotContain("revenue", "traffic")
                .contains("follower_growth");
        assertThat(read.of(Reader.of("hanna", Set.of("marketing-head")), WEEK_16)).isInstanceOf(Access.Unknown.class);
    }

    @Test
    void eachDeviationCarriesTheCauseTheKpisOwnAnalysisNames() {
        goal();
        weekOnTwoChannels(WEEK_14, 4000, 3000);
        weekOnTwoChannels(WEEK_15, 4000, 1000);

        CycleSnapshot snapshot = ran(cycle.run(WEEK_15, "hanna"));

        CycleFigure revenue = total(snapshot, "revenue");
        assertThat(revenue.status()).contains(Status.OFF_TRACK);
        CycleCause why = revenue.why().orElseThrow();
        Diagnosis direct = (Diagnosis) ((AnalyzedDeviation) ((Access.Granted<?>) analysis.analyze(
                Reader.of("hanna", Set.of("marketing-head")), "revenue", WEEK_15.period(), ReferenceKind.PLAN,
                Set.of())).value()).answer();
        assertThat(why.against()).isEqualTo(ReferenceKind.PLAN);
        assertThat(why.cause()).isEqualTo(direct.cause());
        assertThat(why.explainedBy()).isEqualTo(direct.explainedBy()).contains("vk_ads");
        assertThat(why.evidence()).extracting(Message::english)
                .isEqualTo(direct.evidence().stream().map(Message::english).toList()).isNotEmpty();
        assertThat(snapshot.figures()).filteredOn(figure -> !figure.deviates())
                .allSatisfy(figure -> assertThat(figure.why()).isEmpty());
        CycleSnapshot kept = snapshots.find(WEEK_15).orElseThrow();
        assertThat(total(kept, "revenue").why()).contains(why);
    }

    /** Revenue of the week on SEO and VK Ads (visits alike on both), on its first day, replacing what the week had. */
    private void weekOnTwoChannels(CyclePeriod week, int seo, int vk) {
        LocalDate monday = week.period().start();
        stored.removeIf(observation -> week.period().encloses(observation.period()));
        for (var channel : Map.of("seo", seo, "vk_ads", vk).entrySet()) {
            Map<String, String> where = Map.of("channel", channel.getKey());
            stored.add(Observation.daily("revenue", monday, where, Money.of(Integer.toString(channel.getValue()), "RUB")));
            stored.add(Observation.daily("visits", monday, where, new BigDecimal(5000)));
            stored.add(Observation.daily("orders", monday, where, new BigDecimal(channel.getValue() / 100)));
        }
    }

    /** Revenue and visits of the week, on SEO, spread over its first day (replacing what the week had). */
    private void week(CyclePeriod week, int revenue, int visits) {
        LocalDate monday = week.period().start();
        stored.removeIf(observation -> week.period().encloses(observation.period()));
        stored.add(Observation.daily("revenue", monday, Map.of("channel", "seo"), Money.of(Integer.toString(revenue), "RUB")));
        stored.add(Observation.daily("visits", monday, Map.of("channel", "seo"), new BigDecimal(visits)));
    }

    private static CycleFigure total(CycleSnapshot snapshot, String kpi) {
        return snapshot.figures().stream().filter(figure -> figure.kpi().value().equals(kpi) && figure.channel().isEmpty())
                .findFirst().orElseThrow();
    }

    private static CycleSnapshot ran(RunCycle.Outcome outcome) {
        return ((RunCycle.Outcome.Ran) outcome).snapshot();
    }

    private static CycleSnapshot granted(Access<CycleSnapshot> access) {
        return ((Access.Granted<CycleSnapshot>) access).value();
    }
}
