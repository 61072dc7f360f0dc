package com.kpipulse.adapters.importing.pull;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.kpipulse.application.importing.pull.PullConnection;
import com.kpipulse.application.importing.pull.ReportSource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/** The reporting API contract against the Metrica client and a stub of the Reporting API. */
class ReportSourceOfMetricaTest extends ReportSourceOverHttp {

    private static final String DATA = "/stat/v1/data";

    private final MetricaReportClient client = new MetricaReportClient(URI.create("https://api-metrika.invalid"),
            "ym:s:visits,ym:s:users,ym:s:avgVisitDurationSeconds", Duration.ofSeconds(2));

    @Override
    protected PullConnection.Kind kind() {
        return PullConnection.Kind.METRICA;
    }

    @Override
    protected String account() {
        return "45560703";
    }

    @Override
    protected ReportSource source() {
        return client;
    }

    @Override
    protected String presetId() {
        return "metrica-report-json";
    }

    @Override
    protected byte[] hasReport() {
        api.stubFor(get(urlPathEqualTo(DATA)).willReturn(okJson(PullStubs.METRICA_REPORT)));
        return PullStubs.METRICA_REPORT.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void hasNoRows() {
        api.stubFor(get(urlPathEqualTo(DATA)).willReturn(okJson(
                "{\"query\":{\"metrics\":[\"ym:s:visits\"]},\"data\":[],\"total_rows\":0}")));
    }

    @Override
    protected void refusesTheToken() {
        api.stubFor(get(urlPathEqualTo(DATA)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"errors":[{"error_type":"invalid_token","message":"Invalid oauth_token %s"}],
                         "code":401,"message":"Invalid oauth_token %s"}""".formatted(TOKEN.value(), TOKEN.value()))));
    }

    @Override
    protected Asked lastAsked() {
        LoggedRequest request = lastRequest();
        return new Asked(request.getHeader("Authorization").replaceFirst("^OAuth ", ""),
                LocalDate.parse(request.queryParameter("date1").firstValue()),
                LocalDate.parse(request.queryParameter("date2").firstValue()));
    }
}
