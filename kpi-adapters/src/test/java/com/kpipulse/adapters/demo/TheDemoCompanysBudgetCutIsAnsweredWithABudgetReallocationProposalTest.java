package com.kpipulse.adapters.demo;

import com.kpipulse.application.run.RunMemo;
import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.analysis.AnalyzeDeviation;
import com.kpipulse.application.analysis.AnalyzedDeviation;
import com.kpipulse.application.analysis.FindAnomalies;
import com.kpipulse.application.company.CurrentSettings;
import com.kpipulse.application.correction.ProposeCorrections;
import com.kpipulse.application.correction.Proposals;
import com.kpipulse.application.correction.ReallocateBudget;
import com.kpipulse.application.evaluation.DataCoverage;
import com.kpipulse.application.evaluation.ExplainByCampaign;
import com.kpipulse.application.evaluation.SharedReads;
import com.kpipulse.application.goal.GoalValues;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.testing.InMemoryCycleSnapshots;
import com.kpipulse.application.testing.InMemoryObservationStore;
import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.analysis.why.Diagnosis;
import com.kpipulse.domain.analysis.why.ReferenceKind;
import com.kpipulse.domain.company.CompanySettings;
import com.kpipulse.domain.correction.proposal.Proposal;
import com.kpipulse.domain.correction.proposal.ProposalKind;
import com.kpipulse.domain.cycle.CycleCause;
import com.kpipulse.domain.cycle.CycleFigure;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.cycle.CycleSnapshot;
import com.kpipulse.domain.cycle.Impact;
import com.kpipulse.domain.evaluation.Status;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo company of {@link DemoRows}, read back as the store would hold it, on its first start (15 March 2026): the
 * week of Google Ads' budget cut (2026-W10), kept as a cycle with the cause the analysis names for Google Ads' traffic
 * that week, is answered with a budget reallocation over the demo's paid channels.
 */
class TheDemoCompanysBudgetCutIsAnsweredWithABudgetReallocationProposalTest {

    private static final Reader HEAD = Reader.of("hanna", Set.of("marketing-head"));
    private static final Period CUT = DemoRows.STORY.googleBudgetCut();
    private static final Currency RUB = Currency.getInstance("RUB");

    @TempDir
    static Path directory;

    private static InMemoryObservationStore stored;
    private static AnalyzeDeviation analyze;

    @BeforeAll
    static void theDemoStartsForTheFirstTime() {
        stored = DemoRows.generateAndRead(directory).stored();
        CurrentKpiCatalog catalogs = InMemory.standardCatalog();
        List<Goal> goals = new ArrayList<>();
        analyze = new AnalyzeDeviation(new SharedReads(stored.valuesThatCount()),
                new GoalValues(stored.valuesThatCount(), InMemory.alwaysNewData()), stored.freshness(), catalogs,
                InMemory.channelCatalogs(), InMemory.readingRights(goals, catalogs),
                InMemory.manageGoals(goals, stored.valuesThatCount(), catalogs),
                new DataCoverage(stored.freshness(), DemoRows.CLOCK), new FindAnomalies(stored.stored(),
                InMemory.anomalyAcknowledgements(), InMemory.readingRights(goals, catalogs), catalogs,
                InMemory.channelCatalogs(), InMemory.noAudit(), DemoRows.CLOCK), new RunMemo());
    }

    @Test
    void theCutWeeksBudgetCauseGivesAReallocationWithMovesAndAnExpectedRiseOfRevenue() {
        Diagnosis traffic = diagnose("traffic", Set.of("google_ads"));
        Diagnosis revenue = diagnose("revenue", Set.of());
        assertThat(traffic.cause()).isEqualTo(Cause.BUDGET);
        CyclePeriod week = new CyclePeriod(CUT);
        InMemoryCycleSnapshots snapshots = new InMemoryCycleSnapshots();
        snapshots.replace(new CycleSnapshot(week, false, CUT.lastDay(), DemoRows.CLOCK.instant(), "demo", List.of(
                figure("traffic", Unit.COUNT, Optional.of("google_ads"), traffic, Status.OFF_TRACK,
                        Optional.of(new CycleCause(ReferenceKind.PREVIOUS, traffic.cause(), List.of(),
                                traffic.explainedBy(), Optional.empty(), traffic.evidence(), List.of()))),
                figure("revenue", Unit.MONEY, Optional.empty(), revenue, Status.ON_TRACK, Optional.empty())),
                List.of()));
        Proposals proposals = InMemory.proposals();
        CurrentKpiCatalog catalogs = InMemory.standardCatalog();
        CurrentSettings settings = InMemory.currentSettings(CompanySettings.INITIAL);
        ProposeCorrections propose = new ProposeCorrections(snapshots, proposals,
                new ExplainByCampaign(stored.valuesThatCount(), catalogs, InMemory.readingRights(List.of(), catalogs),
                        new DataCoverage(stored.freshness(), DemoRows.CLOCK)),
                new ReallocateBudget(stored.valuesThatCount(), InMemory.readingRights(List.of(), catalogs),
                        InMemory.channelCatalogs(), settings, DemoRows.CLOCK),
                catalogs, InMemory.channelCatalogs(), settings, DemoRows.CLOCK);

        List<Proposal> made = propose.forCycle(week);

        assertThat(made).extracting(Proposal::kind).containsExactly(ProposalKind.REALLOCATION);
        Proposal reallocation = made.getFirst();
        System.out.printf("demo proposal %s: %s; %s%n", week.code(), reallocation.title().in(Locale.ENGLISH),
                reallocation.reasoning().getLast().in(Locale.ENGLISH));
        assertThat(reallocation.kpi()).isEqualTo(new KpiCode("revenue"));
        assertThat(reallocation.cause()).isEqualTo(Cause.BUDGET);
        var plan = reallocation.reallocation().orElseThrow();
        assertThat(plan.moves()).isNotEmpty();
        assertThat(plan.movedChannels()).hasSizeGreaterThanOrEqualTo(2)
                .allMatch(channel -> List.of("yandex_direct", "vk_ads", "google_ads").contains(channel));
        assertThat(plan.spendProposed()).isEqualByComparingTo(plan.spendNow());
        assertThat(plan.outcomeChange().expected()).isPositive();
        assertThat(reallocation.effect()).hasValueSatisfying(effect -> assertThat(effect.size()).isPositive());
    }

    private static CycleFigure figure(String kpi, Unit unit, Optional<String> channel, Diagnosis diagnosis,
                                      Status status, Optional<CycleCause> why) {
        Optional<Currency> currency = unit == Unit.MONEY ? Optional.of(RUB) : Optional.empty();
        BigDecimal target = diagnosis.reference();
        return new CycleFigure(new KpiCode(kpi), channel, unit, Direction.HIGHER_IS_BETTER, currency,
                Optional.of(diagnosis.actual()), CycleFigure.Judgement.JUDGED, Optional.of(target), Optional.empty(),
                Optional.of(status), Optional.empty(), Optional.of(diagnosis.reference()), Optional.empty(),
                status == Status.OFF_TRACK ? new Impact.ShareOfTarget(BigDecimal.ONE) : new Impact.Unmeasured(), false,
                why);
    }

    private static Diagnosis diagnose(String kpi, Set<String> channels) {
        Access<AnalyzedDeviation> access = analyze.analyze(HEAD, kpi, CUT, ReferenceKind.PREVIOUS, channels);
        assertThat(access).as(kpi).isInstanceOf(Access.Granted.class);
        return (Diagnosis) ((Access.Granted<AnalyzedDeviation>) access).value().answer();
    }
}
