package com.kpipulse.adapters.measure;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stored values of some series and months, read in one binary {@code COPY … TO STDOUT} (ADR 21): a re-delivery
 * compares them with the file's where the months' fingerprints do not settle it (ADR 25). Each comes with its row's {@code ctid}, so a changed one is updated
 * in place without an index on the key. Binary, because a text result of a million rows would cost more to parse
 * than reading them does; values are handed over as millionths in a long, as {@link FileValues} keeps the file's.
 * <p>
 * Format (PostgreSQL documentation, "COPY", binary format), as {@link BinaryCopy} writes it.
 */
final class StoredValues {

    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final int HEADER_BYTES = 11 + 4 + 4;
    private static final int NUMERIC_NEGATIVE = 0x4000;
    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
            100_000_000, 1_000_000_000, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L,
            10_000_000_000_000L, 100_000_000_000_000L};

    private StoredValues() {
    }

    /** One stored value: its row, series, period start (days since 1970), value and currency. */
    @FunctionalInterface
    interface Visitor {
        /** @param large the value when it does not fit {@code micros} (beyond ±9.2 × 10¹² units), else null */
        void accept(long row, long series, long epochDay, long micros, BigDecimal large, String currency);
    }

    /**
     * Reads the values of the months listed in the table {@code months} ({@code series_id}, {@code month_start}), all
     * of which are months of the given series between {@code first} and {@code last}. The table is the importer's
     * own, and the ids and dates its own numbers, written into the statement as literals ({@code COPY} takes no
     * parameters). The series are named besides the table so that the scan of the span keeps only their rows before
     * they are joined with the months.
     */
    static void read(Connection connection, String months, Set<Long> series, LocalDate first, LocalDate last,
                     Visitor visitor) throws SQLException {
        String ids = series.stream().map(String::valueOf).collect(Collectors.joining(",", "'{", "}'"));
        String sql = "copy (select v.ctid, v.series_id, v.period_start, v.value, v.currency from observation_value v"
                + " join " + months + " m on m.series_id = v.series_id"
                + " and m.month_start = date_trunc('month', v.period_start)::date"
                + " where v.period_start between date '" + first + "' and date '" + last + "'"
                + " and v.series_id = any (" + ids + "::bigint[])) to stdout with (format binary)";
        CopyOut out = connection.unwrap(PGConnection.class).getCopyAPI().copyOut(sql);
        try {
            new Reader(out).rows(visitor);
        } finally {
            if (out.isActive()) {
                out.cancelCopy();
            }
        }
    }

    /** Reads fields across the server's messages, which need not end where rows do. */
    private static final class Reader {
        private final CopyOut in;
        private byte[] chunk = new byte[0];
        private int at;

        Reader(CopyOut in) {
            this.in = in;
        }

        void rows(Visitor visitor) throws SQLException {
            skip(HEADER_BYTES);
            short[] digits = new short[16];
            while (true) {
                short fields = int16();
                if (fields == -1) {
                    while (in.readFromCopy() != null) {
                        // the end of the copy: the connection is free once it is read
                    }
                    return;
                }
                int32();  // ctid: 6 bytes, a block number and an offset within it
                long row = (int32() & 0xFFFF_FFFFL) << 16 | (int16() & 0xFFFF);
                int32();
                long series = int64();
                int32();
                long day = int32() + POSTGRES_EPOCH_DAY;
                int32();
                int count = int16();
                int weight = int16();
                int sign = int16();
                int16();  // display scale
                if (count > digits.length) {
                    digits = new short[count];
                }
                for (int i = 0; i < count; i++) {
                    digits[i] = int16();
                }
                long micros = 0;
                BigDecimal large = null;
                Long fits = micros(digits, count, weight);
                if (fits == null) {
                    large = decimal(digits, count, weight);
                    if (sign == NUMERIC_NEGATIVE) {
                        large = large.negate();
                    }
                } else {
                    micros = sign == NUMERIC_NEGATIVE ? -fits : fits;
                }
                int length = int32();
                String currency = null;
                if (length >= 0) {
                    currency = new String(bytes(length), StandardCharsets.UTF_8).strip();
                }
                visitor.accept(row, series, day, micros, large, currency);
            }
        }

        /** The magnitude in millionths when it fits a long, else null. */
        private static Long micros(short[] digits, int count, int weight) {
            if (weight > 2) {
                return null;  // 10⁴ˣ³ units or more: past what a long of millionths holds safely
            }
            long micros = 0;
            for (int i = 0; i < count; i++) {
                int exponent = 4 * (weight - i) + FileValues.SCALE;
                if (exponent >= 0) {
                    micros += digits[i] * POWERS_OF_TEN[exponent];
                } else if (exponent == -2 && digits[i] % 100 == 0) {
                    micros += digits[i] / 100;
                } else if (digits[i] != 0) {
                    return null;
                }
            }
            return micros;
        }

        private static BigDecimal decimal(short[] digits, int count, int weight) {
            BigDecimal value = BigDecimal.ZERO;
            for (int i = 0; i < count; i++) {
                value = value.add(BigDecimal.valueOf(digits[i]).scaleByPowerOfTen(4 * (weight - i)));
            }
            return value.setScale(Math.max(FileValues.SCALE, value.scale()));
        }

        private short int16() throws SQLException {
            return (short) (u8() << 8 | u8());
        }

        private int int32() throws SQLException {
            return u8() << 24 | u8() << 16 | u8() << 8 | u8();
        }

        private long int64() throws SQLException {
            return (long) int32() << 32 | int32() & 0xFFFF_FFFFL;
        }

        private byte[] bytes(int length) throws SQLException {
            byte[] bytes = new byte[length];
            for (int i = 0; i < length; i++) {
                bytes[i] = (byte) u8();
            }
            return bytes;
        }

        private void skip(int length) throws SQLException {
            for (int i = 0; i < length; i++) {
                u8();
            }
        }

        private int u8() throws SQLException {
            while (at == chunk.length) {
                chunk = in.readFromCopy();
                at = 0;
                if (chunk == null) {
                    throw new SQLException("the stored values ended in the middle of a row");
                }
            }
            return chunk[at++] & 0xFF;
        }
    }
}
