package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.ImportInput;
import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.importing.RowSink;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.text.Message;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a preset declares about a report whose rows are "period × dimensions → measure columns" (ad platform and
 * analytics exports, the generic preset): which recognised columns hold the period, the campaign, the source and each
 * measure, and how money is scaled. {@link MeasureRowReader} then reads every such report the same way.
 */
public final class MeasureTableSpec {

    /** A column of a measure as declared: where it is, what it holds and how its cells are read. */
    record MeasureColumn(int column, String measure, BigDecimal multiplier, boolean secondsPerVisit) {
    }

    private final HeaderIndex header;
    private final LocaleNumber.DecimalMark mark;
    private final FlexibleDate dates;
    private final List<MeasureColumn> measures = new ArrayList<>();
    private final Set<Integer> ignored = new LinkedHashSet<>();
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
    public MeasureTableSpec(HeaderIndex header, LocaleNumber.DecimalMark mark, FlexibleDate dates) {
        this.header = header;
        this.mark = mark;
        this.dates = dates;
    }

    /** A spec whose dates are read for an import of {@code input}, on its company's today. */
    public MeasureTableSpec(HeaderIndex header, LocaleNumber.DecimalMark mark, ImportInput input) {
        this(header, mark, new FlexibleDate(input.company().today()));
    }

    /**
     * Reads {@code input} as a delimited report with {@code columns}, its rows as {@code declare} says for the header
     * found. A file without such a header is reported to {@code sink} and read no further.
     */
    public static void readDelimited(ImportInput input, ColumnSpec columns, RowSink sink,
                                     Function<DelimitedTable, MeasureTableSpec> declare) throws IOException {
        Optional<DelimitedTable> opened = DelimitedTable.open(input.content(), columns, sink);
        if (opened.isEmpty()) {
            return;
        }
        try (DelimitedTable table = opened.get()) {
            declare.apply(table).read(table::next, sink);
        }
    }

    /** Every column recognised under {@code key} holds {@code measure}, multiplied by {@code multiplier}. */
    public MeasureTableSpec measure(String key, String measure, BigDecimal multiplier) {
        for (int column : header.indexes(key)) {
            measures.add(new MeasureColumn(column, measure, multiplier, false));
        }
        return this;
    }

    public MeasureTableSpec measure(String key, String measure) {
        return measure(key, measure, BigDecimal.ONE);
    }

    /**
     * The columns of an ad platform's daily report, under the keys its preset recognises them by: the day
     * ({@code date}), impressions, clicks, spend ({@code cost}, times {@code moneyScale}) and conversions (target
     * actions); figures derived from those ({@code derived}: CTR, average CPC) are not imported.
     */
    public MeasureTableSpec adPlatformDays(String channel, BigDecimal moneyScale) {
        return period("date", Grain.DAY)
                .channel(channel)
                .measure("impressions", "impressions")
                .measure("clicks", "clicks")
                .measure("cost", "ad_spend", moneyScale)
                .measure("conversions", "target_actions")
                .ignore("derived");
    }

    /** An average duration per visit ({@code 0:01:23} or seconds) turned into total {@code session_seconds}. */
    public MeasureTableSpec averageVisitDuration(String key) {
        for (int column : header.indexes(key)) {
            measures.add(new MeasureColumn(column, "session_seconds", BigDecimal.ONE, true));
        }
        return this;
    }

    /** Columns derived from others (CTR, average CPC, bounce rate): not imported, not part of a row's identity. */
    public MeasureTableSpec ignore(String... keys) {
        for (String key : keys) {
            ignored.addAll(header.indexes(key));
        }
        return this;
    }

    /** Each row's period of {@code grain} is the one that holds the day in the column recognised under the key. */
    public MeasureTableSpec period(String dateKey, Grain grain) {
        this.dateKey = dateKey;
        this.grain = grain;
        return this;
    }

    /** The whole file covers one period (a GA4 report between its start and end date): no row has a date column. */
    public MeasureTableSpec fixedPeriod(LocalDate start, Grain grain) {
        this.fixedPeriod = start;
        return period(null, grain);
    }

    /** Columns naming the campaign, in order of preference (a name before an id). */
    public MeasureTableSpec campaign(String... keys) {
        this.campaignKeys = List.of(keys);
        return this;
    }

    /** Columns that together make the raw source, joined as {@code utm_source / utm_medium}. */
    public MeasureTableSpec source(String... keys) {
        this.sourceKeys = List.of(keys);
        return this;
    }

    public MeasureTableSpec channel(String channel) {
        this.channel = channel;
        return this;
    }

    /** The channel is written in a column of the file (generic preset). */
    public MeasureTableSpec channelColumn(String key) {
        this.channelKey = key;
        return this;
    }

    /** Currency of money measures: a column per row, else {@code fallback}. */
    public MeasureTableSpec currency(String currencyKey, String fallback) {
        this.currencyKey = currencyKey;
        this.currency = fallback;
        return this;
    }

    /** Rows a preset knows to drop (for example a GA4 totals row whose first cell is empty). */
    public MeasureTableSpec skipRows(Predicate<TableRow> skip) {
        this.skip = skip;
        return this;
    }

    /** Hands values on as they are read (see {@link ObservationCollector#passingThrough}). */
    public MeasureTableSpec streaming() {
        this.streaming = true;
        return this;
    }

    public boolean hasMeasures() {
        return !measures.isEmpty();
    }

    /** Reads all rows and hands observations and problems to {@code sink}. */
    public void read(RowSupplier rows, RowSink sink) throws IOException {
        ObservationCollector collector = streaming ? ObservationCollector.passingThrough(sink)
                : new ObservationCollector(sink);
        new MeasureRowReader(layout(sink), new MeasureCellParser(mark), collector, sink).readAll(rows, skip);
    }

    /**
     * The spec resolved against the header. Money without a currency cannot be imported: such a column is said once
     * to {@code sink} and left out of the values, the other columns still count.
     */
    private MeasureTableLayout layout(RowSink sink) {
        boolean noCurrency = currency == null && (currencyKey == null || !header.has(currencyKey));
        List<MeasureColumn> kept = new ArrayList<>(measures.size());
        Set<Integer> notImported = new LinkedHashSet<>(ignored);
        for (MeasureColumn declared : measures) {
            if (noCurrency && BaseMeasures.isMoney(declared.measure())) {
                sink.reject(new RowProblem(header.line(), header.name(declared.column()),
                        Message.of(FileProblemKind.MONEY_COLUMN_WITHOUT_CURRENCY)));
                notImported.add(declared.column());
            } else {
                kept.add(declared);
            }
        }
        return new MeasureTableLayout(header, dates, kept, notImported, new MeasureTableLayout.Dimensions(dateKey,
                fixedPeriod, grain, campaignKeys, sourceKeys, channel, channelKey, currency, currencyKey));
    }
}
