package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.importing.RowSink;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.domain.input.DecimalInput;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the values a preset reads into observations for one file. Rows that differ only in a breakdown we do not keep
 * (device, ad group, network) are added up per measure, period and kept dimensions; an additive measure is summed, a
 * non-additive one (unique visitors, snapshots) must not repeat. A row that repeats an earlier row's dimension cells
 * is a duplicate: refused with the line it repeats, and called a conflict when its values differ.
 * <p>
 * Memory grows with the number of distinct observations (the output), not with the file: rows are remembered by a
 * 64-bit fingerprint. Observations go to the sink at {@link #finish()}, in the order they were first seen.
 */
public final class ObservationCollector {

    /**
     * What values are added up under. Written out rather than a record: a file of a hundred thousand deals looks up
     * four keys a deal, and a record's generated {@code equals} and {@code hashCode} (through method handles, the
     * hash computed again at every lookup) were a tenth of reading the demo's amoCRM export.
     */
    private static final class Key {

        private final String measure;
        private final LocalDate periodStart;
        private final Grain grain;
        private final String channel;
        private final String campaign;
        private final String source;
        private final String currency;
        private final int hash;

        Key(String measure, LocalDate periodStart, Grain grain, String channel, String campaign, String source,
            String currency) {
            this.measure = measure;
            this.periodStart = periodStart;
            this.grain = grain;
            this.channel = channel;
            this.campaign = campaign;
            this.source = source;
            this.currency = currency;
            int h = measure.hashCode();
            h = 31 * h + periodStart.hashCode();
            h = 31 * h + grain.hashCode();
            h = 31 * h + Objects.hashCode(channel);
            h = 31 * h + Objects.hashCode(campaign);
            h = 31 * h + Objects.hashCode(source);
            this.hash = 31 * h + Objects.hashCode(currency);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && hash == key.hash && measure.equals(key.measure)
                    && periodStart.equals(key.periodStart) && grain == key.grain
                    && Objects.equals(channel, key.channel) && Objects.equals(campaign, key.campaign)
                    && Objects.equals(source, key.source) && Objects.equals(currency, key.currency);
        }
    }

    /**
     * The rows seen, by the fingerprint of their dimension cells: the fingerprint of their values and their line, in
     * open addressing over one plain array, the three side by side (no boxed key and no array per row, as a
     * {@code HashMap<Long, long[]>} had; one cache line a lookup in a table of a hundred thousand deals).
     */
    private static final class SeenRows {

        private static final int EMPTY_OR_ZERO = Integer.MAX_VALUE;

        private long[] slots = new long[3 * 1024];
        private int size;
        private boolean zeroSeen;
        private long zeroValues;
        private long zeroLine;

        /** Remembers the row when its identity is new and returns -1; else returns where the earlier row is. */
        int putIfAbsent(long identity, long rowValues, long line) {
            if (identity == 0) {
                if (zeroSeen) {
                    return EMPTY_OR_ZERO;
                }
                zeroSeen = true;
                zeroValues = rowValues;
                zeroLine = line;
                return -1;
            }
            int capacity = slots.length / 3;
            int slot = home(identity, capacity);
            while (slots[3 * slot] != 0) {
                if (slots[3 * slot] == identity) {
                    return slot;
                }
                slot = slot + 1 & capacity - 1;
            }
            slots[3 * slot] = identity;
            slots[3 * slot + 1] = rowValues;
            slots[3 * slot + 2] = line;
            if (++size * 2 > capacity) {
                grow();
            }
            return -1;
        }

        long values(int slot) {
            return slot == EMPTY_OR_ZERO ? zeroValues : slots[3 * slot + 1];
        }

        long line(int slot) {
            return slot == EMPTY_OR_ZERO ? zeroLine : slots[3 * slot + 2];
        }

        private static int home(long identity, int capacity) {
            return (int) (identity ^ identity >>> 32) * 0x9E3779B9 & capacity - 1;
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            int capacity = slots.length / 3;
            for (int i = 0; i < old.length; i += 3) {
                long identity = old[i];
                if (identity != 0) {
                    int slot = home(identity, capacity);
                    while (slots[3 * slot] != 0) {
                        slot = slot + 1 & capacity - 1;
                    }
                    System.arraycopy(old, i, slots, 3 * slot, 3);
                }
            }
        }
    }

    private static final class Total {
        private final long line;
        private BigDecimal value;

        Total(long line, BigDecimal value) {
            this.line = line;
            this.value = value;
        }
    }

    private final RowSink sink;
    private final boolean passThrough;
    private final Map<Key, Total> totals = new LinkedHashMap<>();
    private final SeenRows rowsSeen = new SeenRows();

    public ObservationCollector(RowSink sink) {
        this(sink, false);
    }

    private ObservationCollector(RowSink sink, boolean passThrough) {
        this.sink = sink;
        this.passThrough = passThrough;
    }

    /**
     * A collector for files whose every column is kept, so nothing needs adding up: each value goes to the sink at
     * once and memory stays flat however long the file. Repeated keys are then caught where the values are staged
     * (the import use case rejects contradicting rows with both line numbers).
     */
    public static ObservationCollector passingThrough(RowSink sink) {
        return new ObservationCollector(sink, true);
    }

    /** Whether values go straight to the sink: then rows are not checked for repeats here. */
    public boolean passesThrough() {
        return passThrough;
    }

    /**
     * Whether the row with these dimension cells is new in the file. A repeat is reported to the sink: as a conflict
     * when {@code valueCells} differ from the earlier row's, else as an exact duplicate counted once.
     */
    public boolean firstOccurrence(long line, List<String> dimensionCells, List<String> valueCells) {
        if (passThrough) {
            return true;
        }
        return firstOccurrence(line, dimensionCells, fingerprint(valueCells));
    }

    /** The same, with the value cells already taken in as a fingerprint (a record read from a token stream). */
    public boolean firstOccurrence(long line, List<String> dimensionCells, long values) {
        if (passThrough) {
            return true;
        }
        long identity = fingerprint(dimensionCells);
        int earlier = rowsSeen.putIfAbsent(identity, values, line);
        if (earlier < 0) {
            return true;
        }
        if (rowsSeen.values(earlier) == values) {
            sink.reject(new RowProblem(line, null, Message.of(FileProblemKind.DUPLICATE_ROW, rowsSeen.line(earlier))));
        } else {
            sink.reject(new RowProblem(line, null, Message.of(FileProblemKind.CONFLICTING_DUPLICATE,
                    rowsSeen.line(earlier))));
        }
        return false;
    }

    /** The reason {@code value} cannot be a value of {@code measure}, if any. */
    public static Optional<Message> implausible(String measure, BigDecimal value) {
        if (value.signum() < 0 && !BaseMeasures.mayBeNegative(measure)) {
            return Optional.of(Message.of(FileProblemKind.NEGATIVE_VALUE, value, BaseMeasures.name(measure)));
        }
        return Optional.empty();
    }

    /** Adds one value; returns a problem when a non-additive measure repeats for the same key. */
    public Optional<RowProblem> add(ObservationRow row, String column) {
        if (passThrough) {
            BigDecimal value = tidy(row.value());
            sink.accept(value == row.value() ? row : new ObservationRow(row.line(), row.measure(), row.periodStart(),
                    row.grain(), row.channel(), row.campaign(), row.source(), value, row.currency()));
            return Optional.empty();
        }
        Key key = new Key(row.measure(), row.periodStart(), row.grain(), row.channel(), row.campaign(), row.source(),
                row.currency());
        Total total = totals.get(key);
        if (total == null) {
            totals.put(key, new Total(row.line(), row.value()));
            return Optional.empty();
        }
        if (!BaseMeasures.isAdditive(row.measure())) {
            return Optional.of(new RowProblem(row.line(), column, Message.of(FileProblemKind.NOT_ADDITIVE_REPEAT,
                    BaseMeasures.name(row.measure()), total.line)));
        }
        total.value = total.value.add(row.value());
        return Optional.empty();
    }

    /** Adds a value and reports a non-additive repeat to the sink. */
    public void accept(ObservationRow row, String column) {
        add(row, column).ifPresent(sink::reject);
    }

    /**
     * Hands every observation to the sink. Each value added up fits the store, but a sum of many need not: a sum the
     * store cannot keep is refused at the first line it came from, not handed on to fail where it is written.
     */
    public void finish() {
        totals.forEach((key, total) -> {
            BigDecimal value = tidy(total.value);
            Optional<InputProblem> outside = DecimalInput.checkRange(value);
            if (outside.isPresent()) {
                sink.reject(new RowProblem(total.line, null, Message.of(FileProblemKind.SUM_TOO_LARGE,
                        BaseMeasures.name(key.measure), key.periodStart, outside.get().toMessage())));
                return;
            }
            sink.accept(new ObservationRow(total.line, key.measure, key.periodStart, key.grain, key.channel,
                    key.campaign, key.source, value, key.currency));
        });
        totals.clear();
    }

    /** {@code 36.150000} → {@code 36.15}, {@code 100.00} → {@code 100}. */
    public static BigDecimal tidy(BigDecimal value) {
        if (value.scale() == 0) {
            // a whole number without a scale is already tidy (stripping its zeros and setting the scale back to 0
            // would give it again): the common case, returned as it is
            return value;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static long fingerprint(List<String> cells) {
        long hash = 0xcbf29ce484222325L;
        for (String cell : cells) {
            String text = cell == null ? "\u0000" : cell.strip();
            for (int i = 0; i < text.length(); i++) {
                hash ^= text.charAt(i);
                hash *= 0x100000001b3L;
            }
            hash ^= 0x1F;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
