package com.kpipulse.adapters.importing.pull;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.kpipulse.application.importing.pull.AccessToken;
import com.kpipulse.application.importing.pull.FetchedReport;
import com.kpipulse.application.importing.pull.PullConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.kpipulse.adapters.importing.pull.PullStubs.FROM;
import static com.kpipulse.adapters.importing.pull.PullStubs.TO;
import static com.kpipulse.adapters.importing.pull.PullStubs.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

class MetricaReportClientReadsTheReportingApiTest {

    private final WireMockServer api = new WireMockServer(options().dynamicPort());
    private final MetricaReportClient client = new MetricaReportClient(URI.create("https://api-metrika.invalid"),
            "ym:s:visits,ym:s:users,ym:s:avgVisitDurationSeconds", Duration.ofSeconds(2));
    private PullConnection connection;

    @BeforeEach
    void start() {
        api.start();
        connection = PullStubs.connection(PullConnection.Kind.METRICA, "45560703", api.port());
    }

    @AfterEach
    void stop() {
        api.stop();
    }

    @Test
    void aDailyReportBySourceIsAskedWithoutSamplingAndHandedToTheMetricaPreset() {
        api.stubFor(get(urlPathEqualTo("/stat/v1/data")).willReturn(okJson(PullStubs.METRICA_REPORT)));

        FetchedReport fetched = fetch();

        assertThat(fetched).isInstanceOfSatisfying(FetchedReport.Payload.class, payload -> {
            assertThat(payload.presetId()).isEqualTo("metrica-report-json");
            assertThat(new String(payload.bytes(), StandardCharsets.UTF_8)).isEqualTo(PullStubs.METRICA_REPORT);
        });
        api.verify(getRequestedFor(urlPathEqualTo("/stat/v1/data"))
                .withHeader("Authorization", equalTo("OAuth " + TOKEN))
                .withQueryParam("ids", equalTo("45560703"))
                .withQueryParam("metrics", equalTo("ym:s:visits,ym:s:users,ym:s:avgVisitDurationSeconds"))
                .withQueryParam("dimensions", equalTo("ym:s:date,ym:s:lastsignTrafficSource"))
                .withQueryParam("date1", equalTo("2024-06-01"))
                .withQueryParam("date2", equalTo("2024-06-02"))
                .withQueryParam("accuracy", equalTo("full"))
                .withQueryParam("limit", equalTo("100000"))
                .withQueryParam("currency", equalTo("RUB")));
    }

    @Test
    void anEmptyReportIsNoDataRatherThanAFileWithoutValues() {
        api.stubFor(get(urlPathEqualTo("/stat/v1/data")).willReturn(okJson(
                "{\"query\":{\"metrics\":[\"ym:s:visits\"]},\"data\":[],\"total_rows\":0}")));

        assertThat(fetch()).isInstanceOf(FetchedReport.NoData.class);
    }

    @Test
    void theDocumentedErrorBodyBecomesAReadableReason() {
        api.stubFor(get(urlPathEqualTo("/stat/v1/data")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"errors":[{"error_type":"invalid_parameter","message":"Wrong parameter: 'metrics'"}],
                         "code":400,"message":"Wrong parameter: 'metrics'"}""")));

        assertThat(fetch()).isEqualTo(new FetchedReport.Failure("Yandex Metrica rejected the request (400): "
                + "invalid_parameter: Wrong parameter: 'metrics'"));
    }

    @Test
    void aForbiddenCounterNamesTheCounterToCheck() {
        api.stubFor(get(urlPathEqualTo("/stat/v1/data")).willReturn(aResponse().withStatus(403).withBody("""
                {"errors":[{"error_type":"access_denied","message":"Access is denied"}],"code":403,
                 "message":"Access is denied"}""")));

        assertThat(fetch()).isInstanceOfSatisfying(FetchedReport.Failure.class, failure -> assertThat(failure.reason())
                .contains("(403)", "counter 45560703", "access_denied: Access is denied"));
    }

    @Test
    void aRateLimitIsWaitedOutAndTheReportFetchedAfterIt() {
        api.stubFor(get(urlPathEqualTo("/stat/v1/data")).inScenario("quota").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1").withBody("""
                        {"errors":[{"error_type":"quota_requests_by_uid","message":"Quota exceeded"}],"code":429}"""))
                .willSetStateTo("quota reset"));
        api.stubFor(get(urlPathEqualTo("/stat/v1/data")).inScenario("quota").whenScenarioStateIs("quota reset")
                .willReturn(okJson(PullStubs.METRICA_REPORT)));

        assertThat(fetch()).isInstanceOf(FetchedReport.Payload.class);
        api.verify(2, getRequestedFor(urlPathEqualTo("/stat/v1/data")));
    }

    @Test
    void aRateLimitLongerThanThePullMayWaitIsAFailureThatSaysSo() {
        api.stubFor(get(urlPathEqualTo("/stat/v1/data")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "30").withBody("""
                        {"errors":[{"error_type":"quota_requests_by_uid","message":"Quota exceeded"}],"code":429}""")));

        assertThat(fetch()).isInstanceOfSatisfying(FetchedReport.Failure.class, failure -> assertThat(failure.reason())
                .contains("rate limiting", "(429)", "next pull tries again", "Quota exceeded"));
        api.verify(1, getRequestedFor(urlPathEqualTo("/stat/v1/data")));
    }

    @Test
    void aRetryAfterBeyondAnyClockIsALongWaitNotAnOverflow() {
        api.stubFor(get(urlPathEqualTo("/stat/v1/data")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", String.valueOf(Long.MAX_VALUE))));

        assertThat(fetch()).isInstanceOfSatisfying(FetchedReport.Failure.class, failure -> assertThat(failure.reason())
                .contains("rate limiting", "(429)"));
        api.verify(1, getRequestedFor(urlPathEqualTo("/stat/v1/data")));
    }

    @Test
    void aResponseNestedDeeperThanAnyReportIsAFailureNotAnError() {
        api.stubFor(get(urlPathEqualTo("/stat/v1/data")).willReturn(okJson("[".repeat(10_000) + "]".repeat(10_000))));

        assertThat(fetch()).isInstanceOfSatisfying(FetchedReport.Failure.class, failure -> assertThat(failure.reason())
                .startsWith("Yandex Metrica answered 200 without a data[] array"));
    }

    @Test
    void aServerErrorIsAFailureAndNeverRepeatsTheToken() {
        api.stubFor(get(urlPathEqualTo("/stat/v1/data")).willReturn(aResponse().withStatus(503)
                .withBody("<html>upstream failed for OAuth " + TOKEN + "</html>")));

        assertThat(fetch()).isInstanceOfSatisfying(FetchedReport.Failure.class, failure -> assertThat(failure.reason())
                .contains("(503)", "next pull tries again", "[token]").doesNotContain(TOKEN));
    }

    @Test
    void anUnreachableApiIsAFailureThatNamesTheAddressNotTheToken() {
        int port = api.port();
        api.stop();

        assertThat(fetch()).isInstanceOfSatisfying(FetchedReport.Failure.class, failure -> assertThat(failure.reason())
                .contains("could not be reached at http://localhost:" + port).doesNotContain(TOKEN));
    }

    private FetchedReport fetch() {
        return client.fetch(connection, new AccessToken(TOKEN), FROM, TO);
    }

}
