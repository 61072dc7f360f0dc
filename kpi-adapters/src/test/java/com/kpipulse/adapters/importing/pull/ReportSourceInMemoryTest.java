package com.kpipulse.adapters.importing.pull;

import com.kpipulse.application.importing.pull.AccessToken;
import com.kpipulse.application.importing.pull.PullConnection;
import com.kpipulse.application.importing.pull.ReportSource;
import com.kpipulse.application.testing.InMemoryReportSource;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The reporting API contract against the fake the use-case tests use. */
class ReportSourceInMemoryTest extends ReportSourceContract {

    private final InMemoryReportSource source = new InMemoryReportSource(PullConnection.Kind.DIRECT, "direct-api-tsv");
    private final PullConnection connection = PullStubs.connection(PullConnection.Kind.DIRECT, "shop-client", 1);

    @Override
    protected ReportSource source() {
        return source;
    }

    @Override
    protected PullConnection connection() {
        return connection;
    }

    @Override
    protected String presetId() {
        return "direct-api-tsv";
    }

    @Override
    protected byte[] hasReport() {
        byte[] report = PullStubs.DIRECT_REPORT.getBytes(StandardCharsets.UTF_8);
        source.report("shop-client", report);
        return report;
    }

    @Override
    protected void hasNoRows() {
        // the fake has a report for no account until it is given one
    }

    @Override
    protected void refusesTheToken() {
        source.accept(new AccessToken("another-" + UUID.randomUUID()));
    }

    @Override
    protected void doesNotAnswer() {
        source.down();
    }

    @Override
    protected Asked lastAsked() {
        InMemoryReportSource.Request last = source.requests().getLast();
        return new Asked(last.token().value(), last.from(), last.to());
    }
}
