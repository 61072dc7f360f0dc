package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.ImportInput;
import com.kpipulse.application.importing.ImportPreset;
import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.importing.RowSink;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.domain.input.DecimalInput;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.input.InputProblemKind;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.text.Message;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Yandex Metrica Logs API visits ({@code source=visits}, TSV with {@code ym:s:} field names, arrays as ClickHouse
 * literals {@code [1,2]} / {@code ['a','b']}), aggregated here per day, raw traffic source and UTM campaign: visits
 * (one per line), {@code session_seconds} (sum of {@code visitDuration}), target actions (goal reaches in
 * {@code goalsID}, only the goals of option {@code goals} when given), orders and revenue from {@code purchaseID} /
 * {@code purchaseRevenue} (currency from option {@code currency}, else the company's). Unique visitors are not derived: they would need
 * every client id of a day in memory.
 */
@ApplicationScoped
public class MetricaLogsTsvPreset implements ImportPreset {

    private static final String DATE = "ym:s:date";

    @Override
    public String id() {
        return "metrica-logs-tsv";
    }

    @Override
    public String sourceSystem() {
        return "yandex_metrica";
    }

    @Override
    public String descriptionRu() {
        return "Яндекс Метрика: Logs API, визиты в TSV (суммируются по дням и источникам)";
    }

    @Override
    public String descriptionEn() {
        return "Yandex Metrica: Logs API visits TSV (aggregated per day and traffic source)";
    }

    @Override
    public void read(ImportInput input, RowSink sink) throws IOException {
        if (!(TextSniffer.open(input.content()) instanceof TextSniffer.Text text)) {
            sink.reject(RowProblem.ofFile(Message.of(FileProblemKind.LOGS_NOT_TEXT)));
            return;
        }
        Set<String> goals = input.options().containsKey("goals")
                ? Arrays.stream(input.options().get("goals").split(",")).map(String::strip).collect(Collectors.toSet())
                : Set.of();
        String currency = input.currency();
        FlexibleDate dates = new FlexibleDate(input.company().today());
        try (DelimitedTextReader reader = new DelimitedTextReader(text.reader())) {
            DelimitedTextReader.TextLine headerLine = reader.nextLine();
            if (headerLine == null || headerLine.text().isBlank()) {
                sink.reject(RowProblem.ofFile(Message.of(FileProblemKind.LOGS_EMPTY)));
                return;
            }
            List<String> header = List.of(headerLine.text().split("\t", -1));
            int date = header.indexOf(DATE);
            if (date < 0) {
                sink.reject(new RowProblem(1, null, Message.of(FileProblemKind.LOGS_MISSING_DATE, DATE)));
                return;
            }
            int traffic = header.indexOf("ym:s:lastTrafficSource");
            int utmSource = header.indexOf("ym:s:UTMSource");
            int utmMedium = header.indexOf("ym:s:UTMMedium");
            int utmCampaign = header.indexOf("ym:s:UTMCampaign");
            int duration = header.indexOf("ym:s:visitDuration");
            int goalsId = header.indexOf("ym:s:goalsID");
            int purchases = header.indexOf("ym:s:purchaseID");
            int revenue = header.indexOf("ym:s:purchaseRevenue");
            HeaderIndex headerIndex = new HeaderIndex(1, header, Map.of());
            ObservationCollector collector = new ObservationCollector(sink);
            DelimitedTextReader.TextLine line;
            while ((line = reader.nextLine()) != null) {
                if (line.text().isEmpty()) {
                    continue;
                }
                String[] cells = line.text().split("\t", -1);
                if (cells.length != header.size()) {
                    sink.reject(new RowProblem(line.number(), null, Message.of(FileProblemKind.TRUNCATED_LINE,
                            cells.length, header.size())));
                    continue;
                }
                TableRow row = new TableRow(line.number(), Arrays.asList(cells), headerIndex);
                LocalDate day = row.date(date, dates);
                BigDecimal seconds = duration < 0 ? null : row.number(duration, LocaleNumber.DecimalMark.POINT);
                List<String> goalIds = goalsId < 0 ? List.of() : array(row, goalsId);
                List<String> purchaseIds = purchases < 0 ? List.of() : array(row, purchases);
                BigDecimal income = BigDecimal.ZERO;
                for (String amount : revenue < 0 ? List.<String>of() : array(row, revenue)) {
                    switch (LocaleNumber.parseStorable(amount, LocaleNumber.DecimalMark.POINT)) {
                        case LocaleNumber.Value v -> income = income.add(v.number());
                        case LocaleNumber.Malformed m when m.kind() != InputProblemKind.NOT_A_NUMBER ->
                                row.problem(revenue, m.reason());
                        default -> row.problem(revenue, Message.of(FileProblemKind.NOT_AN_AMOUNT,
                                InputProblem.excerpt(amount)));
                    }
                }
                // each amount fits the store, their sum need not
                Optional<InputProblem> tooMuch = revenue < 0 ? Optional.empty() : DecimalInput.checkRange(income);
                if (tooMuch.isPresent()) {
                    row.problem(revenue, Message.of(FileProblemKind.PURCHASES_TOO_LARGE, tooMuch.get().toMessage()));
                }
                if (row.hasProblems()) {
                    row.problems().forEach(sink::reject);
                    continue;
                }
                String source = JsonDeal.join(cell(cells, traffic), cell(cells, utmSource), cell(cells, utmMedium));
                String campaign = cell(cells, utmCampaign);
                long reaches = goalIds.stream().filter(g -> goals.isEmpty() || goals.contains(g)).count();
                add(collector, line.number(), "visits", day, campaign, source, BigDecimal.ONE, null);
                if (seconds != null) {
                    add(collector, line.number(), "session_seconds", day, campaign, source, seconds, null);
                }
                if (goalsId >= 0) {
                    add(collector, line.number(), "target_actions", day, campaign, source, BigDecimal.valueOf(reaches),
                            null);
                }
                if (purchases >= 0) {
                    add(collector, line.number(), "orders", day, campaign, source,
                            BigDecimal.valueOf(purchaseIds.size()), null);
                }
                if (revenue >= 0) {
                    add(collector, line.number(), "revenue", day, campaign, source, income, currency);
                }
            }
            collector.finish();
        }
    }

    private static void add(ObservationCollector collector, long line, String measure, LocalDate day, String campaign,
                            String source, BigDecimal value, String currency) {
        collector.accept(new ObservationRow(line, measure, day, Grain.DAY, null, campaign, source, value, currency),
                null);
    }

    private static String cell(String[] cells, int i) {
        return i < 0 ? null : Cells.text(cells[i]);
    }

    /** The elements of a ClickHouse array literal such as {@code [1,2]} or {@code ['a','b']}. */
    static List<String> array(TableRow row, int column) {
        String cell = row.cell(column).strip();
        if (!cell.startsWith("[") || !cell.endsWith("]")) {
            row.problem(column, Message.of(FileProblemKind.NOT_A_LIST, InputProblem.excerpt(cell)));
            return List.of();
        }
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        boolean quoted = false;
        String body = cell.substring(1, cell.length() - 1);
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                item.append(body.charAt(++i));
            } else if (c == '\'') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                items.add(item.toString().strip());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        if (!body.isBlank()) {
            items.add(item.toString().strip());
        }
        return items;
    }
}
