package com.kpipulse.application.analysis;

import com.kpipulse.application.evaluation.DataCoverage;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.access.ReadingRights;
import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.channel.ChannelCatalogs;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.measure.SourceSystems;
import com.kpipulse.application.measure.DailyTotal;
import com.kpipulse.application.measure.StoredObservations;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.analysis.anomaly.AnomalyDetector;
import com.kpipulse.domain.analysis.anomaly.AnomalyRules;
import com.kpipulse.domain.analysis.anomaly.DailySeries;
import com.kpipulse.domain.analysis.anomaly.Finding;
import com.kpipulse.domain.analysis.anomaly.SeriesKey;
import com.kpipulse.domain.analysis.anomaly.SeriesNames;
import com.kpipulse.domain.analysis.anomaly.SeriesVerdict;
import com.kpipulse.domain.channel.Channel;
import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.domain.measure.MeasureCatalog;
import com.kpipulse.domain.measure.MeasureDefinition;
import com.kpipulse.domain.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The check of incoming data ({@link AnomalyDetector}) run on the store: per base measure, source system and channel
 * (before the source priority of ADR 6 picks one, so a broken export shows in its own numbers), the daily values of
 * the days asked and of the eight weeks before them, summed over campaigns and sources. The reader gets the measures
 * they may read ({@link ReadingRights}); each anomaly carries its evidence in both languages, its stable
 * {@link AnomalyId} and, once somebody acknowledged it, who, when and why (audited).
 */
@ApplicationScoped
public class FindAnomalies {

    /** The longest span judged at once: a quarter. */
    public static final int MOST_DAYS = 92;

    /**
     * One unusual day of one series.
     *
     * @param currency     the currency of a money measure's values, as stored
     * @param sourceSilent the source delivered none of the measures judged with it, in any channel, that day: an export
     *                     or a counter that stopped, rather than one channel's quiet day
     */
    public record Anomaly(AnomalyId id, Finding finding, SeriesNames names, Optional<Currency> currency,
                          Optional<Acknowledgement> acknowledgement, boolean sourceSilent) {

        public Anomaly {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(finding, "finding");
            Objects.requireNonNull(names, "names");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(acknowledgement, "acknowledgement");
        }

        public AnomalyKind kind() {
            return id.kind();
        }
    }

    /**
     * What the check found in a span.
     *
     * @param from        the first day judged
     * @param to          the last day judged: at most the last whole day (yesterday), whose figures are in
     * @param anomalies   newest day first
     * @param notJudged   series that could not be judged on any day, each saying why
     * @param seriesDays  series-days judged
     */
    public record Anomalies(LocalDate from, LocalDate to, List<Anomaly> anomalies, List<SeriesVerdict.NotJudged> notJudged,
                            long seriesDays) {

        public Anomalies {
            anomalies = List.copyOf(anomalies);
            notJudged = List.copyOf(notJudged);
        }
    }

    /** How acknowledging an anomaly ended. */
    public sealed interface Outcome {
        record Acknowledged(Acknowledgement acknowledgement) implements Outcome {
        }

        /** No such anomaly: the id is no id, or the data show nothing unusual there (any more). */
        record NotFound() implements Outcome {
        }

        /** The note cannot be kept: why in both languages. */
        record Rejected(String field, LocalizedText reason) implements Outcome {
        }

        /** The reader may not read the measure. */
        record Denied() implements Outcome {
        }
    }

    private final StoredObservations stored;
    private final AnomalyAcknowledgements acknowledgements;
    private final ReadingRights rights;
    private final CurrentKpiCatalog catalogs;
    private final ChannelCatalogs channels;
    private final AuditTrail audit;
    private final Clock clock;
    private final AnomalyDetector detector = new AnomalyDetector(AnomalyRules.standard());

    @Inject
    public FindAnomalies(StoredObservations stored, AnomalyAcknowledgements acknowledgements, ReadingRights rights,
                         CurrentKpiCatalog catalogs, ChannelCatalogs channels, AuditTrail audit, Clock clock) {
        this.stored = stored;
        this.acknowledgements = acknowledgements;
        this.rights = rights;
        this.catalogs = catalogs;
        this.channels = channels;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The anomalies of {@code from..to} in the measures the reader may read. Days after the last whole day (yesterday)
     * are not judged: their figures are not in yet, and a day half delivered is no anomaly.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from} or the span is longer than
     *                                  {@value #MOST_DAYS} days (the doors check both first)
     */
    public Anomalies in(Reader reader, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MOST_DAYS) {
            throw new IllegalArgumentException("A span of 1 to " + MOST_DAYS + " days, got " + from + ".." + to);
        }
        LocalDate last = DataCoverage.lastCompleteDay(clock);
        LocalDate end = to.isAfter(last) ? last : to;
        Set<String> measures = rights.readableMeasures(reader);
        if (end.isBefore(from) || measures.isEmpty()) {
            return new Anomalies(from, end, List.of(), List.of(), 0);
        }
        return judge(measures, Optional.empty(), from, end);
    }

    /**
     * For the cycle's review of a period: the period's anomalies in the measures the reader may read, as causes that
     * lie in the data (a broken export, a missing day) rather than in the business, each with its evidence and whether
     * somebody already acknowledged it. A period longer than {@value #MOST_DAYS} days is judged in its last
     * {@value #MOST_DAYS} days.
     */
    public List<Anomaly> dataCauses(Reader reader, Period period) {
        return dataCauses(reader, period, rights.readableMeasures(reader));
    }

    /** As {@link #dataCauses(Reader, Period)}, in the given measures only (those of one KPI). */
    public List<Anomaly> dataCauses(Reader reader, Period period, Set<String> measures) {
        LocalDate to = period.lastDay();
        LocalDate earliest = to.minusDays(MOST_DAYS - 1);
        LocalDate from = period.start().isBefore(earliest) ? earliest : period.start();
        LocalDate last = DataCoverage.lastCompleteDay(clock);
        LocalDate end = to.isAfter(last) ? last : to;
        Set<String> readable = new HashSet<>(rights.readableMeasures(reader));
        readable.retainAll(measures);
        if (end.isBefore(from) || readable.isEmpty()) {
            return List.of();
        }
        return judge(readable, Optional.empty(), from, end).anomalies();
    }

    /**
     * Acknowledges an anomaly the data still show, replacing an earlier acknowledgement of it; audited.
     *
     * @param note optional: why it needs no more attention
     */
    @Transactional
    public Outcome acknowledge(Reader reader, String id, String note) {
        Optional<AnomalyId> anomaly = AnomalyId.parse(id);
        if (anomaly.isEmpty()) {
            return new Outcome.NotFound();
        }
        String text = note == null ? "" : note.strip();
        if (!text.isEmpty()) {
            Optional<InputProblem> unreadable = TextInput.check(note, Acknowledgement.MAX_NOTE, TextInput.Lines.MANY);
            if (unreadable.isPresent()) {
                return new Outcome.Rejected("note", LocalizedText.of(unreadable.get().russian(), unreadable.get().english()));
            }
        }
        SeriesKey series = anomaly.get().series();
        if (catalogs.current().measures().find(series.measure().value()).isEmpty()) {
            return new Outcome.NotFound();
        }
        if (!rights.mayReadMeasure(reader, series.measure().value())) {
            return new Outcome.Denied();
        }
        LocalDate day = anomaly.get().day();
        if (day.isAfter(DataCoverage.lastCompleteDay(clock))) {
            return new Outcome.NotFound();
        }
        boolean found = judge(Set.of(series.measure().value()), Optional.of(series), day, day).anomalies().stream()
                .anyMatch(seen -> seen.id().equals(anomaly.get()));
        if (!found) {
            return new Outcome.NotFound();
        }
        Acknowledgement acknowledgement = new Acknowledgement(anomaly.get(), reader.name(), clock.instant(), text);
        Optional<Acknowledgement> before = acknowledgements.acknowledge(acknowledgement);
        audit.record(reader.name(), "anomaly", anomaly.get().toString(), "acknowledge",
                before.map(FindAnomalies::describe).orElse(null), describe(acknowledgement));
        return new Outcome.Acknowledged(acknowledgement);
    }

    private Anomalies judge(Set<String> measures, Optional<SeriesKey> only, LocalDate from, LocalDate to) {
        MeasureCatalog catalog = catalogs.current().measures();
        LocalDate windowStart = from.minusWeeks(AnomalyRules.standard().windowWeeks());
        Map<SeriesKey, TreeMap<LocalDate, BigDecimal>> values = new LinkedHashMap<>();
        Map<SeriesKey, Currency> currencies = new HashMap<>();
        Map<String, Set<LocalDate>> deliveredDays = new HashMap<>();
        Set<String> channelFilter = only.map(key -> key.channel().isEmpty() ? Set.<String>of() : Set.of(key.channel()))
                .orElse(Set.of());
        stored.forEachDailyTotal(measures, windowStart, to, channelFilter, (DailyTotal value) -> {
            if (catalog.find(value.measure()).isEmpty()) {
                return;
            }
            SeriesKey key = SeriesKey.of(value.measure(), value.sourceSystem(), value.channel());
            if (only.isPresent() && !only.get().equals(key)) {
                return;
            }
            values.computeIfAbsent(key, k -> new TreeMap<>()).merge(value.day(), value.value(), BigDecimal::add);
            deliveredDays.computeIfAbsent(value.sourceSystem(), k -> new HashSet<>()).add(value.day());
            if (value.currency() != null && !value.currency().isBlank()) {
                currencies.putIfAbsent(key, Currency.getInstance(value.currency()));
            }
        });
        ChannelCatalog channelCatalog = channels.current();
        Map<SeriesKey, DailySeries> series = new LinkedHashMap<>();
        values.forEach((key, days) -> {
            MeasureDefinition measure = catalog.get(key.measure());
            Optional<LocalizedText> channel = key.channel().isEmpty() ? Optional.empty()
                    : Optional.of(channelCatalog.find(key.channel()).map(Channel::name)
                    .orElse(LocalizedText.of(key.channel(), key.channel())));
            series.put(key, new DailySeries(key, SeriesNames.of(SourceSystems.name(key.source()), measure, channel),
                    measure.unit(), measure.isMoney() ? Optional.ofNullable(currencies.get(key)) : Optional.empty(), days));
        });
        Map<AnomalyId, Acknowledgement> acknowledged = acknowledgements.between(from, to).stream()
                .collect(Collectors.toMap(Acknowledgement::anomaly, Function.identity(), (first, second) -> second));
        List<Anomaly> anomalies = new ArrayList<>();
        List<SeriesVerdict.NotJudged> notJudged = new ArrayList<>();
        long seriesDays = 0;
        for (SeriesVerdict verdict : detector.judge(List.copyOf(series.values()), from, to)) {
            DailySeries judged = series.get(verdict.series());
            switch (verdict) {
                case SeriesVerdict.Judged done -> {
                    seriesDays += done.daysJudged();
                    for (Finding finding : done.findings()) {
                        AnomalyId id = AnomalyId.of(finding);
                        anomalies.add(new Anomaly(id, finding, judged.names(), judged.currency(),
                                Optional.ofNullable(acknowledged.get(id)),
                                !deliveredDays.getOrDefault(finding.series().source(), Set.of()).contains(finding.day())));
                    }
                }
                case SeriesVerdict.NotJudged not -> notJudged.add(not);
            }
        }
        anomalies.sort(Comparator.comparing((Anomaly anomaly) -> anomaly.finding().day()).reversed()
                .thenComparing(anomaly -> anomaly.id().toString()));
        return new Anomalies(from, to, anomalies, notJudged, seriesDays);
    }

    private static String describe(Acknowledgement acknowledgement) {
        return "acknowledged by " + acknowledgement.by() + " at " + acknowledgement.at()
                + (acknowledgement.note().isEmpty() ? "" : ": " + acknowledgement.note());
    }
}
