package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.ImportInput;
import com.kpipulse.application.importing.ImportPreset;
import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.importing.RowSink;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.text.Message;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report downloaded from the Google Analytics 4 interface as CSV: a {@code #} comment block with
 * {@code # Start date: YYYYMMDD} and {@code # End date: YYYYMMDD}, then the table with UI names, maybe a totals row.
 * With a {@code Date} column the rows are days; without one the file is one period, which must be a day, an ISO week
 * or a calendar month. Channel group and source/medium stay raw in {@code source}.
 */
@ApplicationScoped
public class Ga4CsvPreset implements ImportPreset {

    private static final Pattern PREAMBLE_DATE = Pattern.compile("#\\s*(start|end) date:\\s*(\\d{8})\\s*",
            Pattern.CASE_INSENSITIVE);

    static final ColumnSpec COLUMNS = new ColumnSpec()
            .optional("date", "Date")
            .pattern("source", "(session|first user) (primary|default) channel group.*|session source ?/ ?medium"
                    + "|session source|session medium|first user source ?/ ?medium|default channel group")
            .pattern("campaign", "session campaign( name)?|campaign")
            .optional("sessions", "Sessions")
            .optional("users", "Users", "Total users", "Active users")
            .optional("keyEvents", "Key events", "Conversions")
            .optional("orders", "Transactions", "Purchases", "Ecommerce purchases")
            .pattern("revenue", "(total revenue|purchase revenue)( ?[(,].*)?")
            .pattern("derived", "(engaged sessions|average engagement|engagement rate|events per session|event count"
                    + "|new users|views|bounce rate|session key event rate|user key event rate|average).*")
            .requireAny("\"Sessions\" / \"Users\" / \"Key events\" / \"Transactions\"", "sessions", "users", "keyEvents", "orders");

    @Override
    public String id() {
        return "ga4-csv";
    }

    @Override
    public String sourceSystem() {
        return "ga4";
    }

    @Override
    public String descriptionRu() {
        return "Google Analytics 4: отчёт, скачанный из интерфейса в CSV (блок комментариев # с периодом)";
    }

    @Override
    public String descriptionEn() {
        return "Google Analytics 4: report downloaded from the interface as CSV (# comment block with the period)";
    }

    @Override
    public void read(ImportInput input, RowSink sink) throws IOException {
        LocalDate[] range = new LocalDate[2];
        FlexibleDate dates = new FlexibleDate(input.company().today());
        Optional<DelimitedTable> opened = DelimitedTable.open(input.content(), COLUMNS, sink, line -> {
            Matcher m = PREAMBLE_DATE.matcher(line.text());
            if (m.matches()) {
                FlexibleDate.Result date = dates.parse(m.group(2));
                int slot = m.group(1).equalsIgnoreCase("start") ? 0 : 1;
                if (date instanceof FlexibleDate.Value v) {
                    range[slot] = v.date();
                } else if (date instanceof FlexibleDate.Malformed bad) {
                    sink.reject(new RowProblem(line.number(), null, bad.reason()));
                }
            }
        });
        if (opened.isEmpty()) {
            return;
        }
        try (DelimitedTable table = opened.get()) {
            HeaderIndex header = table.header();
            MeasureTableSpec measures = new MeasureTableSpec(header, table.decimalMark(), dates)
                    .source("source")
                    .campaign("campaign")
                    .measure("sessions", "visits")
                    .measure("users", "unique_visitors")
                    .measure("keyEvents", "target_actions")
                    .measure("orders", "orders")
                    .measure("revenue", "revenue")
                    .ignore("derived")
                    .currency(null, Currencies.fromHeader(header.name("revenue"))
                            .orElse(input.currency()))
                    // the totals row of a GA4 table has an empty first cell
                    .skipRows(row -> Cells.isNull(row.cell(0)) || Cells.isTotalsLabel(row.cell(0)));
            if (header.has("date")) {
                measures.period("date", Grain.DAY);
            } else {
                Optional<Grain> grain = grainOf(range[0], range[1]);
                if (grain.isEmpty()) {
                    sink.reject(RowProblem.ofFile(range[0] == null || range[1] == null
                            ? Message.of(FileProblemKind.PERIOD_UNKNOWN)
                            : Message.of(FileProblemKind.PERIOD_NOT_WHOLE, range[0], range[1])));
                    return;
                }
                measures.fixedPeriod(range[0], grain.get());
            }
            measures.read(table::next, sink);
        }
    }

    /** The grain of a report period from start to end, both inclusive, if it is one whole period. */
    static Optional<Grain> grainOf(LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            return Optional.empty();
        }
        if (start.equals(end)) {
            return Optional.of(Grain.DAY);
        }
        if (start.getDayOfWeek() == DayOfWeek.MONDAY && end.equals(start.plusDays(6))) {
            return Optional.of(Grain.WEEK);
        }
        if (start.getDayOfMonth() == 1 && end.equals(start.plusMonths(1).minusDays(1))) {
            return Optional.of(Grain.MONTH);
        }
        return Optional.empty();
    }
}
