package com.kpipulse.adapters.importing.pull;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.kpipulse.application.importing.pull.PullConnection;
import com.kpipulse.application.importing.pull.ReportSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/** The reporting API contract against the Direct client and a stub of the Reports service. */
class ReportSourceOfDirectTest extends ReportSourceOverHttp {

    private static final String REPORTS = "/json/v5/reports";

    private final DirectReportClient client = new DirectReportClient(URI.create("https://api.direct.invalid"), "NO",
            Duration.ofSeconds(2));

    @Override
    protected PullConnection.Kind kind() {
        return PullConnection.Kind.DIRECT;
    }

    @Override
    protected String account() {
        return "shop-client";
    }

    @Override
    protected ReportSource source() {
        return client;
    }

    @Override
    protected String presetId() {
        return "direct-api-tsv";
    }

    @Override
    protected byte[] hasReport() {
        api.stubFor(post(urlEqualTo(REPORTS)).willReturn(tsv(PullStubs.DIRECT_REPORT)));
        return PullStubs.DIRECT_REPORT.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void hasNoRows() {
        api.stubFor(post(urlEqualTo(REPORTS)).willReturn(tsv(PullStubs.DIRECT_REPORT.lines().findFirst().orElseThrow()
                + "\n")));
    }

    @Override
    protected void refusesTheToken() {
        api.stubFor(post(urlEqualTo(REPORTS)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"request_id":"8695244274068608439","error_code":53,
                                  "error_string":"Authorization error","error_detail":"Invalid OAuth token %s"}}"""
                        .formatted(TOKEN.value()))));
    }

    @Override
    protected Asked lastAsked() {
        LoggedRequest request = lastRequest();
        JsonNode criteria;
        try {
            criteria = ReportHttp.mapper().readTree(request.getBodyAsString()).path("params").path("SelectionCriteria");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Asked(request.getHeader("Authorization").replaceFirst("^Bearer ", ""),
                LocalDate.parse(criteria.path("DateFrom").asText()), LocalDate.parse(criteria.path("DateTo").asText()));
    }

    private static ResponseDefinitionBuilder tsv(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/tab-separated-values; charset=utf-8")
                .withBody(body.getBytes(StandardCharsets.UTF_8));
    }
}
