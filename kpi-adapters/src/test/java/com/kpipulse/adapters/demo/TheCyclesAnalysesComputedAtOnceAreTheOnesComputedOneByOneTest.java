package com.kpipulse.adapters.demo;

import com.kpipulse.application.analysis.AnalyzeDeviation;
import com.kpipulse.application.analysis.FindAnomalies;
import com.kpipulse.application.cycle.ExplainDeviations;
import com.kpipulse.application.evaluation.DataCoverage;
import com.kpipulse.application.evaluation.SharedReads;
import com.kpipulse.application.goal.GoalValues;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.run.RunMemo;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.testing.InMemoryObservationStore;
import com.kpipulse.domain.analysis.why.ReferenceKind;
import com.kpipulse.domain.cycle.CycleCause;
import com.kpipulse.domain.cycle.CycleFigure;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.cycle.Impact;
import com.kpipulse.domain.evaluation.Status;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.BusinessObjective;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cycle reads the figures of all its deviations first and then computes their answers on the machine's cores at
 * once ({@link ExplainDeviations.Answering#IN_PARALLEL}): on the demo company of {@link DemoRows}, with a goal for
 * the quarter, eight KPIs in total and in every channel taken as off track in the week of Google Ads' budget cut,
 * the causes must be exactly those computed one deviation after the other, in the same order — against the plan where
 * it can be split, against the week before where it cannot.
 */
class TheCyclesAnalysesComputedAtOnceAreTheOnesComputedOneByOneTest {

    private static final CyclePeriod CUT = new CyclePeriod(DemoRows.STORY.googleBudgetCut());
    private static final List<String> KPIS = List.of("revenue", "orders", "traffic", "leads", "conversion_rate",
            "cpc", "cac", "romi");

    @TempDir
    static Path directory;

    private static InMemoryObservationStore stored;
    private static final List<Goal> GOALS = new ArrayList<>();
    private static final CurrentKpiCatalog CATALOGS = InMemory.standardCatalog();

    @BeforeAll
    static void theDemoStartsForTheFirstTime() {
        stored = DemoRows.generateAndRead(directory).stored();
        Period quarter = Period.quarter(CUT.period().start().getYear(), 1);
        GOALS.add(new Goal(GoalId.random(), "Первый квартал", Optional.of(BusinessObjective.SALES), "hanna",
                quarter.start(), Optional.of(quarter.lastDay()), Optional.empty(),
                List.of(GoalKpi.of("revenue", Target.absolute("90000000")), GoalKpi.of("orders", Target.absolute("40000")),
                        GoalKpi.of("traffic", Target.absolute("3000000")),
                        GoalKpi.of("conversion_rate", Target.absolute("5"))),
                Set.of("marketing-head")));
    }

    @Test
    void theCausesAndTheirOrderAreThoseOfADeviationByDeviationPass() {
        List<CycleFigure> figures = deviations();

        List<CycleFigure> atOnce = explain(ExplainDeviations.Answering.IN_PARALLEL).explain(CUT, figures);
        List<CycleFigure> oneByOne = explain(ExplainDeviations.Answering.ONE_BY_ONE).explain(CUT, figures);

        assertThat(atOnce).isEqualTo(oneByOne);
        List<CycleCause> causes = atOnce.stream().flatMap(figure -> figure.why().stream()).toList();
        assertThat(causes).as("most deviations get a cause").hasSizeGreaterThan(figures.size() / 2);
        assertThat(causes).extracting(CycleCause::against).as("the plan where it splits, the week before elsewhere")
                .contains(ReferenceKind.PLAN, ReferenceKind.PREVIOUS);
        assertThat(causes.stream().map(CycleCause::cause).distinct().count()).as("more than one kind of cause")
                .isGreaterThan(1);
    }

    /** Each KPI in total and in each channel of the catalog, off track (the analysis does not look at the status). */
    private static List<CycleFigure> deviations() {
        List<String> channels = InMemory.channelCatalogs().current().codes();
        List<CycleFigure> figures = new ArrayList<>();
        for (String code : KPIS) {
            KpiDefinition kpi = CATALOGS.current().find(code).orElseThrow();
            Stream.concat(Stream.of(Optional.<String>empty()), channels.stream().map(Optional::of)).forEach(channel ->
                    figures.add(new CycleFigure(kpi.code(), channel, kpi.unit(), kpi.direction(), Optional.empty(),
                            Optional.of(BigDecimal.ONE), CycleFigure.Judgement.JUDGED, Optional.of(BigDecimal.TWO),
                            Optional.of(new BigDecimal("0.5")), Optional.of(Status.OFF_TRACK), Optional.empty(),
                            Optional.empty(), Optional.empty(), new Impact.Unmeasured(), false, Optional.empty())));
        }
        return figures;
    }

    /** The cycle's analysis of the demo store, its answers computed as {@code answering} says. */
    private static ExplainDeviations explain(ExplainDeviations.Answering answering) {
        FindAnomalies anomalies = new FindAnomalies(stored.stored(), InMemory.anomalyAcknowledgements(),
                InMemory.readingRights(GOALS, CATALOGS), CATALOGS, InMemory.channelCatalogs(), InMemory.noAudit(),
                DemoRows.CLOCK);
        AnalyzeDeviation analyze = new AnalyzeDeviation(new SharedReads(stored.valuesThatCount()),
                new GoalValues(stored.valuesThatCount(), InMemory.alwaysNewData()), stored.freshness(), CATALOGS,
                InMemory.channelCatalogs(), InMemory.readingRights(GOALS, CATALOGS),
                InMemory.manageGoals(GOALS, stored.valuesThatCount(), CATALOGS),
                new DataCoverage(stored.freshness(), DemoRows.CLOCK), anomalies, new RunMemo());
        return new ExplainDeviations(analyze, anomalies, CATALOGS, InMemory.readingRights(GOALS, CATALOGS), answering);
    }
}
