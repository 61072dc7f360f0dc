package com.kpipulse.adapters.importing.pull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kpipulse.application.importing.pull.AccessToken;
import com.kpipulse.application.importing.pull.FetchedReport;
import com.kpipulse.application.importing.pull.PullConnection;
import com.kpipulse.application.importing.pull.ReportSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The Yandex Direct Reports service: {@code POST /json/v5/reports}, a custom report by day and campaign in TSV with
 * money in micros, read by the {@code direct-api-tsv} preset. In {@code processingMode: auto} Direct may queue the
 * report (201, 202 with {@code retryIn}): the same request is sent again after {@code retryIn} seconds, as long as
 * the total wait stays within {@code kpi.pull.max-wait}; past it, the next scheduled pull asks again and Direct hands
 * over the report it built in the meantime.
 */
@ApplicationScoped
public class DirectReportClient implements ReportSource {

    static final List<String> FIELDS = List.of("Date", "CampaignId", "CampaignName", "Impressions", "Clicks", "Cost",
            "Conversions");
    private static final Duration DEFAULT_RETRY_IN = Duration.ofSeconds(10);

    private final ReportHttp http;
    private final String includeVat;

    /**
     * @param includeVat {@code YES} to import costs with VAT, {@code NO} (default) for costs as the Direct interface
     *                   shows them by default
     */
    @Inject
    public DirectReportClient(
            @ConfigProperty(name = "kpi.pull.direct.base-url", defaultValue = "https://api.direct.yandex.com") URI baseUrl,
            @ConfigProperty(name = "kpi.pull.direct.include-vat", defaultValue = "NO") String includeVat,
            @ConfigProperty(name = "kpi.pull.max-wait", defaultValue = "PT5M") Duration maxWait) {
        this.http = new ReportHttp("Yandex Direct", baseUrl, maxWait);
        if (!includeVat.equals("YES") && !includeVat.equals("NO")) {
            throw new IllegalArgumentException("kpi.pull.direct.include-vat is YES or NO, got «" + includeVat + "»");
        }
        this.includeVat = includeVat;
    }

    @Override
    public PullConnection.Kind kind() {
        return PullConnection.Kind.DIRECT;
    }

    @Override
    public FetchedReport fetch(PullConnection connection, AccessToken token, LocalDate from, LocalDate to) {
        String base = http.base(connection);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/json/v5/reports"))
                .timeout(ReportHttp.REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token.value())
                .header("Client-Login", connection.account())
                .header("Accept-Language", "en")
                .header("Content-Type", "application/json; charset=utf-8")
                .header("processingMode", "auto")
                .header("returnMoneyInMicros", "true")
                .header("skipReportHeader", "true")
                .header("skipReportSummary", "true")
                .POST(HttpRequest.BodyPublishers.ofString(body(connection, from, to), StandardCharsets.UTF_8))
                .build();
        return http.exchange(request, base, token, response -> switch (response.statusCode()) {
            case 200 -> new ReportHttp.Step.Done(report(connection, response.body(), from, to));
            case 201, 202 -> {
                Duration retryIn = ReportHttp.seconds(response, "retryIn", DEFAULT_RETRY_IN);
                yield new ReportHttp.Step.AskAgain(retryIn, "Yandex Direct is still building the report (queued, retry"
                        + " in " + retryIn.toSeconds() + " s), longer than the pull may wait; the next pull asks again");
            }
            case 429 -> ReportHttp.rateLimited(response, DEFAULT_RETRY_IN, reason(response, connection));
            default -> new ReportHttp.Step.Done(ReportHttp.failure(reason(response, connection), token));
        });
    }

    /**
     * The report request. Direct keeps reports by name per advertiser and refuses a known name with other
     * parameters, so the name carries the period and a digest of the field set.
     */
    String body(PullConnection connection, LocalDate from, LocalDate to) {
        ObjectNode params = ReportHttp.mapper().createObjectNode();
        params.putObject("SelectionCriteria").put("DateFrom", from.toString()).put("DateTo", to.toString());
        FIELDS.forEach(params.putArray("FieldNames")::add);
        params.putArray("OrderBy").addObject().put("Field", "Date");
        params.put("ReportName", "KPI Pulse " + from + " " + to + " "
                + Integer.toHexString((FIELDS + includeVat).hashCode()));
        params.put("ReportType", "CUSTOM_REPORT");
        params.put("DateRangeType", "CUSTOM_DATE");
        params.put("Format", "TSV");
        params.put("IncludeVAT", includeVat);
        ObjectNode body = ReportHttp.mapper().createObjectNode();
        body.set("params", params);
        try {
            return ReportHttp.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FetchedReport report(PullConnection connection, byte[] body, LocalDate from, LocalDate to) {
        long lines = new String(body, StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).count();
        if (lines <= 1) {
            return new FetchedReport.NoData("Yandex Direct has no statistics for " + connection.account() + " from "
                    + from + " to " + to);
        }
        return new FetchedReport.Payload("direct-" + connection.account() + "-" + from + "-" + to + ".tsv", body,
                "direct-api-tsv", Map.of("currency", connection.currency()));
    }

    /** The documented error body: {@code {"error":{"request_id","error_code","error_string","error_detail"}}}. */
    private String reason(HttpResponse<byte[]> response, PullConnection connection) {
        int status = response.statusCode();
        String detail = ReportHttp.json(response.body()).map(json -> json.path("error"))
                .filter(JsonNode::isObject)
                .map(DirectReportClient::error)
                .orElseGet(() -> ReportHttp.excerpt(response.body()));
        return http.reason(status, "Yandex Direct refused the token or the client login «" + connection.account()
                + "» (" + status + ")", detail);
    }

    private static String error(JsonNode error) {
        String detail = error.path("error_detail").asText("");
        return "error " + error.path("error_code").asText("?") + " " + error.path("error_string").asText("")
                + (detail.isBlank() ? "" : ": " + detail)
                + (error.hasNonNull("request_id") ? " (request_id " + error.path("request_id").asText() + ")" : "");
    }
}
