package com.kpipulse.web.benchmark;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The marketing head's scorecard on a large tenant, under {@code wrk -t2 -c32}, beside a trivial page of the same
 * app in the same run, on the {@link LargeTenant} (N = 12 campaigns per channel gives 10.5 M values). Not part
 * of {@code ./kpi test}; run with {@code ./kpi bench}. Results: console and {@code target/benchmarks/scorecard.md}.
 */
@QuarkusTest
@Tag("benchmark")
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ScorecardThroughputBenchmark {

    @TestHTTPResource("/")
    URL app;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void headScorecardAgainstATrivialPage() throws Exception {
        int campaigns = LargeTenant.campaigns();
        long started = System.nanoTime();
        long rows = LargeTenant.seed(dataSource, campaigns);
        double seedSeconds = (System.nanoTime() - started) / 1e9;
        String token = KeycloakTokens.accessTokenOf("hanna");
        String scorecard = app + "scorecards/head?grain=MONTH&day=2026-10-15";
        String trivial = app + "signed-out";

        Thread.sleep(15_000);                           // let the writes of the seed settle before measuring
        double coldAfterSeed = firstView(scorecard, token);
        wrk(scorecard, token, 10);                      // warm-up (JIT, caches), not reported
        wrk(trivial, token, 5);
        // alternating rounds, so that a background flush or another process on the machine hits both alike
        Result page = wrk(scorecard, token, 15);
        Result baseline = wrk(trivial, token, 15);
        page = page.and(wrk(scorecard, token, 15));
        baseline = baseline.and(wrk(trivial, token, 15));
        long liveHeapMb = liveHeapMb();
        changeOneValue();
        Thread.sleep(200);
        double coldAfterChange = firstView(scorecard, token);
        double warm = firstView(scorecard, token);
        // a one-day import through the API, as a person or a pull makes it: the view right after its answer, and a
        // second after (the time to read the import's report), when the scorecard was computed again in the background
        String importer = KeycloakTokens.accessTokenOf("ada");
        importOneDay(importer, 1);
        double rightAfterImport = firstView(scorecard, token);
        importOneDay(importer, 2);
        Thread.sleep(1_000);
        double secondAfterImport = firstView(scorecard, token);
        int scorecardBytes = bytes(scorecard, token);
        int trivialBytes = bytes(trivial, token);

        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Tenant: %,d observations (seeded in %.0f s).", rows, seedSeconds));
        lines.add("");
        lines.add("| page | requests/s | p50 ms | p99 ms | requests | non-2xx |");
        lines.add("|---|---:|---:|---:|---:|---:|");
        lines.add(page.row("marketing head's scorecard (month)"));
        lines.add(baseline.row("trivial page (/signed-out)"));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Scorecard at %.0f %% of the trivial page's requests per second; p99 %.0f ms.",
                page.requestsPerSecond / baseline.requestsPerSecond * 100, page.p99));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "First view after seeding: %.0f ms; first view after one new value: %.0f ms"
                + " (computed from the rollup); the view after that: %.0f ms (kept until the data changes).",
                coldAfterSeed, coldAfterChange, warm));
        lines.add(String.format(Locale.ROOT, "First view after a one-day import through the API: %.0f ms right after its"
                + " answer, %.0f ms a second later (computed again in the background meanwhile).", rightAfterImport,
                secondAfterImport));
        lines.add(String.format(Locale.ROOT, "Page sizes: scorecard %,d bytes, trivial page %,d bytes.", scorecardBytes,
                trivialBytes));
        lines.add(String.format(Locale.ROOT, "Live heap of the app after the rounds (used after a full collection; the"
                + " app runs in the benchmark's JVM): %d MB.", liveHeapMb));
        Path dir = Files.createDirectories(Path.of("target", "benchmarks"));
        Files.write(dir.resolve("scorecard.md"), lines);
        lines.forEach(System.out::println);
        assertThat(page.requestsPerSecond).isPositive();
    }

    /** The heap the app keeps live: what is used after a full collection (the app runs in this JVM). */
    private static long liveHeapMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    /** One request's time in ms, with a fresh HTTP client (no connection reuse). */
    private static double firstView(String url, String token) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build();
        long started = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - started) / 1e6;
        assertThat(response.statusCode()).isEqualTo(200);
        return millis;
    }

    private static int bytes(String url, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray()).body().length;
    }

    /** A new value from another source: every scorecard computed before it is out of date. */
    private void changeOneValue() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from observation where source_system = 'bench-change'");
            statement.executeUpdate("insert into observation (source_system, measure, grain, period_start, channel, value)"
                    + " values ('bench-change', 'visits', 'DAY', date '2026-10-14', 'channel_1', random() * 100)");
        }
    }

    /** One day of visits, orders and revenue through the values API, as a small daily import brings them. */
    private void importOneDay(String token, int round) throws Exception {
        String values = String.format(Locale.ROOT, """
                {"measure":"visits","periodStart":"2026-10-13","grain":"DAY","value":"%d"},
                {"measure":"orders","periodStart":"2026-10-13","grain":"DAY","value":"%d"},
                {"measure":"revenue","periodStart":"2026-10-13","grain":"DAY","value":"%d","currency":"RUB"}""",
                1000 * round, 10 * round, 50_000 * round);
        HttpRequest request = HttpRequest.newBuilder(URI.create(app + "api/v1/observations"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"source\":\"bench_import\",\"observations\":["
                        + values + "]}")).build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    private static Result wrk(String url, String token, int seconds) throws Exception {
        Process process = new ProcessBuilder("wrk", "-t2", "-c32", "-d" + seconds + "s", "--timeout", "120s", "--latency",
                "-H", "Authorization: Bearer " + token, url).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(seconds + 180, TimeUnit.SECONDS)).isTrue();
        Matcher failed = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)").matcher(output);
        long errors = failed.find() ? Long.parseLong(failed.group(1)) : 0;
        long done = (long) number(output, "(\\d+) requests in");
        return new Result(number(output, "Requests/sec:\\s+([\\d.]+)"), millis(output, "50%"), millis(output, "99%"),
                done, errors);
    }

    private static double number(String output, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(output);
        assertThat(matcher.find()).as(output).isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    private static double millis(String output, String percentile) {
        Matcher matcher = Pattern.compile(percentile + "\\s+([\\d.]+)(us|ms|s)").matcher(output);
        assertThat(matcher.find()).as(output).isTrue();
        double value = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    /** What wrk measured; {@code errors} are answers that were not 2xx (e.g. a 500 when the pool ran dry). */
    private record Result(double requestsPerSecond, double p50, double p99, long requests, long errors) {
        /** Two rounds of equal length together: their mean rate, the worse of their percentiles. */
        Result and(Result other) {
            return new Result((requestsPerSecond + other.requestsPerSecond) / 2, Math.max(p50, other.p50),
                    Math.max(p99, other.p99), requests + other.requests, errors + other.errors);
        }

        String row(String name) {
            return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d | %d |", name, requestsPerSecond, p50, p99,
                    requests, errors);
        }
    }
}
