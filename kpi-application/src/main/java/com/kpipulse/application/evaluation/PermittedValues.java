package com.kpipulse.application.evaluation;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.access.ReadingRights;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.measure.StoredObservation;
import com.kpipulse.application.measure.StoredObservations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The reads a person asks for by code (the values API, exports): a KPI's or a base measure's series, each period as
 * far as the data cover it ({@link DataCoverage}: a provisional one to date), and the stored values themselves, each
 * only when {@link ReadingRights} lets the reader see it. Doors never read values around it.
 */
@ApplicationScoped
public class PermittedValues {

    private final ReadValues values;
    private final StoredObservations stored;
    private final ReadingRights rights;
    private final CurrentKpiCatalog catalogs;
    private final DataCoverage coverage;

    @Inject
    public PermittedValues(ReadValues values, StoredObservations stored, ReadingRights rights, CurrentKpiCatalog catalogs,
                           DataCoverage coverage) {
        this.values = values;
        this.stored = stored;
        this.rights = rights;
        this.catalogs = catalogs;
        this.coverage = coverage;
    }

    public Access<ValueSeries> kpi(Reader reader, String code, LocalDate from, LocalDate to,
                                   com.kpipulse.domain.period.Grain grain, Set<String> channels) {
        if (catalogs.current().find(code).isEmpty()) {
            return Access.unknown();
        }
        if (!rights.mayReadKpi(reader, code)) {
            return Access.denied();
        }
        return granted(values.kpi(code, from, to, grain, channels, coverage.now()));
    }

    public Access<ValueSeries> measure(Reader reader, String code, LocalDate from, LocalDate to,
                                       com.kpipulse.domain.period.Grain grain, Set<String> channels) {
        if (catalogs.current().measures().find(code).isEmpty()) {
            return Access.unknown();
        }
        if (!rights.mayReadMeasure(reader, code)) {
            return Access.denied();
        }
        return granted(values.measure(code, from, to, grain, channels, coverage.now()));
    }

    /** Stored values ready to be streamed, limited to what the reader was allowed. */
    @FunctionalInterface
    public interface Export {
        void forEach(Consumer<StoredObservation> action);
    }

    /**
     * The stored values of the named measures (all the reader may read when none are named), to be streamed later;
     * unknown when one of the named measures does not exist, denied when one is not the reader's to see.
     */
    public Access<Export> export(Reader reader, Set<String> measures, LocalDate from, LocalDate to,
                                 Set<String> channels) {
        if (measures.stream().anyMatch(code -> catalogs.current().measures().find(code).isEmpty())) {
            return Access.unknown();
        }
        boolean everything = ReadingRights.seesEverything(reader);
        Set<String> readable = everything ? Set.of() : rights.readableMeasures(reader);
        if (!everything && !readable.containsAll(measures)) {
            return Access.denied();
        }
        Set<String> wanted = Set.copyOf(measures.isEmpty() && !everything ? readable : measures);
        if (wanted.isEmpty() && !everything) {
            return Access.granted(action -> { });
        }
        return Access.granted(action -> stored.forEach(wanted, from, to, channels, action));
    }

    private static Access<ValueSeries> granted(Optional<ValueSeries> series) {
        return series.<Access<ValueSeries>>map(Access::granted).orElseGet(Access::unknown);
    }
}
