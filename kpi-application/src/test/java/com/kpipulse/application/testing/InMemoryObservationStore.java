package com.kpipulse.application.testing;

import com.kpipulse.application.importing.ImportBatches;
import com.kpipulse.application.importing.ImportReport;
import com.kpipulse.application.measure.DailyTotal;
import com.kpipulse.application.measure.Contradiction;
import com.kpipulse.application.measure.DirectLoad;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.application.measure.Observations;
import com.kpipulse.application.measure.Replacement;
import com.kpipulse.application.measure.DataFreshness;
import com.kpipulse.application.measure.SourceFreshness;
import com.kpipulse.domain.measure.Delivery;
import com.kpipulse.application.measure.SourceSummary;
import com.kpipulse.application.measure.StagedObservations;
import com.kpipulse.application.measure.StoredObservation;
import com.kpipulse.application.measure.StoredObservations;
import com.kpipulse.application.measure.ValuesByHand;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.application.measure.Written;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
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
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The observation store in memory, one value per natural key as the PostgreSQL store keeps it, behind the same ports
 * (each a view of the one store): {@link #observations()} writes, {@link #valuesThatCount()} reads what KPIs are
 * computed from, {@link #stored()} the values as they are, {@link #valuesByHand()} the values typed in. The port
 * contracts in kpi-adapters hold it to what the PostgreSQL adapters do.
 */
public final class InMemoryObservationStore {

    /** The source system of values a test puts in with {@link #holds(Observation)}. */
    public static final String TEST_SYSTEM = "test";

    /** Which system counts per measure, as V2 seeds {@code measure_source_priority}; others come after, by name. */
    private static final Map<String, Map<String, Integer>> PRIORITIES = Map.of(
            "visits", Map.of("yandex_metrica", 1, "ga4", 2),
            "unique_visitors", Map.of("yandex_metrica", 1, "ga4", 2),
            "revenue", Map.of("manual", 0, "amocrm", 1, "bitrix24", 1, "hubspot", 1, "yandex_metrica", 2, "ga4", 3),
            "orders", Map.of("amocrm", 1, "bitrix24", 1, "hubspot", 1, "yandex_metrica", 2, "ga4", 3));
    private static final int UNLISTED = 1000;
    /** The store keeps six decimals ({@code numeric(24, 6)}). */
    private static final int SCALE = 6;

    private final Map<Key, Kept> kept = new LinkedHashMap<>();
    private final ImportBatches batches;
    private Instant lastWrite = Instant.EPOCH;
    private int loadsKept;
    private int commits;

    /** A store whose values name no recorded import (as values typed in). */
    public InMemoryObservationStore() {
        this(InMemory.importBatches());
    }

    /** A store that names the files, importers and times of the imports recorded here, as the batch table does. */
    public InMemoryObservationStore(ImportBatches batches) {
        this.batches = batches;
    }

    /** The natural key of a stored value; dimensions are {@code ""} when there are none. */
    private record Key(String sourceSystem, String measure, Grain grain, LocalDate periodStart, String channel,
                       String campaign, String source) {

        static Key of(String sourceSystem, ObservationRow row) {
            return new Key(sourceSystem, row.measure(), row.grain(), row.periodStart(), orEmpty(row.channel()),
                    orEmpty(row.campaign()), orEmpty(row.source()));
        }

        /** What the rule of ADR 6 chooses among: a measure's period in a channel. */
        List<Object> counted() {
            return List.of(measure, grain, periodStart, channel);
        }
    }

    private record Kept(Key key, BigDecimal value, String currency, UUID batch, String recordedBy,
                        Instant recordedAt) {
    }

    /** A value of {@link #TEST_SYSTEM}, with the observation's channel and campaign, as if it had been imported. */
    public synchronized InMemoryObservationStore holds(Observation observation) {
        Grain grain = observation.period().grain()
                .orElseThrow(() -> new IllegalArgumentException("the store keeps days, weeks and months only"));
        Map<String, String> dimensions = observation.dimensions();
        ObservationRow row = new ObservationRow(0, observation.measure().value(), observation.period().start(), grain,
                dimensions.get("channel"), dimensions.get("campaign"), null, observation.value(),
                observation.currency().map(Currency::getCurrencyCode).orElse(null));
        keep(Key.of(TEST_SYSTEM, row), row, null, "test", now());
        return this;
    }

    /** What the store holds, in the order it was first written: for a test's assertions. */
    public synchronized List<StoredObservation> values() {
        return kept.values().stream().map(InMemoryObservationStore::asStored).toList();
    }

    /** How many direct loads were kept. */
    public synchronized int loadsKept() {
        return loadsKept;
    }

    /** How many staging areas were committed, whether they changed anything or not. */
    public synchronized int commits() {
        return commits;
    }

    public Observations observations() {
        return new Observations() {
            public StagedObservations stage(UUID batch, String sourceSystem, String recordedBy) {
                return new Staging(batch, sourceSystem, recordedBy);
            }

            public DirectLoad loadDirectly(UUID batch, String sourceSystem, String recordedBy) {
                return new Load(batch, sourceSystem, recordedBy);
            }
        };
    }

    public ValuesThatCount valuesThatCount() {
        return new ValuesThatCount() {
            public ObservationSet perChannel(Set<MeasureCode> measures, Period span, Set<String> channels) {
                return summed(counting(measures, span, key -> channels.isEmpty() || channels.contains(key.channel())),
                        key -> key.channel().isEmpty() ? Map.of() : Map.of("channel", key.channel()));
            }

            public ObservationSet perCampaign(Set<MeasureCode> measures, Period span, Set<String> channels) {
                return summed(counting(measures, span, key -> !key.channel().isEmpty()
                                && (channels.isEmpty() || channels.contains(key.channel()))),
                        key -> Map.of("channel", key.channel(), "campaign", key.campaign()));
            }
        };
    }

    public StoredObservations stored() {
        return new StoredObservations() {
            public boolean isEmpty() {
                synchronized (InMemoryObservationStore.this) {
                    return kept.isEmpty();
                }
            }

            public Optional<BigDecimal> valueOf(String sourceSystem, ObservationRow row) {
                synchronized (InMemoryObservationStore.this) {
                    return Optional.ofNullable(kept.get(Key.of(sourceSystem, row))).map(Kept::value);
                }
            }

            public void forEach(Set<String> measures, LocalDate from, LocalDate to, Set<String> channels,
                                Consumer<StoredObservation> action) {
                List<StoredObservation> listed;
                synchronized (InMemoryObservationStore.this) {
                    listed = kept.values().stream()
                            .filter(value -> measures.isEmpty() || measures.contains(value.key().measure()))
                            .filter(value -> !value.key().periodStart().isBefore(from)
                                    && !value.key().periodStart().isAfter(to))
                            .filter(value -> channels.isEmpty() || channels.contains(value.key().channel()))
                            .map(InMemoryObservationStore::asStored)
                            .sorted(Comparator.comparing(StoredObservation::measure)
                                    .thenComparing(StoredObservation::grain)
                                    .thenComparing(StoredObservation::periodStart)
                                    .thenComparing(StoredObservation::channel)
                                    .thenComparing(StoredObservation::campaign)
                                    .thenComparing(StoredObservation::source)
                                    .thenComparing(StoredObservation::sourceSystem))
                            .toList();
                }
                listed.forEach(action);
            }

            public void forEachDailyTotal(Set<String> measures, LocalDate from, LocalDate to, Set<String> channels,
                                          Consumer<DailyTotal> action) {
                record Slice(String sourceSystem, String measure, String channel, LocalDate day, String currency) {
                }
                Map<Slice, BigDecimal> totals = new LinkedHashMap<>();
                synchronized (InMemoryObservationStore.this) {
                    for (Kept value : kept.values()) {
                        Key key = value.key();
                        if (key.grain() == Grain.DAY && (measures.isEmpty() || measures.contains(key.measure()))
                                && !key.periodStart().isBefore(from) && !key.periodStart().isAfter(to)
                                && (channels.isEmpty() || channels.contains(key.channel()))) {
                            totals.merge(new Slice(key.sourceSystem(), key.measure(), key.channel(), key.periodStart(),
                                    value.currency()), value.value(), BigDecimal::add);
                        }
                    }
                }
                totals.forEach((slice, total) -> action.accept(new DailyTotal(slice.sourceSystem(), slice.measure(),
                        slice.channel(), slice.day(), total.stripTrailingZeros(), slice.currency())));
            }

            public List<SourceSummary> sourcesOf(Set<String> measures, Period span, Set<String> channels) {
                record Line(String measure, String sourceSystem, String file, String importedBy, Instant batchAt) {
                }
                Map<Line, List<Kept>> lines = new LinkedHashMap<>();
                synchronized (InMemoryObservationStore.this) {
                    for (Kept value : kept.values()) {
                        Key key = value.key();
                        if (measures.contains(key.measure()) && starts(key, span)
                                && (channels.isEmpty() || channels.contains(key.channel()))) {
                            Optional<ImportReport> batch = Optional.ofNullable(value.batch()).flatMap(batches::find);
                            lines.computeIfAbsent(new Line(key.measure(), key.sourceSystem(),
                                    batch.map(ImportReport::fileName).orElse(null),
                                    batch.map(ImportReport::importedBy).orElse(value.recordedBy()),
                                    batch.map(ImportReport::at).orElse(null)), line -> new ArrayList<>()).add(value);
                        }
                    }
                }
                return lines.entrySet().stream().map(line -> new SourceSummary(line.getKey().measure(),
                                line.getKey().sourceSystem(), line.getValue().size(), line.getKey().file(),
                                line.getKey().importedBy(), Optional.ofNullable(line.getKey().batchAt())
                                .orElseGet(() -> line.getValue().stream().map(Kept::recordedAt)
                                        .max(Comparator.naturalOrder()).orElseThrow())))
                        .sorted(Comparator.comparing(SourceSummary::measure)
                                .thenComparing(SourceSummary::sourceSystem)
                                .thenComparing(SourceSummary::importedAt, Comparator.reverseOrder()))
                        .toList();
            }
        };
    }

    /** How far each source system reaches, from what is kept: the end of its latest day, week or month. */
    public DataFreshness freshness() {
        return new DataFreshness() {
            @Override
            public List<SourceFreshness> lastDaysOf(Set<MeasureCode> measures) {
                Map<String, LocalDate> lastDays = new TreeMap<>();
                deliveries().stream().filter(delivery -> measures.contains(delivery.measure()))
                        .forEach(delivery -> lastDays.merge(delivery.sourceSystem(), delivery.lastDay(),
                                (one, other) -> one.isAfter(other) ? one : other));
                return lastDays.entrySet().stream().map(last -> new SourceFreshness(last.getKey(), last.getValue()))
                        .toList();
            }

            @Override
            public List<Delivery> deliveries() {
                Map<List<String>, LocalDate> lastDays = new HashMap<>();
                synchronized (InMemoryObservationStore.this) {
                    kept.keySet().forEach(key -> lastDays.merge(List.of(key.sourceSystem(), key.measure()),
                            Period.of(key.grain(), key.periodStart()).lastDay(),
                            (one, other) -> one.isAfter(other) ? one : other));
                }
                return lastDays.entrySet().stream().map(last -> new Delivery(last.getKey().get(0),
                        new MeasureCode(last.getKey().get(1)), last.getValue())).toList();
            }
        };
    }

    public ValuesByHand valuesByHand() {
        return new ValuesByHand() {
            public List<Stored> newestFirst(String sourceSystem, int offset, int limit) {
                return byHand(sourceSystem).sorted(Comparator.comparing(Kept::recordedAt, Comparator.reverseOrder())
                                .thenComparing(value -> value.key().periodStart(), Comparator.reverseOrder())
                                .thenComparing(value -> value.key().measure())
                                .thenComparing(value -> value.key().channel()))
                        .skip(offset).limit(limit).map(InMemoryObservationStore::asByHand).toList();
            }

            public long count(String sourceSystem) {
                return byHand(sourceSystem).count();
            }

            public Optional<Stored> find(String sourceSystem, Key key) {
                synchronized (InMemoryObservationStore.this) {
                    return Optional.ofNullable(kept.get(byHandKey(sourceSystem, key)))
                            .map(InMemoryObservationStore::asByHand);
                }
            }

            public boolean delete(String sourceSystem, Key key) {
                synchronized (InMemoryObservationStore.this) {
                    return kept.remove(byHandKey(sourceSystem, key)) != null;
                }
            }

            /** The values of the system without campaign and source, copied out of the store. */
            private Stream<Kept> byHand(String sourceSystem) {
                synchronized (InMemoryObservationStore.this) {
                    return kept.values().stream().filter(value -> value.key().sourceSystem().equals(sourceSystem)
                            && value.key().campaign().isEmpty() && value.key().source().isEmpty()).toList().stream();
                }
            }
        };
    }

    /**
     * A direct load: kept when the file names each key once; new keys are added, stored ones given another value
     * replaced, identical ones left as they were.
     */
    private final class Load implements DirectLoad {
        private final UUID batch;
        private final String sourceSystem;
        private final String recordedBy;
        private final List<ObservationRow> rows = new ArrayList<>();

        Load(UUID batch, String sourceSystem, String recordedBy) {
            this.batch = batch;
            this.sourceSystem = sourceSystem;
            this.recordedBy = recordedBy;
        }

        public void add(ObservationRow row) {
            rows.add(row);
        }

        public Optional<Written> finish() {
            synchronized (InMemoryObservationStore.this) {
                Set<Key> keys = new HashSet<>();
                if (!rows.stream().allMatch(row -> keys.add(Key.of(sourceSystem, row)))) {
                    return Optional.empty();
                }
                Instant at = now();
                long added = 0;
                long replaced = 0;
                long unchanged = 0;
                for (ObservationRow row : rows) {
                    Key key = Key.of(sourceSystem, row);
                    Kept before = kept.get(key);
                    BigDecimal value = row.value().setScale(SCALE, RoundingMode.HALF_UP);
                    if (before == null) {
                        added++;
                    } else if (before.value().compareTo(value) == 0
                            && Objects.equals(before.currency(), row.currency())) {
                        unchanged++;
                        continue;
                    } else {
                        replaced++;
                    }
                    keep(key, row, batch, recordedBy, at);
                }
                loadsKept++;
                return Optional.of(new Written(added, replaced, unchanged));
            }
        }

        public void close() {
            rows.clear();
        }
    }

    /** A staging area: rows by natural key, contradictions, what a commit would replace, the commit. */
    private final class Staging implements StagedObservations {
        private final UUID batch;
        private final String sourceSystem;
        private final String recordedBy;
        private final List<ObservationRow> rows = new ArrayList<>();

        Staging(UUID batch, String sourceSystem, String recordedBy) {
            this.batch = batch;
            this.sourceSystem = sourceSystem;
            this.recordedBy = recordedBy;
        }

        /** Per key: its lines, lowest and highest value and currency (nulls left out, as SQL's min and max do). */
        private record Collapsed(Key key, long firstLine, long lastLine, BigDecimal lowest, BigDecimal highest,
                                 String currency, String otherCurrency) {

            Collapsed with(ObservationRow row) {
                return new Collapsed(key, Math.min(firstLine, row.line()), Math.max(lastLine, row.line()),
                        lowest.min(row.value()), highest.max(row.value()), least(currency, row.currency()),
                        greatest(otherCurrency, row.currency()));
            }

            boolean contradicts() {
                return lowest.compareTo(highest) != 0 || !Objects.equals(currency, otherCurrency);
            }
        }

        public void add(ObservationRow row) {
            rows.add(row);
        }

        private Map<Key, Collapsed> collapsed() {
            Map<Key, Collapsed> byKey = new LinkedHashMap<>();
            for (ObservationRow row : rows) {
                Key key = Key.of(sourceSystem, row);
                byKey.merge(key, new Collapsed(key, row.line(), row.line(), row.value(), row.value(), row.currency(),
                        row.currency()), (before, added) -> before.with(row));
            }
            return byKey;
        }

        public List<Contradiction> contradictions(int limit) {
            return collapsed().values().stream().filter(Collapsed::contradicts)
                    .sorted(Comparator.comparingLong(Collapsed::firstLine)).limit(limit)
                    .map(one -> new Contradiction(one.firstLine(), one.lastLine(), one.key().measure(),
                            one.key().periodStart(), one.key().grain(), one.key().channel(), one.key().campaign(),
                            one.key().source(), one.lowest(), one.highest()))
                    .toList();
        }

        public Optional<Replacement> replacement() {
            synchronized (InMemoryObservationStore.this) {
                List<LocalDate> changed = collapsed().values().stream()
                        .filter(one -> kept.containsKey(one.key()) && changes(one))
                        .map(one -> one.key().periodStart()).sorted().toList();
                return changed.isEmpty() ? Optional.empty()
                        : Optional.of(new Replacement(changed.size(), changed.getFirst(), changed.getLast()));
            }
        }

        public Written commit() {
            synchronized (InMemoryObservationStore.this) {
                commits++;
                Instant at = now();
                long added = 0;
                long replaced = 0;
                long unchanged = 0;
                for (Collapsed one : collapsed().values()) {
                    if (!changes(one)) {
                        unchanged++;
                        continue;
                    }
                    if (kept.containsKey(one.key())) {
                        replaced++;
                    } else {
                        added++;
                    }
                    keep(one.key(), one.lowest(), one.currency(), batch, recordedBy, at);
                }
                return new Written(added, replaced, unchanged);
            }
        }

        private boolean changes(Collapsed one) {
            Kept before = kept.get(one.key());
            return before == null || before.value().compareTo(one.lowest()) != 0
                    || !Objects.equals(before.currency(), one.currency());
        }

        public void close() {
            rows.clear();
        }
    }

    /**
     * The rows of the measures whose periods start in the span, of the system that counts for each measure, period
     * and channel (ADR 6): the best priority, then the first name.
     */
    private synchronized List<Kept> counting(Set<MeasureCode> measures, Period span,
                                             Predicate<Key> dimensions) {
        Set<String> codes = measures.stream().map(MeasureCode::value).collect(Collectors.toSet());
        List<Kept> asked = kept.values().stream().filter(value -> codes.contains(value.key().measure())
                && starts(value.key(), span) && dimensions.test(value.key())).toList();
        Map<List<Object>, String> counts = new HashMap<>();
        for (Kept value : asked) {
            Key key = value.key();
            counts.merge(key.counted(), key.sourceSystem(), (one, other) -> better(key.measure(), one, other));
        }
        return asked.stream().filter(value -> value.key().sourceSystem().equals(counts.get(value.key().counted())))
                .toList();
    }

    private static String better(String measure, String one, String other) {
        Map<String, Integer> priorities = PRIORITIES.getOrDefault(measure, Map.of());
        Comparator<String> order = Comparator.<String>comparingInt(system -> priorities.getOrDefault(system, UNLISTED))
                .thenComparing(Comparator.naturalOrder());
        return order.compare(one, other) <= 0 ? one : other;
    }

    /** Summed per measure, period, the dimensions given and currency. */
    private static ObservationSet summed(List<Kept> values, Function<Key, Map<String, String>> dimensions) {
        record Sum(String measure, Grain grain, LocalDate periodStart, Map<String, String> dimensions,
                   String currency) {
        }
        Map<Sum, BigDecimal> sums = new LinkedHashMap<>();
        for (Kept value : values) {
            Key key = value.key();
            sums.merge(new Sum(key.measure(), key.grain(), key.periodStart(), dimensions.apply(key), value.currency()),
                    value.value(), BigDecimal::add);
        }
        return ObservationSet.of(sums.entrySet().stream().map(sum -> new Observation(
                new MeasureCode(sum.getKey().measure()), Period.of(sum.getKey().grain(), sum.getKey().periodStart()),
                sum.getKey().dimensions(), sum.getValue(),
                Optional.ofNullable(sum.getKey().currency()).map(Currency::getInstance))).toList());
    }

    private void keep(Key key, ObservationRow row, UUID batch, String recordedBy, Instant at) {
        keep(key, row.value(), row.currency(), batch, recordedBy, at);
    }

    private void keep(Key key, BigDecimal value, String currency, UUID batch, String recordedBy, Instant at) {
        BigDecimal rounded = value.scale() > SCALE ? value.setScale(SCALE, RoundingMode.HALF_UP) : value;
        kept.put(key, new Kept(key, rounded, currency, batch, recordedBy, at));
    }

    private static boolean starts(Key key, Period span) {
        return !key.periodStart().isBefore(span.start()) && key.periodStart().isBefore(span.endExclusive());
    }

    private static StoredObservation asStored(Kept value) {
        Key key = value.key();
        return new StoredObservation(key.sourceSystem(), key.measure(), key.grain().name(), key.periodStart(),
                key.channel(), key.campaign(), key.source(), value.value().stripTrailingZeros(), value.currency());
    }

    private static ValuesByHand.Stored asByHand(Kept value) {
        Key key = value.key();
        return new ValuesByHand.Stored(new ValuesByHand.Key(key.measure(), key.periodStart(), key.grain(),
                key.channel()), value.value().stripTrailingZeros(), value.currency(), value.recordedAt(),
                value.recordedBy());
    }

    private static Key byHandKey(String sourceSystem, ValuesByHand.Key key) {
        return new Key(sourceSystem, key.measure(), key.grain(), key.periodStart(), orEmpty(key.channel()), "", "");
    }

    /** Now, to the microsecond as PostgreSQL keeps a time, and after every earlier write of this store. */
    private synchronized Instant now() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        lastWrite = now.isAfter(lastWrite) ? now : lastWrite.plus(1, ChronoUnit.MICROS);
        return lastWrite;
    }

    private static String least(String one, String other) {
        return one == null ? other : other == null ? one : one.compareTo(other) <= 0 ? one : other;
    }

    private static String greatest(String one, String other) {
        return one == null ? other : other == null ? one : one.compareTo(other) >= 0 ? one : other;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
