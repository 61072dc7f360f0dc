package com.kpipulse.adapters.measure;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Rows of {@code observation_value} in PostgreSQL's binary {@code COPY} format: the server takes them without
 * parsing text (a third faster than text rows in a measured million-row load). One row at a time into a reusable
 * buffer; {@link #drain} hands the bytes over when the buffer is full enough.
 * <p>
 * Format (PostgreSQL documentation, "COPY", binary format): a signature and two zero words, then per row the field
 * count and each field as its byte length and bytes (length −1 for NULL), then −1 as trailer. Dates are days since
 * 2000-01-01; numerics are base-10000 digits with a weight, a sign and a display scale.
 */
final class BinaryCopyRows {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final int NUMERIC_POSITIVE = 0x0000;
    private static final int NUMERIC_NEGATIVE = 0x4000;
    private static final short FIELDS = 5;
    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1000};
    private static final BigInteger NBASE = BigInteger.valueOf(10_000);

    private final byte[] buffer;
    private final int flushAt;
    private short[] groups = new short[16];
    private int used;

    BinaryCopyRows(int flushAt) {
        this.flushAt = flushAt;
        this.buffer = new byte[flushAt + 64 * 1024];
        bytes(SIGNATURE);
        int32(0);  // flags
        int32(0);  // header extension length
    }

    /** One value row: period, series, value, currency (or none), load. */
    void row(LocalDate period, long series, BigDecimal value, String currency, long load) {
        int16(FIELDS);
        int32(4);
        int32((int) (period.toEpochDay() - POSTGRES_EPOCH_DAY));
        int32(8);
        int64(series);
        numeric(value);
        if (currency == null) {
            int32(-1);
        } else {
            byte[] code = currency.getBytes(StandardCharsets.UTF_8);
            int32(code.length);
            bytes(code);
        }
        int32(8);
        int64(load);
    }

    void end() {
        int16((short) -1);
    }

    boolean full() {
        return used >= flushAt;
    }

    /** Hands the buffered bytes to {@code sink} and empties the buffer. */
    void drain(ByteSink sink) {
        if (used > 0) {
            sink.write(buffer, used);
            used = 0;
        }
    }

    @FunctionalInterface
    interface ByteSink {
        void write(byte[] bytes, int length);
    }

    /**
     * The value as base-10000 digits, most significant first. The unscaled value is padded with zeros to a whole
     * number of four-digit groups after the point; the display scale stays the value's own.
     */
    private void numeric(BigDecimal value) {
        BigDecimal plain = value.scale() < 0 ? value.setScale(0) : value;
        int scale = plain.scale();
        int fractionGroups = (scale + 3) / 4;
        int padding = fractionGroups * 4 - scale;
        int count = 0;
        int sign = plain.signum() < 0 ? NUMERIC_NEGATIVE : NUMERIC_POSITIVE;
        if (plain.precision() + padding <= 18) {
            long magnitude = Math.abs(plain.unscaledValue().longValue()) * POWERS_OF_TEN[padding];
            for (; magnitude > 0; magnitude /= 10_000) {
                groups[count++] = (short) (magnitude % 10_000);
            }
        } else {
            int needed = (plain.precision() + padding) / 4 + 2;
            if (needed > groups.length) {
                groups = new short[needed];
            }
            BigInteger magnitude = plain.unscaledValue().abs().multiply(BigInteger.TEN.pow(padding));
            while (magnitude.signum() > 0) {
                BigInteger[] split = magnitude.divideAndRemainder(NBASE);
                groups[count++] = split[1].shortValue();
                magnitude = split[0];
            }
        }
        int32(8 + 2 * count);
        int16((short) count);
        int16((short) (count == 0 ? 0 : count - 1 - fractionGroups));
        int16((short) sign);
        int16((short) scale);
        for (int i = count - 1; i >= 0; i--) {
            int16(groups[i]);
        }
    }

    private void int16(short value) {
        buffer[used++] = (byte) (value >>> 8);
        buffer[used++] = (byte) value;
    }

    private void int32(int value) {
        buffer[used++] = (byte) (value >>> 24);
        buffer[used++] = (byte) (value >>> 16);
        buffer[used++] = (byte) (value >>> 8);
        buffer[used++] = (byte) value;
    }

    private void int64(long value) {
        int32((int) (value >>> 32));
        int32((int) value);
    }

    private void bytes(byte[] values) {
        System.arraycopy(values, 0, buffer, used, values.length);
        used += values.length;
    }
}
