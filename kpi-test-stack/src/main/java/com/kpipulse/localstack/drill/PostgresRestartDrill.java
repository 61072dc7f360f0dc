package com.kpipulse.localstack.drill;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Issue 16: PostgreSQL restarts under load. The app recovers without a restart, no request hangs longer than 10 s,
 * and readiness says why while the database is away.
 * <p>
 * Four people read the marketing head's scorecard, a KPI page, the goals and a KPI's values through the API in a
 * loop; PostgreSQL is stopped as {@code pg_ctl stop -m fast} does (every connection cut), left down for a while, and
 * started again on the same data.
 */
final class PostgresRestartDrill implements FaultDrill {

    static final Duration LONGEST_ALLOWED = Duration.ofSeconds(10);
    private static final Duration DOWN_FOR = Duration.ofSeconds(8);
    private static final List<String> PATHS = List.of("/scorecards/head", "/kpis/romi", "/goals",
            "/api/v1/kpis/romi/values?from=2026-01-01&to=2026-06-30&grain=MONTH");

    @Override
    public String name() {
        return "postgres-restart";
    }

    @Override
    public String purpose() {
        return "PostgreSQL is stopped (pg_ctl stop -m fast) for " + DOWN_FOR.toSeconds() + " s and started again while "
                + "4 threads read the scorecard, a KPI page, the goals and KPI values as hanna; the same app process "
                + "answers 200 again, no request takes longer than " + LONGEST_ALLOWED.toSeconds() + " s, and readiness "
                + "names the database while it is away.";
    }

    @Override
    public void run(DrillStack stack, DrillReport report) throws Exception {
        AppClient client = new AppClient(stack);
        String head = client.token("hanna");
        long pid = stack.appPid();
        Duration stopped;
        Duration started;
        Load load = new Load(client, head, PATHS, 4);
        try {
            report.step("Load for 5 s with the database up", () -> Load.sleep(5_000));
            Duration warm = load.now();
            report.check("before the fault every answer is 200 (" + Load.countByKind(load.sentBetween(Duration.ZERO, warm))
                    + ")", Load.all(load.sentBetween(Duration.ZERO, warm), r -> r.answer().status() == 200));

            stopped = load.now();
            report.step("Stop PostgreSQL", stack::stopPostgres);
            report.step("Keep the load on for " + DOWN_FOR.toSeconds() + " s with the database down",
                    () -> Load.sleep(DOWN_FOR.toMillis() - 2_000));
            AppClient.Answer ready = client.get("/q/health/ready", null, Duration.ofSeconds(15));
            String readiness = Pages.compact(ready.body());
            report.note("readiness while the database is down: HTTP " + ready.kind() + " " + readiness);
            report.check("readiness answers DOWN (HTTP " + ready.kind() + ") within " + DrillReport.seconds(ready.took()),
                    ready.status() == 503 && ready.took().compareTo(LONGEST_ALLOWED) <= 0);
            report.check("readiness names the database as what is down",
                    Readiness.says(readiness, Readiness.DATABASE, "DOWN"));
            report.step("Wait the rest of the outage", () -> Load.sleep(2_000));

            started = load.now();
            report.step("Start PostgreSQL again on the same data", stack::startPostgres);
            Optional<Duration> recovered = report.value("Wait until every page answers 200 again",
                    () -> load.awaitEveryPath(PATHS, answer -> answer.status() == 200, started, Duration.ofSeconds(60)));
            report.check("the app answers 200 again on every page, "
                    + recovered.map(at -> DrillReport.seconds(at.minus(started)) + " after PostgreSQL was back").orElse("never"),
                    recovered.isPresent());
            Duration steady = load.now();
            report.step("Load for 5 s more", () -> Load.sleep(5_000));
            List<Load.Request> after = load.sentBetween(steady, load.now());
            report.check("after the recovery every answer is 200 (" + Load.countByKind(after) + ")",
                    Load.all(after, r -> r.answer().status() == 200));
        } finally {
            load.close();
        }
        List<Load.Request> all = load.requests();
        List<Load.Request> outage = load.sentBetween(stopped, started);
        report.note("answers to the requests sent while the database was down: " + Load.countByKind(outage));
        report.note("all answers: " + all.size() + " (" + Load.countByKind(all) + ")");
        Load.Request longest = Load.longest(all).orElseThrow();
        report.check("no request took longer than " + LONGEST_ALLOWED.toSeconds() + " s: the longest took "
                + ms(longest.answer().took()) + " (" + longest.path() + ", " + longest.answer().kind() + ", sent "
                + DrillReport.seconds(longest.sent().minus(stopped)) + " after the stop)",
                longest.answer().took().compareTo(LONGEST_ALLOWED) <= 0);
        report.check("every request in the outage was answered (none cut off without an answer)",
                Load.all(outage, r -> r.answer().answered()));
        List<Load.Request> failed = all.stream().filter(r -> r.answer().status() >= 500).toList();
        report.check("every failure said the database is away for now, 503 ("
                + Load.countByKind(failed) + ")", failed.stream().allMatch(r -> r.answer().status() == 503));
        List<Load.Request> pagesInOutage = outage.stream().filter(r -> !r.path().startsWith("/api/")
                && r.answer().status() >= 500).toList();
        report.check("the pages that failed in the outage say so readably, without a stack trace ("
                        + pagesInOutage.size() + " checked)",
                pagesInOutage.stream().allMatch(r -> Pages.readable(r.answer().body())));
        outage.stream().filter(r -> !r.path().startsWith("/api/") && r.answer().status() >= 500).findFirst()
                .ifPresent(r -> report.note("a page in the outage: HTTP " + r.answer().status() + ", «"
                        + Pages.headline(r.answer().body()) + "»"));
        outage.stream().filter(r -> r.path().startsWith("/api/") && r.answer().status() >= 500).findFirst()
                .ifPresent(r -> report.note("the API in the outage: HTTP " + r.answer().status() + " "
                        + Pages.compact(r.answer().body())));
        report.check("the app was not restarted (process " + stack.appPid() + ", alive)", stack.appPid() == pid
                && stack.appAlive());
        AppClient.Answer ready = client.get("/q/health/ready", null, Duration.ofSeconds(15));
        report.check("readiness is UP again (HTTP " + ready.kind() + ")", ready.status() == 200);
    }

    static String ms(Duration duration) {
        return String.format(Locale.ROOT, "%,d ms", duration.toMillis());
    }
}
