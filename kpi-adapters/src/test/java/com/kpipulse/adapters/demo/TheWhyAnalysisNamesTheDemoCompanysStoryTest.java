package com.kpipulse.adapters.demo;

import com.kpipulse.application.run.RunMemo;
import com.kpipulse.application.goal.GoalValues;
import com.kpipulse.application.evaluation.SharedReads;
import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.analysis.AnalyzeDeviation;
import com.kpipulse.application.analysis.AnalyzedDeviation;
import com.kpipulse.application.analysis.FindAnomalies;
import com.kpipulse.application.evaluation.DataCoverage;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.testing.InMemoryObservationStore;
import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.analysis.why.CauseFinding;
import com.kpipulse.domain.analysis.why.Diagnosis;
import com.kpipulse.domain.analysis.why.DriverContribution;
import com.kpipulse.domain.analysis.why.ReferenceKind;
import com.kpipulse.domain.analysis.why.SliceContribution;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * «Почему» on the demo company of {@link DemoRows}, read back as the store would hold it and asked on its first
 * start, 15 March 2026, about the weeks of its {@link DemoStory} against the week before: VK Ads' conversion drop
 * (2026-W07) and Google Ads' budget cut (2026-W10). VK Ads makes about a fourteenth of the shop's orders, so the
 * shop's revenue and orders move within their usual swing that week; the site conversion and VK Ads' own figures
 * show the drop.
 */
class TheWhyAnalysisNamesTheDemoCompanysStoryTest {

    private static final Reader HEAD = Reader.of("hanna", Set.of("marketing-head"));
    private static final Period DROP = DemoRows.STORY.vkConversionDrop();
    private static final Period CUT = DemoRows.STORY.googleBudgetCut();
    private static final Period MISSED = Period.of(Grain.WEEK, DemoRows.STORY.metricaMissingDay());

    @TempDir
    static Path directory;

    private static AnalyzeDeviation analyze;

    @BeforeAll
    static void theDemoStartsForTheFirstTime() {
        InMemoryObservationStore stored = DemoRows.generateAndRead(directory).stored();
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
    void vkAdsRevenueAndOrdersFellInTheDropWeekBecauseItsVisitorsBoughtLessNotBecauseFewerCame() {
        for (String kpi : List.of("revenue", "orders")) {
            Diagnosis diagnosis = diagnose(kpi, DROP, Set.of("vk_ads"));

            assertThat(diagnosis.cause()).as(kpi).isEqualTo(Cause.CHANNEL);
            assertThat(diagnosis.explainedBy()).as(kpi).containsExactly("vk_ads");
            assertThat(diagnosis.actual().doubleValue() / diagnosis.reference().doubleValue()).as(kpi).isLessThan(0.5);
            assertThat(share(diagnosis, "conversion_rate")).as(kpi + ": the conversion's part").isGreaterThan(0.8);
            assertThat(diagnosis.evidence().getFirst().in(Locale.ENGLISH)).as(kpi)
                    .contains("comes from VK Ads", "Site conversion rate");
        }
    }

    @Test
    void theShopsSiteConversionFellInTheDropWeekAndVkAdsExplainsMostOfIt() {
        Diagnosis diagnosis = diagnose("conversion_rate", DROP, Set.of());

        assertThat(diagnosis.cause()).isEqualTo(Cause.CHANNEL);
        assertThat(diagnosis.explainedBy()).first().isEqualTo("vk_ads");
        assertThat(diagnosis.channels().stream().min(Comparator.comparing(SliceContribution::contribution)))
                .get().extracting(SliceContribution::slice).isEqualTo("vk_ads");
    }

    @Test
    void googleAdsVisitsFellInTheCutWeekWithItsBudgetWhileAClickCostTheSame() {
        Diagnosis traffic = diagnose("traffic", CUT, Set.of("google_ads"));

        assertThat(traffic.cause()).isEqualTo(Cause.BUDGET);
        assertThat(traffic.findings().getFirst()).isInstanceOfSatisfying(CauseFinding.BudgetFinding.class, budget -> {
            assertThat(budget.spendMove().actual().doubleValue() / budget.spendMove().reference().doubleValue())
                    .isBetween(0.35, 0.6);
            assertThat(budget.driver()).isEqualTo("visits");
        });
        assertThat(traffic.explainedBy()).containsExactly("google_ads");
        assertThat(diagnose("cpc", CUT, Set.of("google_ads")).cause()).isEqualTo(Cause.NONE);
    }

    @Test
    void theShopsVisitsInTheWeekMetricaMissedADayArePutDownToTheData() {
        Diagnosis traffic = diagnose("traffic", MISSED, Set.of());

        assertThat(traffic.deviation()).isNegative();
        assertThat(traffic.cause()).isEqualTo(Cause.DATA);
        assertThat(traffic.findings().getFirst()).isInstanceOfSatisfying(CauseFinding.DataFinding.class,
                data -> assertThat(data.share()).isGreaterThan(0.9));
    }

    private static Diagnosis diagnose(String kpi, Period week, Set<String> channels) {
        Access<AnalyzedDeviation> access = analyze.analyze(HEAD, kpi, week, ReferenceKind.PREVIOUS, channels);
        assertThat(access).as(kpi).isInstanceOf(Access.Granted.class);
        AnalyzedDeviation analyzed = ((Access.Granted<AnalyzedDeviation>) access).value();
        assertThat(analyzed.provisional()).as(kpi + " in " + week.code()).isFalse();
        assertThat(analyzed.answer()).as(kpi).isInstanceOf(Diagnosis.class);
        Diagnosis diagnosis = (Diagnosis) analyzed.answer();
        System.out.printf("demo why %s in %s over %s: %s%n", kpi, week.code(), channels.isEmpty() ? "all channels"
                : channels, diagnosis.evidence().getFirst().in(Locale.ENGLISH));
        return diagnosis;
    }

    /** The part of the deviation a driver carries. */
    private static double share(Diagnosis diagnosis, String driver) {
        BigDecimal part = diagnosis.drivers().stream().filter(found -> found.code().equals(driver))
                .map(DriverContribution::contribution).findFirst().orElseThrow();
        return part.divide(diagnosis.deviation(), MathContext.DECIMAL64).doubleValue();
    }
}
