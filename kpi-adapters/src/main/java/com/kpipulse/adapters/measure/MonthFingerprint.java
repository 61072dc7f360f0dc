package com.kpipulse.adapters.measure;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * What the values of one series in one month come to, in one number (ADR 25): the sum, modulo 2⁶², of a 62-bit hash
 * of each stored value's day, value (as the store keeps it: six decimals) and currency. A sum, so that a load adding
 * days to a month adds their hashes to it, in the JVM or in SQL, without reading the month's other values; 62 bits,
 * so that two of them add up in a {@code bigint} without overflowing. {@code observation_month.fingerprint} keeps it
 * for each month; a writer that does not work it out (a merge, a value typed in, a deletion, a write through the view)
 * sets it to null, and null means "not known: read the values".
 * <p>
 * A re-delivery whose month gives the same days with the same fingerprint leaves that month unread: it is unchanged,
 * unless two different months collide, which for a 62-bit hash is about one chance in 4.6 × 10¹⁸ per month.
 */
final class MonthFingerprint {

    static final long MASK = (1L << 62) - 1;
    private static final int SCALE = FileValues.SCALE;
    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private MonthFingerprint() {
    }

    /** The hash of one value kept as millionths, on day {@code day} (0 for the 1st) of its month. */
    static long of(int day, long micros, String currency) {
        return mix(micros * 0x9E37_79B9_7F4A_7C15L + day * 0xC2B2_AE3D_27D4_EB4FL + currencyHash(currency));
    }

    /** The hash of a value too large for a long of millionths, given with six decimals. */
    static long ofLarge(int day, BigDecimal six, String currency) {
        return mix(six.toPlainString().hashCode() * 0x1656_67B1_9E37_79F9L + day * 0xC2B2_AE3D_27D4_EB4FL
                + currencyHash(currency) + 0x27D4_EB2F_1656_67C5L);
    }

    /** The hash of a value as a file gives it: rounded to six decimals as the store rounds it. */
    static long of(int day, BigDecimal value, String currency) {
        int scale = value.scale();
        if (scale >= 0 && scale <= SCALE && value.precision() <= 12) {
            return of(day, value.unscaledValue().longValue() * POWERS_OF_TEN[SCALE - scale], currency);
        }
        BigDecimal six = value.setScale(SCALE, RoundingMode.HALF_UP);
        BigInteger unscaled = six.unscaledValue();
        return unscaled.bitLength() < 63 ? of(day, unscaled.longValue(), currency) : ofLarge(day, six, currency);
    }

    /** Two fingerprints (or hashes) together. */
    static long add(long a, long b) {
        return (a + b) & MASK;
    }

    private static long currencyHash(String currency) {
        return currency == null ? 0x5851_F42D_4C95_7F2DL : currency.hashCode() * 0x94D0_49BB_1331_11EBL;
    }

    /** The finaliser of SplitMix64, cut to 62 bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return (z ^ (z >>> 31)) & MASK;
    }
}
