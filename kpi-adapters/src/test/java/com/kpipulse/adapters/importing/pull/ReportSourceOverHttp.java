package com.kpipulse.adapters.importing.pull;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.kpipulse.application.importing.pull.PullConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The reporting API contract for a client of a real API, run against a local stub of that API that answers as its
 * documentation says (PullStubs), since the tests cannot reach Yandex.
 */
abstract class ReportSourceOverHttp extends ReportSourceContract {

    protected final WireMockServer api = new WireMockServer(options().dynamicPort());
    private PullConnection connection;

    /** The kind of the API and the account its connection reads. */
    protected abstract PullConnection.Kind kind();

    protected abstract String account();

    @BeforeEach
    void startTheApi() {
        api.start();
        connection = PullStubs.connection(kind(), account(), api.port());
    }

    @AfterEach
    void stopTheApi() {
        api.stop();
    }

    @Override
    protected PullConnection connection() {
        return connection;
    }

    @Override
    protected void doesNotAnswer() {
        api.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    protected LoggedRequest lastRequest() {
        List<LoggedRequest> requests = api.findAll(anyRequestedFor(anyUrl()));
        return requests.getLast();
    }
}
