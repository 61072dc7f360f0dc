package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.ObservationRow;
import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.importing.RowSink;
import com.kpipulse.domain.period.Grain;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a report whose rows are "period × dimensions → measure columns" (ad platform and analytics exports, the
 * generic preset) into observations. A preset says which recognised columns hold the period, the campaign, the
 * source and each measure, and how money is scaled; this class does the rest the same way for every preset: parse
 * each cell, refuse impossible values, catch duplicate rows, sum breakdowns, report every problem with its column.
 */
public final class MeasureTable {

    private record MeasureColumn(int column, String measure, BigDecimal multiplier, boolean secondsPerVisit) {
    }

    private static final Pattern DURATION = Pattern.compile("(?:(\\d+):)?(\\d{1,2}):(\\d{2})(?:[.,]\\d+)?");

    private final HeaderIndex header;
    private final LocaleNumber.DecimalMark mark;
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

    public MeasureTable(HeaderIndex header, LocaleNumber.DecimalMark mark) {
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
        TableRow row;
        while ((row = rows.next()) != null) {
            if (!skip.test(row)) {
                readRow(row, collector, sink);
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
            sink.reject(new RowProblem(header.line(), header.name(m.column()), "the currency of this column is "
                    + "unknown, so it is not imported: put it in the header as \"(RUB)\", add a currency column "
                    + "or choose the currency in the import options"));
            ignored.add(m.column());
            return true;
        });
    }

    private void readRow(TableRow row, ObservationCollector collector, RowSink sink) {
        LocalDate period = fixedPeriod != null ? fixedPeriod : row.date(dateKey);
        if (period != null) {
            period = startOf(period, grain);
        }
        String campaign = campaignKeys.stream().map(row::text).filter(c -> c != null).findFirst().orElse(null);
        String source = source(row);
        String rowChannel = channelKey != null && row.text(channelKey) != null ? row.text(channelKey) : channel;
        String rowCurrency = currencyKey != null && row.text(currencyKey) != null
                ? row.text(currencyKey).toUpperCase(java.util.Locale.ROOT) : currency;
        Map<MeasureColumn, BigDecimal> values = new LinkedHashMap<>();
        BigDecimal visits = null;
        for (MeasureColumn m : measures) {
            BigDecimal value = m.secondsPerVisit() ? seconds(row, m.column()) : value(row, m);
            if (value == null) {
                continue;
            }
            if ("visits".equals(m.measure())) {
                visits = value;
            }
            values.put(m, value);
        }
        for (var entry : values.entrySet()) {
            MeasureColumn m = entry.getKey();
            if (m.secondsPerVisit()) {
                entry.setValue(visits == null ? null
                        : entry.getValue().multiply(visits).setScale(0, RoundingMode.HALF_UP));
            }
            if (entry.getValue() == null) {
                continue;
            }
            ObservationCollector.implausible(m.measure(), entry.getValue())
                    .ifPresent(reason -> row.problem(m.column(), reason));
            if (BaseMeasures.isMoney(m.measure()) && rowCurrency == null) {
                row.problem(m.column(), "the currency cell is empty: expected a currency code such as RUB");
            }
        }
        if (row.hasProblems()) {
            row.problems().forEach(sink::reject);
            return;
        }
        if (!collector.firstOccurrence(row.line(), identityCells(row), valueCells(row))) {
            return;
        }
        for (var entry : values.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            MeasureColumn m = entry.getKey();
            collector.accept(new ObservationRow(row.line(), m.measure(), period, grain, rowChannel, campaign, source,
                    entry.getValue(), BaseMeasures.isMoney(m.measure()) ? rowCurrency : null),
                    header.name(m.column()));
        }
    }

    private BigDecimal value(TableRow row, MeasureColumn m) {
        return switch (LocaleNumber.parse(row.cell(m.column()), mark)) {
            case LocaleNumber.Missing missing -> null;
            case LocaleNumber.Malformed malformed -> {
                row.problem(m.column(), malformed.reason());
                yield null;
            }
            case LocaleNumber.Value v when v.percent() -> {
                row.problem(m.column(), Cells.quote(row.cell(m.column())) + " is a percentage: expected a "
                        + m.measure() + " amount, not a share");
                yield null;
            }
            case LocaleNumber.Value v -> v.number().multiply(m.multiplier());
        };
    }

    private BigDecimal seconds(TableRow row, int column) {
        String cell = row.cell(column);
        if (Cells.isNull(cell)) {
            return null;
        }
        Matcher d = DURATION.matcher(cell.strip());
        if (d.matches()) {
            long hours = d.group(1) == null ? 0 : Long.parseLong(d.group(1));
            return BigDecimal.valueOf(hours * 3600 + Long.parseLong(d.group(2)) * 60 + Long.parseLong(d.group(3)));
        }
        return switch (LocaleNumber.parse(cell, mark)) {
            case LocaleNumber.Value v when !v.percent() -> v.number();
            default -> {
                row.problem(column, Cells.quote(cell) + " is not a duration: expected h:mm:ss or seconds");
                yield null;
            }
        };
    }

    private String source(TableRow row) {
        List<String> parts = sourceKeys.stream().map(row::text).filter(s -> s != null).toList();
        return parts.isEmpty() ? null : String.join(" / ", parts);
    }

    private List<String> identityCells(TableRow row) {
        Set<Integer> valueColumns = new HashSet<>(ignored);
        measures.forEach(m -> valueColumns.add(m.column()));
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            if (!valueColumns.contains(i)) {
                cells.add(row.cell(i));
            }
        }
        return cells;
    }

    private List<String> valueCells(TableRow row) {
        return measures.stream().map(m -> row.cell(m.column())).toList();
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
