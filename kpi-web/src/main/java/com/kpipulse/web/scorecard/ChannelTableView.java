package com.kpipulse.web.scorecard;

import com.kpipulse.application.scorecard.Scorecard;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.web.text.Formats;
import com.kpipulse.web.text.Names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A table per channel (the marketer's channel economics, the SMM specialist's networks) in the reader's language:
 * figures formatted, each cell with the raw number to sort by and, where a figure is missing or stood in for, why
 * in its title. The total row stays out of the sorting.
 *
 * @param footnotes one line per stand-in used in the table, said once under it
 */
public record ChannelTableView(List<Column> columns, List<Row> rows, Row total, String withoutData,
                               List<String> footnotes) {

    /** A column heading; KPIs link to their detail page, with the formula as the title. */
    public record Column(String code, String name, boolean link, String title) {
    }

    public record Row(String code, String name, List<Cell> cells) {
    }

    /**
     * @param sort    the plain number the table sorts by ("" when there is none: such cells sort last)
     * @param title   why the figure is missing or stood in for; "" when plain
     * @param stoodIn true when the figure is a stand-in, marked with an asterisk
     */
    public record Cell(String display, String sort, String title, boolean stoodIn) {
    }

    static ChannelTableView from(Scorecard.ChannelTable table, boolean filtered, Locale locale, ScorecardMessages messages) {
        List<Column> columns = table.columns().stream().map(column -> new Column(column.figure().code().value(),
                column.figure().name(locale), column.kpi() && column.readable(), column.kpi()
                ? tooltip(column.figure().explanation(locale), column.figure().formula()) : "")).toList();
        Set<String> footnotes = new LinkedHashSet<>();
        List<Row> rows = table.rows().stream().map(row -> new Row(row.channel(), Names.channel(row.channel(), locale),
                cells(table, row.cells(), footnotes, locale, messages))).toList();
        Row total = new Row("total", filtered ? messages.total_chosen() : messages.total_all(),
                cells(table, table.total(), footnotes, locale, messages));
        String withoutData = table.withoutData().isEmpty() ? "" : messages.without_data(table.withoutData().stream()
                .map(channel -> Names.channel(channel, locale)).collect(Collectors.joining(", ")));
        return new ChannelTableView(columns, rows, total, withoutData, List.copyOf(footnotes));
    }

    private static List<Cell> cells(Scorecard.ChannelTable table, List<Scorecard.Cell> cells, Set<String> footnotes,
                                    Locale locale, ScorecardMessages messages) {
        var views = new ArrayList<Cell>();
        for (int i = 0; i < cells.size(); i++) {
            Scorecard.Cell cell = cells.get(i);
            KpiValue value = cell.value();
            String display = Formats.display(value, locale);
            String sort = value.number().map(number -> number.stripTrailingZeros().toPlainString()).orElse("");
            String title = cell.note().map(note -> switch (note) {
                case Scorecard.CellNote.StoodIn stood -> messages.cell_stood_in(stood.missing().name(locale),
                        stood.standIn().name(locale), stood.standIn().formula());
                case Scorecard.CellNote.NoData missing -> messages.cell_no_data(missing.measure().name(locale));
                case Scorecard.CellNote.Zero zero -> messages.cell_zero(zero.measure().name(locale));
            }).orElseGet(() -> Formats.reason(value, locale));
            boolean stoodIn = cell.note().orElse(null) instanceof Scorecard.CellNote.StoodIn;
            if (cell.note().orElse(null) instanceof Scorecard.CellNote.StoodIn stood) {
                footnotes.add(messages.stood_in_footnote(table.columns().get(i).figure().name(locale),
                        stood.standIn().name(locale), stood.standIn().formula(), stood.missing().name(locale)));
            }
            views.add(new Cell(display, sort, title, stoodIn));
        }
        return views;
    }

    private static String tooltip(String explanation, String formula) {
        return explanation.isBlank() ? formula : explanation + " — " + formula;
    }
}
