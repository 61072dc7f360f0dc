package com.kpipulse.localstack.drill.replicas;

import com.kpipulse.localstack.LocalKeycloak;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;

/**
 * Drill {@code replicas} (issue 16): two instances of the packaged app on one PostgreSQL, the demo off.
 * <ol>
 *     <li>A scorecard kept by replica 1 is dropped when replica 2 commits a change: the head's scorecard is read twice
 *     on replica 1 (the second time from what it kept, by its {@code kpi_scorecards_served_total{from="kept"}}), a
 *     value is typed in on replica 2, and replica 1's next scorecard shows it.</li>
 *     <li>Scheduled work happens once: both replicas get a monitoring-cycle cron that fires every
 *     {@value #EVERY_SECONDS} s (checked every second) and a pull every {@value #EVERY_SECONDS} s of one Metrica
 *     connection whose API is stubbed here; after {@value #WATCH_SECONDS} s the audit trail must hold exactly one
 *     scheduled run of last week's cycle per firing of the cron and one of last month's in all, and the stub exactly
 *     one fetch per pull interval.</li>
 * </ol>
 * Run from the repository root after {@code ./kpi build}:
 * {@code java -cp kpi-test-stack/target/classes:$(cat .kpi/run/stack-classpath.txt) com.kpipulse.localstack.drill.replicas.ReplicasDrill}.
 * Prints a Markdown report and exits 1 when a check fails.
 */
public final class ReplicasDrill {

    static final int EVERY_SECONDS = 15;
    static final int WATCH_SECONDS = 95;
    private static final String CONNECTION = "drill-metrica";
    private static final String TOKEN_VARIABLE = "KPI_DRILL_METRICA_TOKEN";
    /** A key that protects nothing real: the drill's connection names its token by a variable. */
    private static final String SECRETS_KEY = "a3BpLXB1bHNlLWRyaWxsLWtleS1ub3QtZm9yLXByb2Q=";
    private static final String TYPED_VALUE = "4321";
    private static final Pattern TYPED_VALUE_SHOWN = Pattern.compile("4[^0-9<>]{0,8}321");

    private final DrillReport report = new DrillReport("replicas", "two app instances on one PostgreSQL");
    private final List<AutoCloseable> started = new ArrayList<>();
    private final ConcurrentLinkedQueue<Instant> fetches = new ConcurrentLinkedQueue<>();

    public static void main(String[] args) {
        ReplicasDrill drill = new ReplicasDrill();
        DrillStack.runAndExit(drill.report, drill.started, drill::run);
    }

    private void run(Path home) throws Exception {
        DrillStack.Started stack = DrillStack.postgresAndKeycloak(home, "replicas", report, started);
        DrillStack.Fresh postgres = stack.postgres();
        LocalKeycloak keycloak = stack.keycloak();

        report.step("A stub of the Metrica Reporting API on a free port, counting its fetches");
        HttpServer metrica = metricaStub();
        started.add(() -> metrica.stop(0));
        String stubUrl = "http://localhost:" + metrica.getAddress().getPort();
        report.done("listening at " + stubUrl);

        Map<String, String> schedule = Map.of(
                "KPI_CYCLE_CRON", "0/" + EVERY_SECONDS + " * * ? * *",
                "KPI_CYCLE_CHECK_EVERY", "1s",
                "KPI_CYCLE_DELAY", "1s",
                "KPI_PULL_EVERY", EVERY_SECONDS + "s",
                "KPI_PULL_DELAY", "1s",
                "KPI_SECRETS_KEY", SECRETS_KEY,
                TOKEN_VARIABLE, "y0_drill-token-for-the-stub");
        AppInstance.Settings first = new AppInstance.Settings("replica 1", DrillStack.APP_PORT, postgres.database(),
                keycloak.realmUrl(), false, schedule, List.of(), home.resolve("drill/replicas/replica-1.log"));
        AppInstance.Settings second = first.named("replica 2", DrillStack.APP_PORT + 1, home.resolve("drill/replicas/replica-2.log"));
        report.step("Replica 1 on port " + first.port() + " and replica 2 on port " + second.port() + ", one database, demo off; "
                + "both with KPI_CYCLE_CRON='" + schedule.get("KPI_CYCLE_CRON") + "' (checked every second) and "
                + "KPI_PULL_EVERY=" + schedule.get("KPI_PULL_EVERY"));
        AppInstance one = AppInstance.start(first);
        started.add(one);
        Duration oneUp = one.awaitReady(Duration.ofMinutes(3));
        AppInstance two = AppInstance.start(second);
        started.add(two);
        Duration twoUp = two.awaitReady(Duration.ofMinutes(3));
        report.done("replica 1 ready after " + DrillReport.seconds(oneUp.toNanos()) + ", replica 2 after "
                + DrillReport.seconds(twoUp.toNanos()) + " (logs in " + Path.of("").toAbsolutePath().relativize(
                one.log().toAbsolutePath().getParent()) + ")");

        keptScorecardIsDroppedByTheOtherReplicasChange(keycloak.realmUrl(), one, two);
        scheduledWorkHappensOnce(postgres.database(), stubUrl, one, two);
    }

    private void keptScorecardIsDroppedByTheOtherReplicasChange(String realmUrl, AppInstance one, AppInstance two) {
        Caller hanna = Caller.signIn(realmUrl, "hanna");
        Caller mark = Caller.signIn(realmUrl, "mark");
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Moscow")).minusDays(1);
        String scorecard = one.baseUrl() + "scorecards/head?grain=MONTH&day=" + yesterday;

        report.step("hanna reads the head's scorecard (month of " + yesterday + ") on replica 1, twice");
        double keptBefore = Caller.metric(one.baseUrl(), "kpi_scorecards_served_total", "from=\"kept\"");
        Caller.Answer firstRead = hanna.get(scorecard);
        double keptAfterFirst = Caller.metric(one.baseUrl(), "kpi_scorecards_served_total", "from=\"kept\"");
        Caller.Answer secondRead = hanna.get(scorecard);
        double keptAfterSecond = Caller.metric(one.baseUrl(), "kpi_scorecards_served_total", "from=\"kept\"");
        report.done("answers " + firstRead.status() + " and " + secondRead.status() + "; scorecards served from what "
                + "replica 1 kept: " + fmt(keptBefore) + " → " + fmt(keptAfterFirst) + " → " + fmt(keptAfterSecond));
        report.check("replica 1 answers the second read from the scorecard it kept",
                firstRead.status() == 200 && secondRead.status() == 200 && keptAfterSecond > keptAfterFirst,
                "kept-served counter +" + fmt(keptAfterSecond - keptAfterFirst));
        report.check("the kept scorecard does not show the value yet",
                !TYPED_VALUE_SHOWN.matcher(secondRead.body()).find(), "no revenue of " + TYPED_VALUE + " on the page");

        report.step("mark types revenue " + TYPED_VALUE + " RUB for " + yesterday + " on replica 2 (POST /api/v1/observations)");
        Caller.Answer typed = mark.postJson(two.baseUrl() + "api/v1/observations", """
                {"observations":[{"measure":"revenue","periodStart":"%s","channel":"direct","value":"%s","currency":"RUB"}]}"""
                .formatted(yesterday, TYPED_VALUE));
        long committed = System.nanoTime();
        report.done("answer " + typed.status() + " " + typed.body());

        report.step("hanna reads the head's scorecard on replica 1 again");
        double computedBefore = Caller.metric(one.baseUrl(), "kpi_scorecards_served_total", "from=\"computed\"");
        Caller.Answer after = hanna.get(scorecard);
        int reads = 1;
        while (!TYPED_VALUE_SHOWN.matcher(after.body()).find() && System.nanoTime() - committed < Duration.ofSeconds(10).toNanos()) {
            AppInstance.sleep(200);
            after = hanna.get(scorecard);
            reads++;
        }
        boolean shown = after.status() == 200 && TYPED_VALUE_SHOWN.matcher(after.body()).find();
        double computedAfter = Caller.metric(one.baseUrl(), "kpi_scorecards_served_total", "from=\"computed\"");
        report.done((shown ? "shows" : "does not show") + " revenue " + TYPED_VALUE + " at read " + reads + ", "
                + DrillReport.seconds(System.nanoTime() - committed) + " after replica 2's commit; scorecards computed "
                + "anew on replica 1: +" + fmt(computedAfter - computedBefore));
        report.check("replica 1's next scorecard after replica 2's commit shows the change", typed.status() == 200 && shown && reads == 1,
                reads == 1 ? "the first read after the commit" : "only at read " + reads);
    }

    private void scheduledWorkHappensOnce(AppInstance.Database database, String stubUrl, AppInstance one, AppInstance two)
            throws SQLException {
        report.step("A Metrica connection «" + CONNECTION + "» stored (its token named by " + TOKEN_VARIABLE
                + ", its API the stub); both replicas watched for " + WATCH_SECONDS + " s");
        Instant watchFrom = Instant.now();
        try (Connection db = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             PreparedStatement insert = db.prepareStatement("insert into pull_connection (id, name, kind, account, "
                     + "token_ref, currency, window_days, enabled, base_url) values (?, ?, 'METRICA', '45560703', ?, 'RUB', 7, true, ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, CONNECTION);
            insert.setString(3, "env:" + TOKEN_VARIABLE);
            insert.setString(4, stubUrl);
            insert.executeUpdate();
        }
        AppInstance.sleep(WATCH_SECONDS * 1000L);
        Instant watchTo = Instant.now();
        report.done("watched " + watchFrom + " to " + watchTo);

        report.step("The audit trail's scheduled cycle runs, the stub's fetches and the pulled imports, by "
                + EVERY_SECONDS + "-second interval");
        List<Instant> weekRuns = new ArrayList<>();
        List<Instant> monthRuns = new ArrayList<>();
        List<Instant> pulledImports = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            try (PreparedStatement query = db.prepareStatement("select at, subject_id from audit_entry "
                    + "where subject_type = 'cycle' and actor = 'schedule' order by at");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Instant at = rows.getTimestamp(1).toInstant();
                    (rows.getString(2).contains("-W") ? weekRuns : monthRuns).add(at);
                }
            }
            try (PreparedStatement query = db.prepareStatement("select imported_at from import_batch "
                    + "where imported_by = ? order by imported_at")) {
                query.setString(1, "scheduler:" + CONNECTION);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        pulledImports.add(rows.getTimestamp(1).toInstant());
                    }
                }
            }
        }
        // the intervals wholly inside the watch, from the first after both replicas were up
        long firstSlot = Math.floorDiv(watchFrom.getEpochSecond(), EVERY_SECONDS) + 1;
        long lastSlot = Math.floorDiv(watchTo.getEpochSecond(), EVERY_SECONDS) - 1;
        Map<Long, Integer> cyclesBySlot = bySlot(weekRuns, firstSlot, lastSlot);
        Map<Long, Integer> fetchesBySlot = bySlot(List.copyOf(fetches), firstSlot, lastSlot);
        Map<Long, Integer> importsBySlot = bySlot(pulledImports, firstSlot, lastSlot);
        List<List<String>> rows = new ArrayList<>();
        for (long slot = firstSlot; slot <= lastSlot; slot++) {
            rows.add(List.of(Instant.ofEpochSecond(slot * EVERY_SECONDS).toString(),
                    String.valueOf(cyclesBySlot.get(slot)), String.valueOf(fetchesBySlot.get(slot)),
                    String.valueOf(importsBySlot.get(slot))));
        }
        report.done(weekRuns.size() + " scheduled runs of last week's cycle and " + monthRuns.size() + " of last month's "
                + "since the start; " + fetches.size() + " fetches; cycles logged as run by replica 1: "
                + one.logLines("Scheduled monitoring cycles ran for") + ", by replica 2: "
                + two.logLines("Scheduled monitoring cycles ran for") + "; pulls logged by replica 1: "
                + one.logLines("Pull of «" + CONNECTION + "»") + ", by replica 2: " + two.logLines("Pull of «" + CONNECTION + "»"));
        report.table(List.of("interval from (UTC)", "week cycle runs", "Metrica fetches", "pulled imports"), rows);

        report.check("each firing of the cycle cron ran last week's cycle exactly once, on one replica or the other",
                !cyclesBySlot.isEmpty() && cyclesBySlot.values().stream().allMatch(n -> n == 1),
                "runs per firing " + cyclesBySlot.values());
        report.check("last month's cycle ran exactly once", monthRuns.size() == 1, monthRuns.size() + " runs");
        report.check("each pull interval fetched the connection's report exactly once across both replicas",
                !fetchesBySlot.isEmpty() && fetchesBySlot.values().stream().allMatch(n -> n == 1),
                "fetches per interval " + fetchesBySlot.values());
        report.check("each fetch went through the import once", fetches.size() == pulledImports.size(),
                fetches.size() + " fetches, " + pulledImports.size() + " import batches by scheduler:" + CONNECTION);
    }

    private static Map<Long, Integer> bySlot(List<Instant> times, long firstSlot, long lastSlot) {
        Map<Long, Integer> counts = new TreeMap<>();
        for (long slot = firstSlot; slot <= lastSlot; slot++) {
            counts.put(slot, 0);
        }
        for (Instant time : times) {
            long slot = Math.floorDiv(time.getEpochSecond(), EVERY_SECONDS);
            counts.computeIfPresent(slot, (key, count) -> count + 1);
        }
        return counts;
    }

    /** The Reporting API's answer for yesterday and the day before, whatever was asked. */
    private HttpServer metricaStub() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/stat/v1/data", exchange -> {
            fetches.add(Instant.now());
            LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Moscow")).minusDays(1);
            String body = """
                    {"query": {"ids": [45560703], "dimensions": ["ym:s:date", "ym:s:lastsignTrafficSource"],
                               "metrics": ["ym:s:visits", "ym:s:users"], "date1": "%1$s", "date2": "%2$s",
                               "limit": 100000, "offset": 1, "currency": "RUB"},
                     "data": [
                       {"dimensions": [{"name": "%1$s"}, {"name": "Search engine traffic", "id": "organic"}], "metrics": [120, 110]},
                       {"dimensions": [{"name": "%2$s"}, {"name": "Search engine traffic", "id": "organic"}], "metrics": [130, 118]}],
                     "total_rows": 2, "sampled": false, "totals": [250, 228]}
                    """.formatted(yesterday.minusDays(1), yesterday);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return server;
    }

    private static String fmt(double count) {
        return String.valueOf((long) count);
    }
}
