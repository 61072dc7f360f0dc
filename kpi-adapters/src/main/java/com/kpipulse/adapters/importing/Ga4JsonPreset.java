package com.kpipulse.adapters.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.kpipulse.application.importing.ImportInput;
import com.kpipulse.application.importing.ImportPreset;
import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.importing.RowSink;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.text.Message;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A Google Analytics 4 Data API {@code runReport} response: {@code rows[]} of string values read by position of
 * {@code dimensionHeaders} and {@code metricHeaders}; {@code date} as YYYYMMDD (or {@code yearMonth}, {@code isoYearIsoWeek}
 * are not read). Sessions are visits, total/active users unique visitors, key events target actions,
 * transactions orders, revenue in {@code metadata.currencyCode} (which the API sends after the rows; option
 * {@code currency} overrides it; without either, the company's currency). Source, medium and channel group stay raw in {@code source}.
 */
@ApplicationScoped
public class Ga4JsonPreset implements ImportPreset {

    @Override
    public String id() {
        return "ga4-json";
    }

    @Override
    public String sourceSystem() {
        return "ga4";
    }

    @Override
    public String descriptionRu() {
        return "Google Analytics 4: ответ Data API runReport в JSON";
    }

    @Override
    public String descriptionEn() {
        return "Google Analytics 4: Data API runReport JSON response";
    }

    @Override
    public void read(ImportInput input, RowSink sink) throws IOException {
        String[] currency = {input.options().get("currency")};
        FlexibleDate dates = new FlexibleDate(input.company().today());
        ObservationCollector counts = new ObservationCollector(sink);
        // money waits for metadata.currencyCode, which follows the rows
        ObservationCollector money = new ObservationCollector(new RowSink() {
            @Override
            public void accept(ObservationRow row) {
                sink.accept(new ObservationRow(row.line(), row.measure(), row.periodStart(), row.grain(),
                        row.channel(), row.campaign(), row.source(), row.value(), currency[0]));
            }

            @Override
            public void reject(RowProblem problem) {
                sink.reject(problem);
            }
        });
        boolean[] sawMoney = {false};
        Map<String, JsonNode> top = JsonArrays.stream(input.content(), "rows", sink, (index, element, seen) -> {
            JsonNode dimensionHeaders = seen.get("dimensionHeaders");
            JsonNode metricHeaders = seen.get("metricHeaders");
            if (dimensionHeaders == null || metricHeaders == null) {
                sink.reject(new RowProblem(index, "metricHeaders", Message.of(FileProblemKind.ROWS_BEFORE_HEADERS)));
                return;
            }
            String path = "rows[" + (index - 1) + "]";
            JsonMetricRow countRow = new JsonMetricRow(index, dates);
            JsonMetricRow moneyRow = new JsonMetricRow(index, dates);
            for (int i = 0; i < dimensionHeaders.size(); i++) {
                String name = dimensionHeaders.path(i).path("name").asText();
                JsonNode value = element.path("dimensionValues").path(i).path("value");
                String at = path + ".dimensionValues[" + i + "]";
                String text = JsonArrays.text(value);
                countRow.dimension(text);
                moneyRow.dimension(text);
                if (name.equals("date")) {
                    countRow.date(value, at, Grain.DAY);
                    moneyRow.date(value, at, Grain.DAY);
                } else if (name.endsWith("ChannelGroup") || name.endsWith("Source") || name.endsWith("Medium")
                        || name.endsWith("SourceMedium")) {
                    countRow.source(text);
                    moneyRow.source(text);
                } else if (name.endsWith("CampaignName")) {
                    countRow.campaign = text;
                    moneyRow.campaign = text;
                }
            }
            for (int i = 0; i < metricHeaders.size(); i++) {
                String name = metricHeaders.path(i).path("name").asText();
                JsonNode value = element.path("metricValues").path(i).path("value");
                String at = path + ".metricValues[" + i + "]";
                switch (name) {
                    case "sessions" -> countRow.value("visits", value, at, BigDecimal.ONE, null);
                    case "totalUsers", "activeUsers" -> countRow.value("unique_visitors", value, at, BigDecimal.ONE,
                            null);
                    case "keyEvents", "conversions" -> countRow.value("target_actions", value, at, BigDecimal.ONE,
                            null);
                    case "transactions", "ecommercePurchases" -> countRow.value("orders", value, at, BigDecimal.ONE,
                            null);
                    case "averageSessionDuration" -> countRow.averageSessionSeconds(value, at);
                    case "purchaseRevenue", "totalRevenue" -> {
                        sawMoney[0] = true;
                        moneyRow.value("revenue", value, at, BigDecimal.ONE, null);
                    }
                    default -> {
                        // ratios and other metrics are derived later from the base measures
                    }
                }
            }
            if (countRow.hasProblems() || moneyRow.hasProblems()) {
                // both rows read the same dimensions: report each problem once
                Set<RowProblem> problems = new LinkedHashSet<>(countRow.problems());
                problems.addAll(moneyRow.problems());
                problems.forEach(sink::reject);
                return;
            }
            countRow.finish(counts, sink);
            if (moneyRow.hasValues()) {
                moneyRow.finish(money, sink);
            }
        });
        counts.finish();
        if (currency[0] == null) {
            currency[0] = JsonArrays.text(top.getOrDefault("metadata", JsonArrays.MAPPER.nullNode())
                    .path("currencyCode"));
        }
        if (currency[0] == null) {
            currency[0] = input.company().currency();
        }
        money.finish();
    }
}
