package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.importing.RowSink;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.domain.input.DecimalInput;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private record Key(String measure, LocalDate periodStart, Grain grain, String channel, String campaign,
                       String source, String currency) {
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
    private final Map<Long, long[]> rowsSeen = new HashMap<>();

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
        long[] earlier = rowsSeen.putIfAbsent(identity, new long[]{values, line});
        if (earlier == null) {
            return true;
        }
        if (earlier[0] == values) {
            sink.reject(new RowProblem(line, null, Message.of(FileProblemKind.DUPLICATE_ROW, earlier[1])));
        } else {
            sink.reject(new RowProblem(line, null, Message.of(FileProblemKind.CONFLICTING_DUPLICATE, earlier[1])));
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
                        BaseMeasures.name(key.measure()), key.periodStart(), outside.get().toMessage())));
                return;
            }
            sink.accept(new ObservationRow(total.line, key.measure(), key.periodStart(), key.grain(), key.channel(),
                    key.campaign(), key.source(), value, key.currency()));
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
            byte[] bytes = (cell == null ? "\u0000" : cell.strip()).getBytes(StandardCharsets.UTF_8);
            for (byte b : bytes) {
                hash ^= b & 0xFF;
                hash *= 0x100000001b3L;
            }
            hash ^= 0x1F;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
