package com.kpipulse.adapters.importing.pull;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.kpipulse.application.importing.pull.AccessToken;
import com.kpipulse.application.importing.pull.FetchedReport;
import com.kpipulse.application.importing.pull.PullConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.kpipulse.adapters.importing.pull.PullStubs.FROM;
import static com.kpipulse.adapters.importing.pull.PullStubs.TO;
import static com.kpipulse.adapters.importing.pull.PullStubs.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

class DirectReportClientHonoursTheReportQueueTest {

    private static final String REPORTS = "/json/v5/reports";

    private final WireMockServer api = new WireMockServer(options().dynamicPort());
    private final DirectReportClient client = new DirectReportClient(URI.create("https://api.direct.invalid"), "NO",
            Duration.ofSeconds(5));
    private PullConnection connection;

    @BeforeEach
    void start() {
        api.start();
        connection = PullStubs.connection(PullConnection.Kind.DIRECT, "shop-client", api.port());
    }

    @AfterEach
    void stop() {
        api.stop();
    }

    @Test
    void aReadyReportIsHandedToTheDirectPresetInTheAccountCurrency() {
        api.stubFor(post(urlEqualTo(REPORTS)).willReturn(tsv(200, PullStubs.DIRECT_REPORT)));

        FetchedReport fetched = fetch();

        assertThat(fetched).isInstanceOfSatisfying(FetchedReport.Payload.class, payload -> {
            assertThat(payload.presetId()).isEqualTo("direct-api-tsv");
            assertThat(payload.options()).isEqualTo(Map.of("currency", "RUB"));
            assertThat(new String(payload.bytes(), StandardCharsets.UTF_8)).isEqualTo(PullStubs.DIRECT_REPORT);
        });
        api.verify(postRequestedFor(urlEqualTo(REPORTS))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Client-Login", equalTo("shop-client"))
                .withHeader("processingMode", equalTo("auto"))
                .withHeader("returnMoneyInMicros", equalTo("true"))
                .withHeader("skipReportHeader", equalTo("true"))
                .withHeader("skipReportSummary", equalTo("true"))
                .withRequestBody(equalToJson("""
                        {"params": {"SelectionCriteria": {"DateFrom": "2024-06-01", "DateTo": "2024-06-02"},
                                    "FieldNames": ["Date", "CampaignId", "CampaignName", "Impressions", "Clicks", "Cost",
                                                   "Conversions"],
                                    "ReportType": "CUSTOM_REPORT", "DateRangeType": "CUSTOM_DATE", "Format": "TSV",
                                    "IncludeVAT": "NO"}}""", true, true)));
    }

    @Test
    void aQueuedReportIsAskedForAgainAfterRetryInUntilItIsReady() {
        api.stubFor(post(urlEqualTo(REPORTS)).inScenario("offline").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(201).withHeader("retryIn", "1").withHeader("reportsInQueue", "1"))
                .willSetStateTo("in progress"));
        api.stubFor(post(urlEqualTo(REPORTS)).inScenario("offline").whenScenarioStateIs("in progress")
                .willReturn(aResponse().withStatus(202).withHeader("retryIn", "1"))
                .willSetStateTo("ready"));
        api.stubFor(post(urlEqualTo(REPORTS)).inScenario("offline").whenScenarioStateIs("ready")
                .willReturn(tsv(200, PullStubs.DIRECT_REPORT)));

        assertThat(fetch()).isInstanceOf(FetchedReport.Payload.class);

        List<LoggedRequest> requests = api.findAll(postRequestedFor(urlEqualTo(REPORTS)));
        assertThat(requests).hasSize(3);
        assertThat(requests).extracting(LoggedRequest::getBodyAsString).containsOnly(requests.get(0).getBodyAsString());
        for (int i = 1; i < requests.size(); i++) {
            long gap = requests.get(i).getLoggedDate().getTime() - requests.get(i - 1).getLoggedDate().getTime();
            assertThat(gap).as("pause before request %d", i + 1).isGreaterThanOrEqualTo(950);
        }
    }

    @Test
    void aReportQueuedLongerThanThePullMayWaitIsAFailureThatSaysWhenToRetry() {
        api.stubFor(post(urlEqualTo(REPORTS)).willReturn(aResponse().withStatus(202).withHeader("retryIn", "60")));

        assertThat(fetch()).isEqualTo(new FetchedReport.Failure("Yandex Direct is still building the report (queued,"
                + " retry in 60 s), longer than the pull may wait; the next pull asks again"));
        api.verify(1, postRequestedFor(urlEqualTo(REPORTS)));
    }

    @Test
    void aRetryInBeyondAnyClockIsALongWaitNotAnOverflow() {
        api.stubFor(post(urlEqualTo(REPORTS)).willReturn(aResponse().withStatus(202)
                .withHeader("retryIn", String.valueOf(Long.MAX_VALUE))));

        assertThat(fetch()).isEqualTo(new FetchedReport.Failure("Yandex Direct is still building the report (queued,"
                + " retry in 86400 s), longer than the pull may wait; the next pull asks again"));
    }

    @Test
    void aRetryInThatIsNoNumberOfSecondsIsTheUsualPause() {
        api.stubFor(post(urlEqualTo(REPORTS)).willReturn(aResponse().withStatus(202)
                .withHeader("retryIn", "9".repeat(10_000))));

        assertThat(fetch()).isEqualTo(new FetchedReport.Failure("Yandex Direct is still building the report (queued,"
                + " retry in 10 s), longer than the pull may wait; the next pull asks again"));
    }

    @Test
    void theDocumentedErrorBodyBecomesAReadableReason() {
        api.stubFor(post(urlEqualTo(REPORTS)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"request_id": "8695244274068608439", "error_code": 8000,
                                   "error_string": "Invalid request",
                                   "error_detail": "Field names in FieldNames are not unique"}}""")));

        assertThat(fetch()).isEqualTo(new FetchedReport.Failure("Yandex Direct rejected the request (400): error 8000"
                + " Invalid request: Field names in FieldNames are not unique (request_id 8695244274068608439)"));
    }

    @Test
    void aRateLimitLongerThanThePullMayWaitIsAReadableFailure() {
        api.stubFor(post(urlEqualTo(REPORTS)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")
                .withBody("{\"error\":{\"error_code\":56,\"error_string\":\"Request limit exceeded\"}}")));

        assertThat(fetch()).isInstanceOfSatisfying(FetchedReport.Failure.class, failure -> assertThat(failure.reason())
                .contains("rate limiting", "(429)", "error 56 Request limit exceeded"));
    }

    @Test
    void aServerErrorIsAFailureThatNeverCarriesTheToken() {
        api.stubFor(post(urlEqualTo(REPORTS)).willReturn(aResponse().withStatus(500).withBody("""
                {"error": {"request_id": "1", "error_code": 1000, "error_string": "Internal server error",
                           "error_detail": "token Bearer %s"}}""".formatted(TOKEN))));

        assertThat(fetch()).isInstanceOfSatisfying(FetchedReport.Failure.class, failure -> assertThat(failure.reason())
                .startsWith("Yandex Direct failed (500); the next pull tries again: error 1000")
                .doesNotContain(TOKEN));
    }

    @Test
    void aReportWithTheColumnHeaderOnlyIsNoData() {
        api.stubFor(post(urlEqualTo(REPORTS)).willReturn(tsv(200,
                "Date\tCampaignId\tCampaignName\tImpressions\tClicks\tCost\tConversions\n")));

        assertThat(fetch()).isInstanceOf(FetchedReport.NoData.class);
    }

    private FetchedReport fetch() {
        return client.fetch(connection, new AccessToken(TOKEN), FROM, TO);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder tsv(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/tab-separated-values; charset=utf-8")
                .withBody(body.getBytes(StandardCharsets.UTF_8));
    }
}
