package com.kpipulse.adapters.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.kpipulse.application.importing.ImportInput;
import com.kpipulse.application.importing.ImportPreset;
import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.importing.RowSink;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.text.Message;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Yandex Metrica Reports API response ({@code /stat/v1/data}): {@code data[]} rows whose dimensions and metrics
 * are read by position of {@code query.dimensions} and {@code query.metrics}. Dimensions: a date, week or month;
 * traffic source and UTM source/medium (their {@code id} when present, else {@code name}) kept raw in
 * {@code source}; UTM campaign as campaign. Metrics: visits, users (unique visitors), goal reaches (target actions,
 * only goals of option {@code goals} when given), e-commerce purchases and revenue; the average visit duration is
 * turned into total seconds. Ratios are not imported.
 */
@ApplicationScoped
public class MetricaReportJsonPreset implements ImportPreset {

    private static final Pattern GOAL = Pattern.compile("ym:s:goal(\\d+)reaches");
    private static final Pattern REVENUE = Pattern.compile("ym:s:ecommerce([A-Z]{3})ConvertedRevenue");

    @Override
    public String id() {
        return "metrica-report-json";
    }

    @Override
    public String sourceSystem() {
        return "yandex_metrica";
    }

    @Override
    public String descriptionRu() {
        return "Яндекс Метрика: ответ Reports API в JSON (data[] по порядку query.metrics)";
    }

    @Override
    public String descriptionEn() {
        return "Yandex Metrica: Reports API JSON response (data[] in the order of query.metrics)";
    }

    @Override
    public void read(ImportInput input, RowSink sink) throws IOException {
        java.util.Set<String> goals = input.options().containsKey("goals")
                ? java.util.Set.of(input.options().get("goals").split("\\s*,\\s*")) : java.util.Set.of();
        ObservationCollector collector = new ObservationCollector(sink);
        FlexibleDate dates = new FlexibleDate(input.company().today());
        boolean[] queryMissing = {false};
        JsonArrays.stream(input.content(), "data", sink, (index, element, top) -> {
            JsonNode query = top.get("query");
            if (query == null) {
                if (!queryMissing[0]) {
                    sink.reject(new RowProblem(index, "query", Message.of(FileProblemKind.ROWS_BEFORE_QUERY)));
                    queryMissing[0] = true;
                }
                return;
            }
            String path = "data[" + (index - 1) + "]";
            JsonMetricRow row = new JsonMetricRow(index, dates);
            JsonNode dimensions = element.path("dimensions");
            for (int i = 0; i < query.path("dimensions").size(); i++) {
                String name = query.path("dimensions").path(i).asText();
                JsonNode value = dimensions.path(i);
                String text = JsonArrays.text(value.hasNonNull("id") ? value.path("id") : value.path("name"));
                row.dimension(text);
                String at = path + ".dimensions[" + i + "]";
                if (name.equals("ym:s:date")) {
                    row.date(value.path("name"), at, Grain.DAY);
                } else if (name.equals("ym:s:startOfWeek")) {
                    row.date(value.path("name"), at, Grain.WEEK);
                } else if (name.equals("ym:s:startOfMonth")) {
                    row.date(value.path("name"), at, Grain.MONTH);
                } else if (name.endsWith("TrafficSource") || name.equals("ym:s:UTMSource")
                        || name.equals("ym:s:UTMMedium")) {
                    row.source(text);
                } else if (name.equals("ym:s:UTMCampaign") || name.endsWith("DirectClickOrder")) {
                    row.campaign = text;
                }
            }
            JsonNode metrics = element.path("metrics");
            String currency = JsonArrays.text(query.path("currency"));
            for (int i = 0; i < query.path("metrics").size(); i++) {
                String name = query.path("metrics").path(i).asText();
                JsonNode value = metrics.path(i);
                String at = path + ".metrics[" + i + "]";
                Matcher goal = GOAL.matcher(name);
                Matcher revenue = REVENUE.matcher(name);
                if (name.equals("ym:s:visits")) {
                    row.value("visits", value, at, BigDecimal.ONE, null);
                } else if (name.equals("ym:s:users")) {
                    row.value("unique_visitors", value, at, BigDecimal.ONE, null);
                } else if (name.equals("ym:s:avgVisitDurationSeconds")) {
                    row.averageSessionSeconds(value, at);
                } else if (goal.matches() && (goals.isEmpty() || goals.contains(goal.group(1)))) {
                    row.value("target_actions", value, at, BigDecimal.ONE, null);
                } else if (name.equals("ym:s:ecommercePurchases")) {
                    row.value("orders", value, at, BigDecimal.ONE, null);
                } else if (revenue.matches()) {
                    row.value("revenue", value, at, BigDecimal.ONE, revenue.group(1));
                } else if (name.equals("ym:s:ecommerceRevenue") && currency != null) {
                    row.value("revenue", value, at, BigDecimal.ONE, currency);
                }
            }
            row.finish(collector, sink);
        });
        collector.finish();
    }
}
