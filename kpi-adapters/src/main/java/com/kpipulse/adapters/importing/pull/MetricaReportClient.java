package com.kpipulse.adapters.importing.pull;

import com.fasterxml.jackson.databind.JsonNode;
import com.kpipulse.application.importing.pull.AccessToken;
import com.kpipulse.application.importing.pull.FetchedReport;
import com.kpipulse.application.importing.pull.PullConnection;
import com.kpipulse.application.importing.pull.ReportSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The Yandex Metrica Reporting API: {@code GET /stat/v1/data} by day and last significant traffic source, without
 * sampling, read by the {@code metrica-report-json} preset. A rate limit (429) is waited out within the bound
 * {@code kpi.pull.max-wait}; past it, the next scheduled pull tries again.
 */
@ApplicationScoped
public class MetricaReportClient implements ReportSource {

    static final String DIMENSIONS = "ym:s:date,ym:s:lastsignTrafficSource";
    static final int LIMIT = 100_000;
    private static final Duration RATE_LIMIT_PAUSE = Duration.ofSeconds(1);

    private final ReportHttp http;
    private final String metrics;

    @Inject
    public MetricaReportClient(
            @ConfigProperty(name = "kpi.pull.metrica.base-url", defaultValue = "https://api-metrika.yandex.net") URI baseUrl,
            @ConfigProperty(name = "kpi.pull.metrica.metrics",
                    defaultValue = "ym:s:visits,ym:s:users,ym:s:avgVisitDurationSeconds") String metrics,
            @ConfigProperty(name = "kpi.pull.max-wait", defaultValue = "PT5M") Duration maxWait) {
        this.http = new ReportHttp("Yandex Metrica", baseUrl, maxWait);
        this.metrics = metrics;
    }

    @Override
    public PullConnection.Kind kind() {
        return PullConnection.Kind.METRICA;
    }

    @Override
    public FetchedReport fetch(PullConnection connection, AccessToken token, LocalDate from, LocalDate to) {
        String base = http.base(connection);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/stat/v1/data?" + query(connection, from, to)))
                .timeout(ReportHttp.REQUEST_TIMEOUT)
                .header("Authorization", "OAuth " + token.value())
                .header("Accept", "application/json")
                .GET().build();
        return http.exchange(request, base, token, response -> switch (response.statusCode()) {
            case 200 -> new ReportHttp.Step.Done(report(connection, response.body(), from, to, token));
            case 429 -> ReportHttp.rateLimited(response, RATE_LIMIT_PAUSE, reason(response, connection));
            default -> new ReportHttp.Step.Done(ReportHttp.failure(reason(response, connection), token));
        });
    }

    private String query(PullConnection connection, LocalDate from, LocalDate to) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("ids", connection.account());
        parameters.put("metrics", metrics);
        parameters.put("dimensions", DIMENSIONS);
        parameters.put("date1", from.toString());
        parameters.put("date2", to.toString());
        parameters.put("accuracy", "full");
        parameters.put("limit", String.valueOf(LIMIT));
        parameters.put("currency", connection.currency());
        parameters.put("lang", "en");
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static FetchedReport report(PullConnection connection, byte[] body, LocalDate from, LocalDate to,
                                        AccessToken token) {
        JsonNode json = ReportHttp.json(body).orElse(null);
        if (json == null || !json.path("data").isArray()) {
            return ReportHttp.failure("Yandex Metrica answered 200 without a data[] array: " + ReportHttp.excerpt(body),
                    token);
        }
        if (json.path("data").isEmpty()) {
            return new FetchedReport.NoData("Yandex Metrica has no visits for counter " + connection.account()
                    + " from " + from + " to " + to);
        }
        if (json.path("total_rows").asLong() > LIMIT) {
            return ReportHttp.failure("Yandex Metrica has " + json.path("total_rows").asLong() + " rows for the window,"
                    + " more than one page of " + LIMIT + ": shorten the re-pull window of «" + connection.name() + "»",
                    token);
        }
        return new FetchedReport.Payload("metrica-" + connection.account() + "-" + from + "-" + to + ".json", body,
                "metrica-report-json", Map.of());
    }

    /** The documented error body: {@code {"errors":[{"error_type","message"}],"code","message"}}. */
    private String reason(HttpResponse<byte[]> response, PullConnection connection) {
        int status = response.statusCode();
        String detail = ReportHttp.json(response.body())
                .filter(json -> json.has("errors") || json.has("message"))
                .map(MetricaReportClient::errors)
                .orElseGet(() -> ReportHttp.excerpt(response.body()));
        String refused = status == 401
                ? "Yandex Metrica refused the token (401): renew the OAuth token of «" + connection.name() + "»"
                : "Yandex Metrica denied access (403): check that the token of «" + connection.name()
                        + "» may read counter " + connection.account();
        return http.reason(status, refused, detail);
    }

    private static String errors(JsonNode json) {
        String listed = StreamSupport.stream(json.path("errors").spliterator(), false)
                .map(error -> error.path("error_type").asText("error") + ": " + error.path("message").asText(""))
                .collect(Collectors.joining("; "));
        return listed.isEmpty() ? json.path("message").asText() : listed;
    }
}
