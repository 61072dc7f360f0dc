package com.kpipulse.adapters.importing;

import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A {@link MeasureTableSpec} resolved against the header once, before the first row: a row is then read by position,
 * without looking keys up, and without deciding again what each measure is.
 */
final class MeasureTableLayout {

    /** What the spec says about a row's period and dimensions, by the keys of their columns. */
    record Dimensions(String dateKey, LocalDate fixedPeriod, Grain grain, List<String> campaignKeys,
                      List<String> sourceKeys, String channel, String channelKey, String currency,
                      String currencyKey) {
    }

    /** A measure column with what every row needs to know about it, decided once for the file. */
    record Measure(MeasureTableSpec.MeasureColumn declared, String name, boolean money, boolean visits,
                   boolean scaled) {

        Measure(MeasureTableSpec.MeasureColumn declared, String name) {
            this(declared, name, BaseMeasures.isMoney(declared.measure()), "visits".equals(declared.measure()),
                    !BigDecimal.ONE.equals(declared.multiplier()));
        }

        int column() {
            return declared.column();
        }

        String code() {
            return declared.measure();
        }

        BigDecimal multiplier() {
            return declared.multiplier();
        }

        boolean secondsPerVisit() {
            return declared.secondsPerVisit();
        }
    }

    private final FlexibleDate dates;
    private final Grain grain;
    /** The start of the one period the whole file covers, if it covers one. */
    private final LocalDate fixedStart;
    private final int dateColumn;
    private final int[] campaignColumns;
    private final int[] sourceColumns;
    private final String channel;
    private final int channelColumn;
    private final String currency;
    private final int currencyColumn;
    /** The measures in the order they were declared, a column declared twice counted once. */
    private final Measure[] measured;
    /** Columns whose cells are a row's values (measure or ignored); the others make its identity. */
    private final boolean[] valueColumn;
    private final int[] valueCellColumns;
    private String lastDateCell;
    private LocalDate lastPeriod;

    /**
     * @param measures the measure columns as declared, in order
     * @param ignored  columns that are neither imported nor part of a row's identity
     */
    MeasureTableLayout(HeaderIndex header, FlexibleDate dates, List<MeasureTableSpec.MeasureColumn> measures,
                       Set<Integer> ignored, Dimensions dimensions) {
        this.dates = dates;
        this.grain = dimensions.grain();
        this.fixedStart = dimensions.fixedPeriod() == null ? null
                : Period.of(grain, dimensions.fixedPeriod()).start();
        this.dateColumn = column(header, dimensions.dateKey());
        this.campaignColumns = columns(header, dimensions.campaignKeys());
        this.sourceColumns = columns(header, dimensions.sourceKeys());
        this.channel = dimensions.channel();
        this.channelColumn = column(header, dimensions.channelKey());
        this.currency = dimensions.currency();
        this.currencyColumn = column(header, dimensions.currencyKey());
        List<Measure> distinct = new ArrayList<>();
        for (MeasureTableSpec.MeasureColumn declared : new LinkedHashSet<>(measures)) {
            distinct.add(new Measure(declared, header.name(declared.column())));
        }
        this.measured = distinct.toArray(Measure[]::new);
        this.valueCellColumns = new int[measures.size()];
        int width = 0;
        for (int i = 0; i < measures.size(); i++) {
            valueCellColumns[i] = measures.get(i).column();
            width = Math.max(width, valueCellColumns[i] + 1);
        }
        for (int column : ignored) {
            width = Math.max(width, column + 1);
        }
        this.valueColumn = new boolean[width];
        ignored.forEach(column -> valueColumn[column] = true);
        for (int column : valueCellColumns) {
            valueColumn[column] = true;
        }
    }

    private static int column(HeaderIndex header, String key) {
        return key == null ? -1 : header.index(key).orElse(-1);
    }

    private static int[] columns(HeaderIndex header, List<String> keys) {
        return keys.stream().mapToInt(key -> column(header, key)).filter(i -> i >= 0).toArray();
    }

    Grain grain() {
        return grain;
    }

    Measure[] measured() {
        return measured;
    }

    /**
     * The start of the row's period. Sorted exports repeat a date over many rows in a row, so the period read from
     * the last date cell is kept; a cell that is not a date is read (and reported) every time.
     */
    LocalDate period(TableRow row) {
        if (fixedStart != null) {
            return fixedStart;
        }
        if (dateColumn < 0) {
            return null;
        }
        String cell = row.cell(dateColumn);
        if (cell != null && cell.equals(lastDateCell)) {
            return lastPeriod;
        }
        LocalDate day = row.date(dateColumn, dates);
        if (day == null) {
            return null;
        }
        lastDateCell = cell;
        lastPeriod = Period.of(grain, day).start();
        return lastPeriod;
    }

    /** The first campaign column that holds a value, trimmed; null when none does. */
    String campaign(TableRow row) {
        for (int column : campaignColumns) {
            String text = row.text(column);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    String channel(TableRow row) {
        String text = channelColumn < 0 ? null : row.text(channelColumn);
        return text != null ? text : channel;
    }

    String currency(TableRow row) {
        String text = currencyColumn < 0 ? null : row.text(currencyColumn);
        return text != null ? text.toUpperCase(Locale.ROOT) : currency;
    }

    /** The source columns that hold a value, joined as {@code utm_source / utm_medium}; null when none does. */
    String source(TableRow row) {
        String joined = null;
        for (int column : sourceColumns) {
            String part = row.text(column);
            if (part != null) {
                joined = joined == null ? part : joined + " / " + part;
            }
        }
        return joined;
    }

    /** The cells that make the row what it is: every cell but the values. */
    List<String> identityCells(TableRow row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            if (i >= valueColumn.length || !valueColumn[i]) {
                cells.add(row.cell(i));
            }
        }
        return cells;
    }

    List<String> valueCells(TableRow row) {
        List<String> cells = new ArrayList<>(valueCellColumns.length);
        for (int column : valueCellColumns) {
            cells.add(row.cell(column));
        }
        return cells;
    }
}
