package com.kpipulse.application.analysis;

import com.kpipulse.domain.measure.DataReach;
import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.access.ReadingRights;
import com.kpipulse.application.channel.ChannelCatalogs;
import com.kpipulse.application.goal.JudgeAgainstGoals;
import com.kpipulse.application.goal.ManageGoals;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.measure.SourceFreshness;
import com.kpipulse.application.evaluation.DataCoverage;
import com.kpipulse.application.measure.DataFreshness;
import com.kpipulse.application.goal.GoalValues;
import com.kpipulse.application.evaluation.SharedReads;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.application.run.RunMemo;
import com.kpipulse.domain.analysis.why.DeviationQuestion;
import com.kpipulse.domain.analysis.why.DriverTree;
import com.kpipulse.domain.analysis.why.DriverTrees;
import com.kpipulse.domain.analysis.why.ReferenceKind;
import com.kpipulse.domain.analysis.why.WhyAnalysis;
import com.kpipulse.domain.kpi.Funnel;
import com.kpipulse.domain.kpi.Funnels;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Analyze, step 2 of seed 001's cycle, for a reader: why a KPI deviated in a week, month or quarter from the period
 * before, the same period last year or its plan. Fills the domain's {@link DeviationQuestion} from the store (the
 * base measures the KPI's driver trees, the spend and price checks and the funnels need, per channel and per
 * campaign, with ADR 6's source priority), a history of {@value #HISTORY} earlier periods for the noise; then runs
 * {@link WhyAnalysis}.
 * <p>
 * A period still running, or not fully delivered, is provisional and compared like for like: its days covered (as the
 * scorecards' freshness shows them) are held against the same days of the period before or of last year — as many
 * days from the start — and the history is taken over the same days of each earlier period, so three days of a week
 * never look like a drop against a whole week. A period none of whose days is covered is taken whole and flagged
 * incomplete.
 * <p>
 * Against the plan: the plan is the target the one judge ({@link JudgeAgainstGoals}) gives the KPI over the days it
 * judges (those of the period a goal covers, up to the last whole day). A target is one figure, and the analysis
 * splits figures: for a total (revenue, orders, leads) the plan is taken as the same number of days just before,
 * every measure scaled so that the KPI reaches its target (the mix and efficiency of the recent past at the planned
 * volume); a rate's target cannot be shaped so, and the answer says so.
 */
@ApplicationScoped
public class AnalyzeDeviation {

    /** How many earlier periods of the same grain make the history the noise is read from. */
    public static final int HISTORY = 12;

    private static final Set<Grain> GRAINS = EnumSet.of(Grain.WEEK, Grain.MONTH, Grain.QUARTER);

    private final ValuesThatCount values;
    private final ValuesThatCount goalValues;
    private final DataFreshness freshness;
    private final CurrentKpiCatalog catalogs;
    private final ChannelCatalogs channelCatalogs;
    private final ReadingRights rights;
    private final ManageGoals goals;
    private final DataCoverage coverage;
    private final FindAnomalies anomalies;
    private final RunMemo memo;

    @Inject
    public AnalyzeDeviation(SharedReads values, GoalValues goalValues, DataFreshness freshness,
                            CurrentKpiCatalog catalogs, ChannelCatalogs channelCatalogs, ReadingRights rights,
                            ManageGoals goals, DataCoverage coverage, FindAnomalies anomalies, RunMemo memo) {
        this.values = values;
        this.goalValues = goalValues;
        this.freshness = freshness;
        this.catalogs = catalogs;
        this.channelCatalogs = channelCatalogs;
        this.rights = rights;
        this.goals = goals;
        this.coverage = coverage;
        this.anomalies = anomalies;
        this.memo = memo;
    }

    /**
     * Why the KPI deviated in {@code period} (a week, month or quarter) from {@code against}, over the chosen channels
     * (empty: all); unknown KPI, or one the reader may not read, as every door answers it.
     */
    public Access<AnalyzedDeviation> analyze(Reader reader, String code, Period period, ReferenceKind against,
                                             Set<String> channels) {
        return analyze(reader, code, period, against, channels, Optional.empty());
    }

    /**
     * As {@link #analyze(Reader, String, Period, ReferenceKind, Set)}, with the anomalies of the period already found
     * (the cycle finds them once for all its deviations) instead of looking for them again.
     */
    public Access<AnalyzedDeviation> analyze(Reader reader, String code, Period period, ReferenceKind against,
                                             Set<String> channels, List<FindAnomalies.Anomaly> found) {
        return analyze(reader, code, period, against, channels, Optional.of(found));
    }

    private Access<AnalyzedDeviation> analyze(Reader reader, String code, Period period, ReferenceKind against,
                                              Set<String> channels, Optional<List<FindAnomalies.Anomaly>> seen) {
        if (period.grain().filter(GRAINS::contains).isEmpty()) {
            throw new IllegalArgumentException("A week, a month or a quarter is analysed, got " + period);
        }
        KpiCatalog catalog = catalogs.current();
        return readable(reader, catalog, code).map(kpi -> {
            Set<MeasureCode> measures = measuresBehind(catalog, kpi);
            List<FindAnomalies.Anomaly> anomalous = seen.orElseGet(
                    () -> anomalies.dataCauses(reader, period, BrokenDeliveries.measuresOf(catalog, kpi)));
            DataReach reach = coverage.now();
            return prepared(new PlanJudging(reader, catalog, reach, goalValues, goals, memo), catalog, kpi, period,
                    against, channels, new StoredFigures(values, catalog, measures, measuresPerCampaign(catalog, kpi), channels,
                            channelCatalogs.current().codes()),
                    freshness.lastDaysOf(measures), anomalous, reach).answer();
        });
    }

    /** The KPI of the code, as every door answers it: unknown, or refused to a reader who may not read it. */
    private Access<KpiDefinition> readable(Reader reader, KpiCatalog catalog, String code) {
        Optional<KpiDefinition> found = catalog.find(code);
        if (found.isEmpty()) {
            return Access.unknown();
        }
        return rights.mayReadKpi(reader, code) ? Access.granted(found.get()) : Access.denied();
    }

    private PendingAnalysis prepared(PlanJudging plans, KpiCatalog catalog, KpiDefinition kpi, Period period,
                                     ReferenceKind against, Set<String> channels, StoredFigures figures,
                                     List<SourceFreshness> delivered, List<FindAnomalies.Anomaly> anomalous,
                                     DataReach reach) {
        var question = new StoredQuestion(catalog, channelCatalogs.current(), kpi, period, channels, figures, delivered,
                reach, new BrokenDeliveries(anomalous, catalog, kpi));
        return against == ReferenceKind.PLAN ? question.againstPlan(plans) : question.against(against);
    }

    /**
     * Several questions about one period, the store read once for all of them (the cycle asks about each of its
     * deviations): {@code codes} are the KPIs that will be asked about, {@code found} the period's anomalies.
     */
    public Batch batch(Reader reader, Period period, Collection<String> codes, List<FindAnomalies.Anomaly> found) {
        if (period.grain().filter(GRAINS::contains).isEmpty()) {
            throw new IllegalArgumentException("A week, a month or a quarter is analysed, got " + period);
        }
        return new Batch(reader, period, codes, found);
    }

    /** Questions about one period that share what they read; each answer is the one {@link #analyze} gives alone. */
    public final class Batch {

        private final Reader reader;
        private final Period period;
        private final List<FindAnomalies.Anomaly> found;
        private final KpiCatalog catalog = catalogs.current();
        private final DataReach reach = coverage.now();
        private final Set<MeasureCode> measures = new LinkedHashSet<>();
        private final Set<MeasureCode> perCampaign = new LinkedHashSet<>();
        /** Every channel's figures of the KPIs asked about, read once; each question sees its KPI's and channels. */
        private final StoredFigures read;
        private final PlanJudging plans;
        private final Map<Set<MeasureCode>, List<SourceFreshness>> delivered = new HashMap<>();

        private Batch(Reader reader, Period period, Collection<String> codes, List<FindAnomalies.Anomaly> found) {
            this.reader = reader;
            this.period = period;
            this.found = List.copyOf(found);
            codes.forEach(code -> catalog.find(code).ifPresent(kpi -> {
                measures.addAll(measuresBehind(catalog, kpi));
                perCampaign.addAll(measuresPerCampaign(catalog, kpi));
            }));
            this.read = new StoredFigures(values, catalog, measures, perCampaign, Set.of(),
                    channelCatalogs.current().codes());
            this.plans = new PlanJudging(reader, catalog, reach, goalValues, goals, memo);
        }

        /** Why the KPI deviated in the batch's period from {@code against}, over the chosen channels (empty: all). */
        public Access<AnalyzedDeviation> analyze(String code, ReferenceKind against, Set<String> channels) {
            return prepare(code, against, channels).map(PendingAnalysis::answer);
        }

        /**
         * As {@link #analyze}, its figures read now (on this thread, in its transaction) and its answer left to
         * compute, which may be done on another thread: the cycle computes its deviations' answers at once.
         */
        public Access<PendingAnalysis> prepare(String code, ReferenceKind against, Set<String> channels) {
            return readable(reader, catalog, code).map(kpi -> {
                Set<MeasureCode> own = measuresBehind(catalog, kpi);
                StoredFigures figures = measures.containsAll(own) ? read.narrowedTo(own, channels)
                        : new StoredFigures(values, catalog, own, measuresPerCampaign(catalog, kpi), channels,
                        channelCatalogs.current().codes());
                return prepared(plans, catalog, kpi, period, against, channels, figures,
                        delivered.computeIfAbsent(own, freshness::lastDaysOf), found, reach);
            });
        }
    }

    /**
     * The base measures read per campaign, for a channel's change split among its campaigns: the KPI's own and its
     * drivers' (the split reads the KPI and its driver decomposition on each campaign, nothing of the funnels or the
     * budget check).
     */
    static Set<MeasureCode> measuresPerCampaign(KpiCatalog catalog, KpiDefinition kpi) {
        return measuresOf(catalog, driversOf(kpi));
    }

    /** The KPI and its drivers, those with a tree of their own opened one level further. */
    private static Set<String> driversOf(KpiDefinition kpi) {
        DriverTrees trees = DriverTrees.standard();
        Set<String> codes = new LinkedHashSet<>(List.of(kpi.code().value()));
        for (DriverTree tree : trees.of(kpi.code())) {
            for (String driver : tree.drivers()) {
                codes.add(driver);
                trees.of(new KpiCode(driver)).forEach(inner -> codes.addAll(inner.drivers()));
            }
        }
        return codes;
    }

    /** The base measures of the codes: a KPI's, or the measure itself. */
    private static Set<MeasureCode> measuresOf(KpiCatalog catalog, Set<String> codes) {
        Set<MeasureCode> measures = new LinkedHashSet<>();
        for (String code : codes) {
            catalog.find(code).ifPresentOrElse(found -> measures.addAll(catalog.measuresOf(found)),
                    () -> catalog.measures().find(code).ifPresent(measure -> measures.add(measure.code())));
        }
        return measures;
    }

    /**
     * The base measures the analysis reads: the KPI's own, its drivers' and theirs one level down, the spend measures
     * and price KPIs the budget check reads, and the funnels' stages and steps.
     */
    static Set<MeasureCode> measuresBehind(KpiCatalog catalog, KpiDefinition kpi) {
        DriverTrees trees = DriverTrees.standard();
        Set<String> codes = driversOf(kpi);
        codes.addAll(trees.priceKpis(catalog));
        codes.addAll(trees.spendMeasures(catalog));
        for (Funnel funnel : Funnels.standard()) {
            funnel.stages().forEach(stage -> codes.add(stage.value()));
            funnel.steps().forEach(step -> codes.add(step.value()));
        }
        return measuresOf(catalog, codes);
    }

}
