package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.importing.RowSink;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.domain.input.DecimalInput;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.input.InputProblemKind;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.text.Message;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Reads a report whose rows are "period × dimensions → measure columns" (ad platform and analytics exports, the
 * generic preset) into observations. A preset says which recognised columns hold the period, the campaign, the
 * source and each measure, and how money is scaled; this class does the rest the same way for every preset: parse
 * each cell, refuse impossible values, catch duplicate rows, sum breakdowns, report every problem with its column.
 */
public final class MeasureTable {

    private record MeasureColumn(int column, String measure, BigDecimal multiplier, boolean secondsPerVisit) {
    }

    /** {@code h:mm:ss} or {@code mm:ss}; at most nine digits of hours, so they always fit a {@code long}. */
    private static final Pattern DURATION = Pattern.compile("(?:(\\d{1,9}):)?(\\d{1,2}):(\\d{2})(?:[.,]\\d+)?");

    private final HeaderIndex header;
    private final LocaleNumber.DecimalMark mark;
    private final FlexibleDate dates;
    private final List<MeasureColumn> measures = new ArrayList<>();
    private final Set<Integer> ignored = new HashSet<>();
    private String dateKey;
    private LocalDate fixedPeriod;
    private Grain grain = Grain.DAY;
    private List<String> campaignKeys = List.of();
    private List<String> sourceKeys = List.of();
    private String channel;
    private String channelKey;
    private String currency;
    private String currencyKey;
    private Predicate<TableRow> skip = row -> false;

    private boolean streaming;

    /** @param dates reads the date column, for an import on the company's today */
    public MeasureTable(HeaderIndex header, LocaleNumber.DecimalMark mark, FlexibleDate dates) {
        this.dates = dates;
        this.header = header;
        this.mark = mark;
    }

    /** Every column recognised under {@code key} holds {@code measure}, multiplied by {@code multiplier}. */
    public MeasureTable measure(String key, String measure, BigDecimal multiplier) {
        header.indexes(key).forEach(i -> measures.add(new MeasureColumn(i, measure, multiplier, false)));
        return this;
    }

    public MeasureTable measure(String key, String measure) {
        return measure(key, measure, BigDecimal.ONE);
    }

    public MeasureTable measureAt(int column, String measure) {
        measures.add(new MeasureColumn(column, measure, BigDecimal.ONE, false));
        return this;
    }

    /** An average duration per visit ({@code 0:01:23} or seconds) turned into total {@code session_seconds}. */
    public MeasureTable averageVisitDuration(String key) {
        header.indexes(key).forEach(i -> measures.add(new MeasureColumn(i, "session_seconds", BigDecimal.ONE, true)));
        return this;
    }

    /** Columns derived from others (CTR, average CPC, bounce rate): not imported, not part of a row's identity. */
    public MeasureTable ignore(String... keys) {
        for (String key : keys) {
            ignored.addAll(header.indexes(key));
        }
        return this;
    }

    public MeasureTable period(String dateKey, Grain grain) {
        this.dateKey = dateKey;
        this.grain = grain;
        return this;
    }

    /** The whole file covers one period (a GA4 report between its start and end date). */
    public MeasureTable fixedPeriod(LocalDate start, Grain grain) {
        this.fixedPeriod = start;
        this.grain = grain;
        return this;
    }

    /** Columns naming the campaign, in order of preference (a name before an id). */
    public MeasureTable campaign(String... keys) {
        this.campaignKeys = List.of(keys);
        return this;
    }

    /** Columns that together make the raw source, joined as {@code utm_source / utm_medium}. */
    public MeasureTable source(String... keys) {
        this.sourceKeys = List.of(keys);
        return this;
    }

    public MeasureTable channel(String channel) {
        this.channel = channel;
        return this;
    }

    /** The channel is written in a column of the file (generic preset). */
    public MeasureTable channelColumn(String key) {
        this.channelKey = key;
        return this;
    }

    /** Currency of money measures: a column per row, else {@code fallback}. */
    public MeasureTable currency(String currencyKey, String fallback) {
        this.currencyKey = currencyKey;
        this.currency = fallback;
        return this;
    }

    /** Rows a preset knows to drop (for example a GA4 totals row whose first cell is empty). */
    public MeasureTable skipRows(Predicate<TableRow> skip) {
        this.skip = skip;
        return this;
    }

    /** Hands values on as they are read (see {@link ObservationCollector#passingThrough}). */
    public MeasureTable streaming() {
        this.streaming = true;
        return this;
    }

    public boolean hasMeasures() {
        return !measures.isEmpty();
    }

    /** Reads all rows and hands observations and problems to {@code sink}. */
    public void read(RowSupplier rows, RowSink sink) throws IOException {
        if (currency == null && currencyKey == null || currencyKey != null && !header.has(currencyKey)
                && currency == null) {
            dropMoneyWithoutCurrency(sink);
        }
        ObservationCollector collector = streaming ? ObservationCollector.passingThrough(sink)
                : new ObservationCollector(sink);
        Layout layout = new Layout();
        TableRow row;
        while ((row = rows.next()) != null) {
            if (!skip.test(row)) {
                readRow(row, layout, collector, sink);
            }
        }
        collector.finish();
    }

    /** Money without a currency cannot be imported; said once for the column, the other columns still count. */
    private void dropMoneyWithoutCurrency(RowSink sink) {
        measures.removeIf(m -> {
            if (!BaseMeasures.isMoney(m.measure())) {
                return false;
            }
            sink.reject(new RowProblem(header.line(), header.name(m.column()),
                    Message.of(FileProblemKind.MONEY_COLUMN_WITHOUT_CURRENCY)));
            ignored.add(m.column());
            return true;
        });
    }

    /** A measure column with what every row needs to know about it, decided once for the file. */
    private record Measure(MeasureColumn declared, String name, boolean money, boolean visits, boolean scaled) {

        Measure(MeasureColumn declared, String name) {
            this(declared, name, BaseMeasures.isMoney(declared.measure()), "visits".equals(declared.measure()),
                    !BigDecimal.ONE.equals(declared.multiplier()));
        }

        int column() {
            return declared.column();
        }

        String code() {
            return declared.measure();
        }

        boolean secondsPerVisit() {
            return declared.secondsPerVisit();
        }
    }

    /**
     * The table's columns resolved against the header once, before the first row: a row is then read by position,
     * without looking keys up, and without deciding again what each measure is.
     */
    private final class Layout {

        private final int dateColumn;
        private final int[] campaignColumns;
        private final int[] sourceColumns;
        private final int channelColumn;
        private final int currencyColumn;
        /** The measures in the order they were declared, a column declared twice counted once. */
        private final Measure[] measured;
        /** Columns whose cells are a row's values (measure or ignored); the others make its identity. */
        private final boolean[] valueColumn;
        private final int[] valueCellColumns;
        private String lastDateCell;
        private LocalDate lastPeriod;

        Layout() {
            dateColumn = dateKey == null ? -1 : column(dateKey);
            campaignColumns = columns(campaignKeys);
            sourceColumns = columns(sourceKeys);
            channelColumn = channelKey == null ? -1 : column(channelKey);
            currencyColumn = currencyKey == null ? -1 : column(currencyKey);
            measured = new LinkedHashSet<>(measures).stream()
                    .map(m -> new Measure(m, header.name(m.column())))
                    .toArray(Measure[]::new);
            valueCellColumns = measures.stream().mapToInt(MeasureColumn::column).toArray();
            int width = IntStream.concat(IntStream.of(valueCellColumns), ignored.stream().mapToInt(Integer::intValue))
                    .max().orElse(-1) + 1;
            valueColumn = new boolean[width];
            ignored.forEach(i -> valueColumn[i] = true);
            measures.forEach(m -> valueColumn[m.column()] = true);
        }

        private int column(String key) {
            return header.index(key).orElse(-1);
        }

        private int[] columns(List<String> keys) {
            return keys.stream().mapToInt(this::column).filter(i -> i >= 0).toArray();
        }

        /**
         * The period of the row's date. Sorted exports repeat a date over many rows in a row, so the period read from
         * the last date cell is kept; a cell that is not a date is read (and reported) every time.
         */
        LocalDate period(TableRow row) {
            if (fixedPeriod != null) {
                return startOf(fixedPeriod, grain);
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
            lastPeriod = startOf(day, grain);
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
            return text != null ? text.toUpperCase(java.util.Locale.ROOT) : currency;
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

    private void readRow(TableRow row, Layout layout, ObservationCollector collector, RowSink sink) {
        LocalDate period = layout.period(row);
        String campaign = layout.campaign(row);
        String source = layout.source(row);
        String rowChannel = layout.channel(row);
        String rowCurrency = layout.currency(row);
        Measure[] measured = layout.measured;
        BigDecimal[] values = new BigDecimal[measured.length];
        BigDecimal visits = null;
        for (int k = 0; k < measured.length; k++) {
            Measure m = measured[k];
            BigDecimal value = m.secondsPerVisit() ? seconds(row, m.column()) : value(row, m);
            if (value == null) {
                continue;
            }
            if (m.visits()) {
                visits = value;
            }
            values[k] = value;
        }
        for (int k = 0; k < measured.length; k++) {
            Measure m = measured[k];
            if (values[k] != null && m.secondsPerVisit()) {
                values[k] = visits == null ? null : totalSeconds(row, m.column(), values[k], visits);
            }
            if (values[k] == null) {
                continue;
            }
            ObservationCollector.implausible(m.code(), values[k]).ifPresent(reason -> row.problem(m.column(), reason));
            if (m.money() && rowCurrency == null) {
                row.problem(m.column(), Message.of(FileProblemKind.EMPTY_CURRENCY_CELL));
            }
        }
        if (row.hasProblems()) {
            row.problems().forEach(sink::reject);
            return;
        }
        // a collector passing values through does not look for repeated rows: the cells need not be gathered
        if (!collector.passesThrough()
                && !collector.firstOccurrence(row.line(), layout.identityCells(row), layout.valueCells(row))) {
            return;
        }
        for (int k = 0; k < measured.length; k++) {
            if (values[k] == null) {
                continue;
            }
            Measure m = measured[k];
            collector.accept(new ObservationRow(row.line(), m.code(), period, grain, rowChannel, campaign,
                    source, values[k], m.money() ? rowCurrency : null), m.name());
        }
    }

    private BigDecimal value(TableRow row, Measure m) {
        int column = m.column();
        LocaleNumber.Result read = m.scaled()
                ? LocaleNumber.parseStorable(row.cell(column), mark, m.declared().multiplier())
                : LocaleNumber.parseStorable(row.cell(column), mark);
        return switch (read) {
            case LocaleNumber.Missing missing -> null;
            case LocaleNumber.Malformed malformed -> {
                row.problem(column, malformed.reason());
                yield null;
            }
            case LocaleNumber.Value v when v.percent() -> {
                row.problem(column, Message.of(FileProblemKind.PERCENTAGE_NOT_AMOUNT,
                        InputProblem.excerpt(row.cell(column)), BaseMeasures.name(m.code())));
                yield null;
            }
            case LocaleNumber.Value v -> v.number();
        };
    }

    private BigDecimal seconds(TableRow row, int column) {
        String cell = row.cell(column);
        if (Cells.isNull(cell)) {
            return null;
        }
        if (cell.length() <= LocaleNumber.MAX_CHARACTERS) {
            // a longer cell is refused by its length below, before a pattern runs over it
            Matcher d = DURATION.matcher(cell.strip());
            if (d.matches()) {
                long hours = d.group(1) == null ? 0 : Long.parseLong(d.group(1));
                return BigDecimal.valueOf(hours * 3600 + Long.parseLong(d.group(2)) * 60
                        + Long.parseLong(d.group(3)));
            }
        }
        return switch (LocaleNumber.parseStorable(cell, mark)) {
            case LocaleNumber.Value v when !v.percent() -> v.number();
            case LocaleNumber.Malformed m when m.kind() != InputProblemKind.NOT_A_NUMBER -> {
                row.problem(column, m.reason());
                yield null;
            }
            default -> {
                row.problem(column, Message.of(FileProblemKind.NOT_A_DURATION, InputProblem.excerpt(cell)));
                yield null;
            }
        };
    }

    /**
     * An average duration per visit times the visits, in whole seconds; null (and a problem) when the total is more
     * than the store keeps, though each of the two fits.
     */
    private static BigDecimal totalSeconds(TableRow row, int column, BigDecimal average, BigDecimal visits) {
        BigDecimal total = average.multiply(visits).setScale(0, RoundingMode.HALF_UP);
        Optional<InputProblem> outside = DecimalInput.checkRange(total);
        if (outside.isPresent()) {
            row.problem(column, Message.of(FileProblemKind.VISIT_TIME_TOO_LARGE, outside.get().toMessage()));
            return null;
        }
        return total;
    }

    /** The first day of the period of {@code grain} that holds {@code date}. */
    public static LocalDate startOf(LocalDate date, Grain grain) {
        return switch (grain) {
            case DAY -> date;
            case WEEK -> date.minusDays(date.getDayOfWeek().getValue() - 1L);
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> date.withDayOfMonth(1).withMonth((date.getMonthValue() - 1) / 3 * 3 + 1);
            case YEAR -> date.withDayOfYear(1);
        };
    }
}
