package com.kpipulse.adapters.measure;

import com.kpipulse.adapters.measure.SeriesRegistry.Series;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The values a re-delivered file gives (ADR 21), per series and month, kept until the end of the file so they can be
 * compared with the stored values of just those series and months in one read. Compact because a re-delivery may be
 * a million rows: a value is a long of millionths (the store keeps six decimals, rounding half up as PostgreSQL's
 * {@code numeric(24, 6)} does), about 9 bytes a value; only values too large for a long keep their BigDecimal, and a
 * month whose values carry a currency keeps a reference per day.
 */
final class FileValues {

    static final int SCALE = 6;

    /** Open addressing by series id: a re-delivery looks a series up once per value, twice over, without boxing. */
    private long[] ids = new long[1024];
    private SeriesValues[] slots = new SeriesValues[1024];
    private int size;
    private SeriesValues lastSeries;
    private LocalDate first;
    private LocalDate last;
    private long count;

    /** Keeps the value of the series' day; the caller has made sure the file names the day once. */
    void put(Series series, LocalDate day, BigDecimal value, String currency) {
        if (lastSeries == null || lastSeries.series != series) {
            lastSeries = find(series.id());
            if (lastSeries == null) {
                lastSeries = insert(new SeriesValues(series));
            }
        }
        lastSeries.month(DayMarks.monthIndex(day)).put(day.getDayOfMonth() - 1, value, currency);
        count++;
        first = first == null || day.isBefore(first) ? day : first;
        last = last == null || day.isAfter(last) ? day : last;
    }

    /** The file's values of the series in the month, or null when it gives none. */
    Month month(long seriesId, int monthIndex) {
        SeriesValues values = find(seriesId);
        return values == null ? null : values.existing(monthIndex);
    }

    private SeriesValues find(long id) {
        int mask = ids.length - 1;
        for (int at = slot(id, mask); slots[at] != null; at = (at + 1) & mask) {
            if (ids[at] == id) {
                return slots[at];
            }
        }
        return null;
    }

    private SeriesValues insert(SeriesValues values) {
        if (++size * 2 > ids.length) {
            long[] oldIds = ids;
            SeriesValues[] oldSlots = slots;
            ids = new long[oldIds.length * 2];
            slots = new SeriesValues[oldIds.length * 2];
            for (int i = 0; i < oldIds.length; i++) {
                if (oldSlots[i] != null) {
                    place(oldIds[i], oldSlots[i]);
                }
            }
        }
        place(values.series.id(), values);
        return values;
    }

    private void place(long id, SeriesValues values) {
        int mask = ids.length - 1;
        int at = slot(id, mask);
        while (slots[at] != null) {
            at = (at + 1) & mask;
        }
        ids[at] = id;
        slots[at] = values;
    }

    private static int slot(long id, int mask) {
        return (int) (id ^ id >>> 29) & mask;  // ids are MD5 bits already: any of them spread well
    }

    private Stream<SeriesValues> all() {
        return Arrays.stream(slots).filter(Objects::nonNull);
    }

    /** How many values the file gave. */
    long count() {
        return count;
    }

    Set<Long> seriesIds() {
        return all().map(values -> values.series.id()).collect(Collectors.toSet());
    }

    LocalDate first() {
        return first;
    }

    LocalDate last() {
        return last;
    }

    /** Every month the file gives values for, with its series id and month index ({@link DayMarks#monthIndex}). */
    void forEachMonth(MonthAction action) {
        all().forEach(values -> {
            for (int i = 0; i < values.months.length; i++) {
                if (values.months[i] != null) {
                    action.accept(values.series.id(), values.firstMonth + i, values.months[i]);
                }
            }
        });
    }

    @FunctionalInterface
    interface MonthAction {
        void accept(long seriesId, int monthIndex, Month month);
    }

    /** Every value the store was not found to hold ({@link Month#matched}), with its series and day. */
    void forEachUnmatched(Unmatched action) {
        all().forEach(values -> {
            for (int i = 0; i < values.months.length; i++) {
                Month month = values.months[i];
                int left = month == null ? 0 : month.days & ~month.matched;
                while (left != 0) {
                    int day = Integer.numberOfTrailingZeros(left);
                    left &= left - 1;
                    action.accept(values.series, DayMarks.monthStart(values.firstMonth + i).plusDays(day),
                            month.value(day), month.currency(day), month.hash(day));
                }
            }
        });
    }

    @FunctionalInterface
    interface Unmatched {
        void accept(Series series, LocalDate day, BigDecimal value, String currency, long hash);
    }

    /** One series' months, in an array from its first month on (a file spans a few years at most). */
    private static final class SeriesValues {
        private final Series series;
        private Month[] months = new Month[0];
        private int firstMonth;

        SeriesValues(Series series) {
            this.series = series;
        }

        Month month(int index) {
            if (months.length == 0) {
                firstMonth = index;
            }
            if (index < firstMonth) {
                Month[] grown = new Month[months.length + firstMonth - index];
                System.arraycopy(months, 0, grown, firstMonth - index, months.length);
                months = grown;
                firstMonth = index;
            } else if (index - firstMonth >= months.length) {
                months = Arrays.copyOf(months, Math.max(index - firstMonth + 1, months.length * 2));
            }
            Month month = months[index - firstMonth];
            if (month == null) {
                month = new Month();
                months[index - firstMonth] = month;
            }
            return month;
        }

        Month existing(int index) {
            int at = index - firstMonth;
            return at < 0 || at >= months.length ? null : months[at];
        }
    }

    /** One series' values of one month: bit d for day d + 1, millionths per day. */
    static final class Month {
        private final long[] micros = new long[31];
        private BigDecimal[] large;
        private String[] currencies;
        private int days;
        /** The fingerprint of the month's values in the file ({@link MonthFingerprint}). */
        private long fingerprint;
        /** Days the store was found to hold, as the stored values were compared. */
        int matched;
        /** Whether the month's stored values are to be read and compared, its fingerprint not settling it. */
        boolean readBack;
        /** The fingerprint of the stored values of days the file does not give, as they were read back. */
        long storedElsewhere;

        void put(int day, BigDecimal value, String currency) {
            BigDecimal six = value.scale() == SCALE ? value : value.setScale(SCALE, RoundingMode.HALF_UP);
            BigInteger unscaled = six.unscaledValue();
            if (unscaled.bitLength() < 63) {
                micros[day] = unscaled.longValue();
            } else {
                if (large == null) {
                    large = new BigDecimal[31];
                }
                large[day] = six;
            }
            if (currency != null) {
                if (currencies == null) {
                    currencies = new String[31];
                }
                currencies[day] = currency;
            }
            days |= 1 << day;
            fingerprint = MonthFingerprint.add(fingerprint, hash(day));
        }

        boolean has(int day) {
            return (days & 1 << day) != 0;
        }

        /** The days the file gives, as bits. */
        int days() {
            return days;
        }

        /** The fingerprint of all the file's values of the month. */
        long fingerprint() {
            return fingerprint;
        }

        /** The fingerprint of the file's values on the given days, each of which the file gives. */
        long fingerprintOf(int mask) {
            if (mask == days) {
                return fingerprint;
            }
            long sum = 0;
            for (int left = mask; left != 0; left &= left - 1) {
                sum = MonthFingerprint.add(sum, hash(Integer.numberOfTrailingZeros(left)));
            }
            return sum;
        }

        /** The hash of the file's value on the day ({@link MonthFingerprint}). */
        long hash(int day) {
            BigDecimal mine = large == null ? null : large[day];
            return mine == null ? MonthFingerprint.of(day, micros[day], currency(day))
                    : MonthFingerprint.ofLarge(day, mine, currency(day));
        }

        /**
         * Whether the stored value (millionths, or {@code storedLarge} when it does not fit a long) and currency are
         * the file's.
         */
        boolean same(int day, long storedMicros, BigDecimal storedLarge, String storedCurrency) {
            BigDecimal mine = large == null ? null : large[day];
            boolean sameValue = mine == null && storedLarge == null ? micros[day] == storedMicros
                    : value(day).compareTo(storedLarge != null ? storedLarge
                    : BigDecimal.valueOf(storedMicros, SCALE)) == 0;
            return sameValue && Objects.equals(currency(day), storedCurrency);
        }

        BigDecimal value(int day) {
            BigDecimal mine = large == null ? null : large[day];
            return mine != null ? mine : BigDecimal.valueOf(micros[day], SCALE);
        }

        String currency(int day) {
            return currencies == null ? null : currencies[day];
        }
    }
}
