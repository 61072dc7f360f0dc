package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.ImportInput;
import com.kpipulse.application.importing.ImportPreset;
import com.kpipulse.application.importing.RowSink;
import com.kpipulse.domain.period.Grain;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;

/**
 * A Yandex Metrica report as CSV ({@code /stat/v1/data.csv} or the web "Скачать CSV"): translated headers in Russian
 * or English, the "Итого и средние" / "Totals and averages" row dropped, ratios (bounce rate, depth) not imported.
 * The average visit duration becomes total {@code session_seconds}; goal completions become {@code target_actions}.
 * Traffic source and UTM columns are kept raw in {@code source}; mapping them to channels is done later.
 */
@ApplicationScoped
public class MetricaReportCsvPreset implements ImportPreset {

    static final ColumnSpec COLUMNS = new ColumnSpec()
            .optional("day", "Дата визита", "Дата", "Date of visit", "Date", "ym:s:date")
            .optional("week", "Неделя визита", "Неделя", "Week of visit", "Week", "ym:s:startOfWeek")
            .optional("month", "Месяц визита", "Месяц", "Month of visit", "Month", "ym:s:startOfMonth")
            .pattern("trafficSource", "((последний|первый)( значимый)? )?источник трафика|((last|first)( significant)?"
                    + " )?traffic source|ym:s:\\w*trafficsource")
            .optional("utmSource", "UTM Source", "ym:s:UTMSource")
            .optional("utmMedium", "UTM Medium", "ym:s:UTMMedium")
            .optional("utmCampaign", "UTM Campaign", "ym:s:UTMCampaign")
            .optional("visits", "Визиты", "Visits", "Sessions", "ym:s:visits")
            .optional("users", "Посетители", "Users", "Visitors", "ym:s:users")
            .optional("duration", "Время на сайте", "Time on site", "Avg. visit duration", "Average visit duration",
                    "ym:s:avgVisitDurationSeconds")
            .pattern("goals", "(достижения цели|goal completions|goal reaches|ym:s:goal\\d+reaches).*")
            .optional("purchases", "Покупки", "Purchases", "Ecommerce purchases", "ym:s:ecommercePurchases")
            .pattern("revenue", "(доход|revenue)( ?[(,].*)?")
            .pattern("derived", "(отказы|глубина просмотра|просмотры|новые посетители|доля новых|конверсия|bounce rate"
                    + "|page depth|pageviews|new users|new visitors|percentage of new|conversion rate).*")
            .requireAny("\"Дата визита\" / \"Date of visit\" / \"Неделя визита\" / \"Месяц визита\"", "day", "week", "month")
            .requireAny("\"Визиты\" / \"Sessions\" / \"Посетители\" / \"Покупки\"", "visits", "users", "goals", "purchases");

    @Override
    public String id() {
        return "metrica-report-csv";
    }

    @Override
    public String sourceSystem() {
        return "yandex_metrica";
    }

    @Override
    public String descriptionRu() {
        return "Яндекс Метрика: отчёт в CSV (заголовки на русском или английском, строка «Итого и средние»)";
    }

    @Override
    public String descriptionEn() {
        return "Yandex Metrica: report as CSV (Russian or English headers, the totals row)";
    }

    @Override
    public void read(ImportInput input, RowSink sink) throws IOException {
        MeasureTableSpec.readDelimited(input, COLUMNS, sink, table -> new MeasureTableSpec(table.header(),
                table.decimalMark(), input)
                .period(dateKey(table.header()), grain(dateKey(table.header())))
                .source("trafficSource", "utmSource", "utmMedium")
                .campaign("utmCampaign")
                .measure("visits", "visits")
                .measure("users", "unique_visitors")
                .averageVisitDuration("duration")
                .measure("goals", "target_actions")
                .measure("purchases", "orders")
                .measure("revenue", "revenue")
                .ignore("derived")
                .currency(null, Currencies.fromHeader(table.header().name("revenue")).orElse(input.currency())));
    }

    /** The finest of the date columns the header has: days, else weeks, else months. */
    private static String dateKey(HeaderIndex header) {
        return header.has("day") ? "day" : header.has("week") ? "week" : "month";
    }

    private static Grain grain(String dateKey) {
        return switch (dateKey) {
            case "day" -> Grain.DAY;
            case "week" -> Grain.WEEK;
            default -> Grain.MONTH;
        };
    }
}
