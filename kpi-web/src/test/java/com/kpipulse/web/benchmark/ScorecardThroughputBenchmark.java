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
 * app in the same run. The tenant is written straight into {@code observation} with SQL (the import pipeline has its
 * own benchmark): 3 years × daily × 40 measures × 20 channels × N campaigns (N = 12 gives 10.5 M values). Not part
 * of {@code ./kpi test}; run with {@code ./kpi bench}. Results: console and {@code target/benchmarks/scorecard.md}.
 */
@QuarkusTest
@Tag("benchmark")
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ScorecardThroughputBenchmark {

    private static final List<String> MEASURES = List.of("revenue", "marketing_spend", "sales_spend", "new_customers",
            "aware_respondents", "survey_respondents", "customers_start", "customers_end", "nps_promoters",
            "nps_passives", "nps_detractors", "orders", "visits", "ad_spend", "clicks", "impressions", "leads",
            "qualified_leads", "converted_leads", "target_actions", "carts", "cart_orders", "reach", "engagements",
            "followers", "social_visits", "social_orders", "organic_visits", "returning_visitors", "unique_visitors",
            "session_seconds", "emails_delivered", "email_clicks", "mentions", "repeat_orders", "gross_profit",
            "total_costs", "requests", "response_minutes", "lead_revenue");
    private static final List<String> MONEY = List.of("revenue", "marketing_spend", "sales_spend", "ad_spend",
            "gross_profit", "total_costs", "lead_revenue");

    @TestHTTPResource("/")
    URL app;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void headScorecardAgainstATrivialPage() throws Exception {
        int campaigns = Integer.getInteger("kpi.bench.campaigns", 12);
        long started = System.nanoTime();
        long rows = seed(campaigns);
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
        changeOneValue();
        Thread.sleep(200);
        double coldAfterChange = firstView(scorecard, token);
        double warm = firstView(scorecard, token);
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
        lines.add(String.format(Locale.ROOT, "Page sizes: scorecard %,d bytes, trivial page %,d bytes.", scorecardBytes,
                trivialBytes));
        Path dir = Files.createDirectories(Path.of("target", "benchmarks"));
        Files.write(dir.resolve("scorecard.md"), lines);
        lines.forEach(System.out::println);
        assertThat(page.requestsPerSecond).isPositive();
    }

    /**
     * Writes the tenant with set-based SQL straight into the store's tables (series, then values), then recomputes the
     * sums once: through the view's row triggers ten million values would take hours.
     */
    private long seed(int campaigns) throws Exception {
        long inserted = 0;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("delete from observation_value v using observation_series s"
                    + " where s.id = v.series_id and s.source_system = 'bench'");
            statement.execute("insert into observation_load (import_batch) values (null)");
            for (String measure : MEASURES) {
                String currency = MONEY.contains(measure) ? "'RUB'" : "null";
                statement.execute("insert into observation_series (id, source_system, measure, grain, channel, campaign, source)"
                        + " select kpi_series_id('bench', '" + measure + "', 'DAY', 'channel_' || c, 'campaign_' || k, ''),"
                        + " 'bench', '" + measure + "', 'DAY', 'channel_' || c, 'campaign_' || k, ''"
                        + " from generate_series(1, 20) c cross join generate_series(1, " + campaigns + ") k"
                        + " on conflict do nothing");
                inserted += statement.executeUpdate("insert into observation_value (period_start, series_id, value, currency, load_id)"
                        + " select d::date, kpi_series_id('bench', '" + measure + "', 'DAY', 'channel_' || c, 'campaign_' || k, ''),"
                        + " 100 + (extract(doy from d)::int * 7 + c * 13 + k) % 900, " + currency + ","
                        + " (select max(id) from observation_load)"
                        + " from generate_series(date '2023-11-01', date '2026-10-31', interval '1 day') d"
                        + " cross join generate_series(1, 20) c cross join generate_series(1, " + campaigns + ") k");
            }
            statement.execute("select observation_sums_rebuild()");
            statement.execute("vacuum analyze observation_value");
            statement.execute("vacuum analyze observation_rollup");
        }
        return inserted;
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
