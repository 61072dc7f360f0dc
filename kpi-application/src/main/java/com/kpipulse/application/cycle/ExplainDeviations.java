package com.kpipulse.application.cycle;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.access.ReadingRights;
import com.kpipulse.application.analysis.AnalyzeDeviation;
import com.kpipulse.application.analysis.AnalyzedDeviation;
import com.kpipulse.application.analysis.BrokenDeliveries;
import com.kpipulse.application.analysis.FindAnomalies;
import com.kpipulse.application.analysis.PendingAnalysis;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.run.TakenOnce;
import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.analysis.why.CauseFinding;
import com.kpipulse.domain.analysis.why.Diagnosis;
import com.kpipulse.domain.analysis.why.DriverContribution;
import com.kpipulse.domain.analysis.why.NoDiagnosis;
import com.kpipulse.domain.analysis.why.ReferenceKind;
import com.kpipulse.domain.cycle.CycleCause;
import com.kpipulse.domain.cycle.CycleFigure;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.scorecard.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Analyze after monitor (seed 001): each deviation of a cycle gets its cause from the one analysis
 * ({@link AnalyzeDeviation}, the same the KPI's «Почему» block shows), measured from the plan where the target can be
 * shaped and from the period before where it cannot (a rate's target), in total or for the deviation's channel. The
 * period's anomalies are found once; those in a deviation's inputs that nobody acknowledged stay beside its cause as
 * possible DATA causes.
 * <p>
 * The figures of each deviation are read on the cycle's thread and in its transaction, one after the other; its
 * answer, which reads nothing and shares nothing ({@link PendingAnalysis}), is computed on another core meanwhile,
 * and the answers are taken in the deviations' order, so the result is the one a deviation-by-deviation pass gives.
 */
@ApplicationScoped
public class ExplainDeviations {

    /** The cycle analyses what an admin sees: every KPI and every channel. */
    static final Reader CYCLE = Reader.of("cycle", Set.of(Role.ADMIN.claim()));

    /** How the answers of a cycle's analyses are computed once their figures are read. */
    public enum Answering {
        /** On the machine's other cores while the cycle reads on (the common fork-join pool), and on its own. */
        IN_PARALLEL,
        /** One after the other on the cycle's thread: what the parallel answers are held to. */
        ONE_BY_ONE
    }

    private final AnalyzeDeviation analysis;
    private final FindAnomalies anomalies;
    private final CurrentKpiCatalog catalogs;
    private final ReadingRights rights;
    private final Answering answering;

    @Inject
    public ExplainDeviations(AnalyzeDeviation analysis, FindAnomalies anomalies, CurrentKpiCatalog catalogs,
                             ReadingRights rights) {
        this(analysis, anomalies, catalogs, rights, Answering.IN_PARALLEL);
    }

    public ExplainDeviations(AnalyzeDeviation analysis, FindAnomalies anomalies, CurrentKpiCatalog catalogs,
                             ReadingRights rights, Answering answering) {
        this.analysis = analysis;
        this.anomalies = anomalies;
        this.catalogs = catalogs;
        this.rights = rights;
        this.answering = answering;
    }

    /** The figures, each deviation with its cause; the store is read once for all of them. */
    public List<CycleFigure> explain(CyclePeriod period, List<CycleFigure> figures) {
        List<String> deviating = figures.stream().filter(CycleFigure::deviates).map(figure -> figure.kpi().value())
                .distinct().toList();
        if (deviating.isEmpty()) {
            return figures;
        }
        // only the deviating KPIs' inputs are asked about: the rest of the store is no cause of these deviations
        KpiCatalog catalog = catalogs.current();
        Set<String> inputs = new HashSet<>();
        deviating.forEach(code -> catalog.find(code)
                .ifPresent(kpi -> inputs.addAll(BrokenDeliveries.measuresOf(catalog, kpi))));
        List<FindAnomalies.Anomaly> found = anomalies.dataCauses(CYCLE, period.period(), inputs);
        AnalyzeDeviation.Batch batch = analysis.batch(CYCLE, period.period(), deviating, found);
        List<CycleFigure> asked = figures.stream().filter(CycleFigure::deviates).toList();
        // the plan first; where the plan cannot be split (a rate's target, no goal), the period before
        List<Optional<Diagnosis>> diagnoses = answered(asked.stream().map(figure ->
                (Supplier<Access<PendingAnalysis>>) () -> batch.prepare(figure.kpi().value(), ReferenceKind.PLAN,
                        channelsOf(figure))).toList());
        List<Integer> again = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            if (diagnoses.get(i).isEmpty()) {
                again.add(i);
            }
        }
        List<Optional<Diagnosis>> before = answered(again.stream().map(asked::get).map(figure ->
                (Supplier<Access<PendingAnalysis>>) () -> batch.prepare(figure.kpi().value(), ReferenceKind.PREVIOUS,
                        channelsOf(figure))).toList());
        List<Optional<Diagnosis>> all = new ArrayList<>(diagnoses);
        for (int k = 0; k < again.size(); k++) {
            all.set(again.get(k), before.get(k));
        }
        Map<CycleFigure, Optional<CycleCause>> causes = new IdentityHashMap<>();
        for (int i = 0; i < asked.size(); i++) {
            CycleFigure figure = asked.get(i);
            causes.put(figure, all.get(i).map(diagnosis -> cause(diagnosis, figure.kpi().value(), channelsOf(figure),
                    found)));
        }
        return figures.stream().map(figure -> figure.deviates() ? figure.withWhy(causes.get(figure)) : figure).toList();
    }

    private static Set<String> channelsOf(CycleFigure figure) {
        return figure.channel().map(Set::of).orElse(Set.of());
    }

    /**
     * The answers of analyses, in their order: each one's figures read here, on the cycle's thread, one after the
     * other; in parallel, each answer handed to the common fork-join pool as soon as its figures are read (so its
     * threads answer while this one reads the next), and whatever the pool has not started by the time this thread
     * has read them all it answers itself, in order.
     */
    private List<Optional<Diagnosis>> answered(List<Supplier<Access<PendingAnalysis>>> questions) {
        List<TakenOnce<Optional<Diagnosis>>> answers = new ArrayList<>();
        for (Supplier<Access<PendingAnalysis>> question : questions) {
            Access<PendingAnalysis> pending = question.get();
            Supplier<Optional<Diagnosis>> answer = () -> diagnosis(pending.map(PendingAnalysis::answer));
            if (answering == Answering.IN_PARALLEL) {
                answers.add(TakenOnce.offered(answer));
            } else {
                TakenOnce<Optional<Diagnosis>> now = TakenOnce.waiting(answer);
                now.computeUnlessTaken();
                answers.add(now);
            }
        }
        return answers.stream().map(TakenOnce::get).toList();
    }

    /**
     * Why the KPI deviates in the period (a week, month or quarter) for the reader, the way the cycle says it: for a
     * scorecard's row that is off track or at risk. Empty when it cannot be analysed there; unknown KPI, or one the
     * reader may not read, as every door answers it.
     */
    public Access<Optional<CycleCause>> causeOf(Reader reader, String code, Period period, Set<String> channels) {
        KpiCatalog catalog = catalogs.current();
        Optional<KpiDefinition> kpi = catalog.find(code);
        if (kpi.isEmpty()) {
            return Access.unknown();
        }
        if (!rights.mayReadKpi(reader, code)) {
            return Access.denied();
        }
        List<FindAnomalies.Anomaly> found = anomalies.dataCauses(reader, period,
                BrokenDeliveries.measuresOf(catalog, kpi.get()));
        return Access.granted(causeOf(against -> analysis.analyze(reader, code, period, against, channels, found),
                code, channels, found));
    }

    /** The plan first; where the plan cannot be split (a rate's target, no goal), the period before. */
    private Optional<CycleCause> causeOf(Function<ReferenceKind, Access<AnalyzedDeviation>> ask, String code,
                                         Set<String> channels, List<FindAnomalies.Anomaly> found) {
        Optional<Diagnosis> diagnosis = diagnosis(ask.apply(ReferenceKind.PLAN));
        if (diagnosis.isEmpty()) {
            diagnosis = diagnosis(ask.apply(ReferenceKind.PREVIOUS));
        }
        return diagnosis.map(answer -> cause(answer, code, channels, found));
    }

    /** The diagnosis as the cycle keeps it, with the unacknowledged anomalies in the KPI's inputs beside it. */
    private CycleCause cause(Diagnosis answer, String code, Set<String> channels, List<FindAnomalies.Anomaly> found) {
        KpiCatalog catalog = catalogs.current();
        List<String> suspicious = catalog.find(code)
                .map(kpi -> new BrokenDeliveries(found, catalog, kpi).possibleCausesIn(channels).stream()
                        .map(anomaly -> anomaly.id().toString()).toList())
                .orElse(List.of());
        List<Cause> others = answer.findings().stream().map(CauseFinding::cause)
                .filter(cause -> cause != answer.cause()).distinct().toList();
        return new CycleCause(answer.against(), answer.cause(), others, answer.explainedBy(),
                answer.mainDriver().map(DriverContribution::code), answer.evidence(), suspicious);
    }

    private static Optional<Diagnosis> diagnosis(Access<AnalyzedDeviation> access) {
        if (access instanceof Access.Granted<AnalyzedDeviation> granted) {
            return switch (granted.value().answer()) {
                case Diagnosis diagnosis -> Optional.of(diagnosis);
                case NoDiagnosis none -> Optional.empty();
            };
        }
        return Optional.empty();
    }
}
