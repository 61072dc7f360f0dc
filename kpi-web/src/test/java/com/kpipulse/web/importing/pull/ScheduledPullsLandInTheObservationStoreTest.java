package com.kpipulse.web.importing.pull;

import com.kpipulse.application.importing.pull.AccessToken;
import com.kpipulse.application.importing.pull.ConnectReportSource;
import com.kpipulse.application.importing.pull.ConnectReportSource.ConnectCommand;
import com.kpipulse.application.importing.pull.ConnectReportSource.TokenInput;
import com.kpipulse.application.importing.pull.PullConnection;
import com.kpipulse.application.importing.pull.PullReports;
import com.kpipulse.application.importing.pull.PullStatus;
import com.kpipulse.application.importing.pull.SyncOutcome;
import com.kpipulse.localstack.RealStackResource;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Metrica and a Direct connection stored in the real PostgreSQL, their APIs stubbed on a local port (the JDK's
 * HTTP server, in the documented formats), pulled through the one import use case.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ScheduledPullsLandInTheObservationStoreTest {

    private static final String METRICA_TOKEN = "y0_metrica-test-token-kept-encrypted";
    private static final String DIRECT_TOKEN = "y0_direct-test-token-kept-encrypted";

    private static final String METRICA_REPORT = """
            {"query": {"ids": [45560703], "dimensions": ["ym:s:date", "ym:s:lastsignTrafficSource"],
                       "metrics": ["ym:s:visits", "ym:s:users"], "date1": "2025-01-01", "date2": "2025-01-02",
                       "limit": 100000, "offset": 1, "currency": "RUB"},
             "data": [
               {"dimensions": [{"name": "2025-01-01"}, {"name": "Ad traffic", "id": "ad"}], "metrics": [41.0, 39.0]},
               {"dimensions": [{"name": "2025-01-02"}, {"name": "Search engine traffic", "id": "organic"}],
                "metrics": [120, 110]}],
             "total_rows": 2, "sampled": false, "totals": [161, 149]}
            """;

    private static final String DIRECT_REPORT = """
            Date\tCampaignId\tCampaignName\tImpressions\tClicks\tCost\tConversions
            2025-01-01\t48201234\tBrand search\t1234\t56\t1500500000\t3
            2025-01-02\t48201234\tBrand search\t1100\t50\t1320100000\t--
            """;

    @Inject
    ConnectReportSource connect;

    @Inject
    PullReports pullReports;

    @Inject
    AgroalDataSource dataSource;

    private HttpServer api;
    private final AtomicInteger directCalls = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> authorizations = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void startTheStubApisAndForgetEarlierPulls() throws IOException, SQLException {
        api = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        api.createContext("/stat/v1/data", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            respond(exchange, 200, "application/json", METRICA_REPORT, Map.of());
        });
        api.createContext("/json/v5/reports", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.getRequestBody().readAllBytes();
            if (directCalls.getAndIncrement() % 2 == 0) {
                respond(exchange, 201, "application/json", "", Map.of("retryIn", "1"));
            } else {
                respond(exchange, 200, "text/tab-separated-values", DIRECT_REPORT, Map.of());
            }
        });
        api.start();
        execute("delete from pull_connection");
        execute("delete from observation where source_system in ('yandex_direct', 'yandex_metrica')");
        execute("delete from import_batch where imported_by like 'scheduler:%'");
    }

    @AfterEach
    void stopTheStubApis() {
        api.stop(0);
    }

    @Test
    void pulledReportsLandThroughTheImportAndPullingTheSameDataAgainChangesNothing() throws SQLException {
        URI stub = URI.create("http://localhost:" + api.getAddress().getPort());
        connect.connect(new ConnectCommand("site", PullConnection.Kind.METRICA, "45560703",
                new TokenInput.Given(new AccessToken(METRICA_TOKEN)), "RUB", 30, true, stub));
        connect.connect(new ConnectCommand("ads", PullConnection.Kind.DIRECT, "shop-client",
                new TokenInput.Given(new AccessToken(DIRECT_TOKEN)), "RUB", 30, true, stub));

        List<PullReports.PulledConnection> first = pullReports.pullDue().orElseThrow();

        assertThat(first).extracting(PullReports.PulledConnection::connection, pulled -> pulled.outcome().status())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("ads", PullStatus.IMPORTED),
                        org.assertj.core.groups.Tuple.tuple("site", PullStatus.IMPORTED));
        assertThat(authorizations).containsOnly("OAuth " + METRICA_TOKEN, "Bearer " + DIRECT_TOKEN);
        assertThat(directCalls).as("queued once (201, retryIn 1), then ready").hasValue(2);
        assertThat(scalar("select count(*) from observation where source_system = 'yandex_metrica'")).isEqualTo(4);
        assertThat(scalar("select count(*) from observation where source_system = 'yandex_direct'")).isEqualTo(7);
        assertThat(decimal("select value from observation where source_system = 'yandex_direct' and measure = "
                + "'ad_spend' and period_start = date '2025-01-01'")).isEqualTo("1500.5 RUB");
        assertThat(scalar("select count(*) from import_batch where status = 'COMMITTED' and imported_by in "
                + "('scheduler:site', 'scheduler:ads')")).isEqualTo(2);
        assertThat(text("select string_agg(token_ref, ' ') from pull_connection"))
                .doesNotContain(METRICA_TOKEN, DIRECT_TOKEN).contains("aes:");
        assertThat(text("select string_agg(last_sync_status || ':' || last_sync_message, ' | ' order by name) "
                + "from pull_connection")).startsWith("IMPORTED:7 values");
        String batchesBehindTheValues = "select count(distinct import_batch) from observation where source_system in "
                + "('yandex_direct', 'yandex_metrica')";
        long before = scalar(batchesBehindTheValues);

        List<PullReports.PulledConnection> again = pullReports.pullDue().orElseThrow();

        assertThat(again).extracting(pulled -> pulled.outcome().status()).containsOnly(PullStatus.IMPORTED);
        assertThat(again).extracting(PullReports.PulledConnection::outcome).extracting(SyncOutcome::importBatch)
                .doesNotContainNull();
        assertThat(scalar("select count(*) from observation where source_system in ('yandex_direct', "
                + "'yandex_metrica')")).isEqualTo(11);
        assertThat(scalar(batchesBehindTheValues)).as("unchanged values keep the batch that wrote them").isEqualTo(before);
        assertThat(scalar("select count(*) from import_batch where imported_by like 'scheduler:%'")).isEqualTo(4);
    }

    @Test
    void aFailingConnectionIsRecordedAndTheOtherStillPulled() throws SQLException {
        URI stub = URI.create("http://localhost:" + api.getAddress().getPort());
        URI nowhere = URI.create("http://localhost:" + api.getAddress().getPort() + "/no-such-api");
        connect.connect(new ConnectCommand("broken", PullConnection.Kind.DIRECT, "shop-client",
                new TokenInput.Given(new AccessToken(DIRECT_TOKEN)), "RUB", 30, true, nowhere));
        connect.connect(new ConnectCommand("site", PullConnection.Kind.METRICA, "45560703",
                new TokenInput.Given(new AccessToken(METRICA_TOKEN)), "RUB", 30, true, stub));

        pullReports.pullDue().orElseThrow();

        assertThat(text("select last_sync_status || ': ' || last_sync_message from pull_connection where name = 'broken'"))
                .startsWith("FAILED: Yandex Direct answered 404").doesNotContain(DIRECT_TOKEN);
        assertThat(text("select last_sync_status from pull_connection where name = 'site'")).isEqualTo("IMPORTED");
        assertThat(scalar("select count(*) from observation where source_system = 'yandex_metrica'")).isEqualTo(4);
    }

    /**
     * What a pull writes to the logs, a working one and a failing one, read at every level the product logs at: no
     * token, in clear or encrypted, reaches them.
     */
    @Test
    void noTokenReachesTheLogsOfAPullThatWorkedOrFailed() {
        URI stub = URI.create("http://localhost:" + api.getAddress().getPort());
        URI nowhere = URI.create("http://localhost:" + api.getAddress().getPort() + "/no-such-api");
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                lines.add(written(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(java.util.logging.Level.ALL);
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        java.util.logging.Logger product = java.util.logging.Logger.getLogger("com.kpipulse");
        java.util.logging.Level productLevel = product.getLevel();
        root.addHandler(capture);
        product.setLevel(java.util.logging.Level.FINEST);
        try {
            connect.connect(new ConnectCommand("broken", PullConnection.Kind.DIRECT, "shop-client",
                    new TokenInput.Given(new AccessToken(DIRECT_TOKEN)), "RUB", 30, true, nowhere));
            connect.connect(new ConnectCommand("site", PullConnection.Kind.METRICA, "45560703",
                    new TokenInput.Given(new AccessToken(METRICA_TOKEN)), "RUB", 30, true, stub));
            pullReports.pullDue().orElseThrow();
        } finally {
            product.setLevel(productLevel);
            root.removeHandler(capture);
        }

        assertThat(lines).as("the failed pull is logged, so the logs were read").anyMatch(line -> line.contains("broken"));
        assertThat(lines).noneMatch(line -> line.contains(DIRECT_TOKEN) || line.contains(METRICA_TOKEN)
                || line.contains("y0_") || line.contains("aes:"));
    }

    /** A log record as a log file would have it: the message with its parameters, and the stack of what was thrown. */
    private static String written(java.util.logging.LogRecord record) {
        String message = record instanceof org.jboss.logmanager.ExtLogRecord ext ? ext.getFormattedMessage()
                : new java.util.logging.SimpleFormatter().formatMessage(record);
        StringBuilder line = new StringBuilder(record.getLoggerName() + " " + message);
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                line.append(' ').append(parameter);
            }
        }
        if (record.getThrown() != null) {
            java.io.StringWriter stack = new java.io.StringWriter();
            record.getThrown().printStackTrace(new java.io.PrintWriter(stack));
            line.append(' ').append(stack);
        }
        return line.toString();
    }

    private static void respond(HttpExchange exchange, int status, String type, String body, Map<String, String> headers)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        headers.forEach(exchange.getResponseHeaders()::add);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long scalar(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private String decimal(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                sql.replace("select value", "select value, currency")); ResultSet rs = statement.executeQuery()) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getBigDecimal(1).stripTrailingZeros().toPlainString() + " " + rs.getString(2);
        }
    }

    private String text(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }
}
