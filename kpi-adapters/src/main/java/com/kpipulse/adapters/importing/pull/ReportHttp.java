package com.kpipulse.adapters.importing.pull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kpipulse.adapters.importing.JsonArrays;
import com.kpipulse.application.importing.pull.AccessToken;
import com.kpipulse.application.importing.pull.FetchedReport;
import com.kpipulse.application.importing.pull.PullConnection;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;
import java.util.Optional;

/**
 * What the Metrica and Direct clients share: one JDK HTTP client, the address of the API, a bound on waiting
 * (queued reports, rate limits) and failure reasons that never carry the token.
 */
final class ReportHttp {

    static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);
    /** The longest wait an API's header may ask for that is taken as asked. */
    static final Duration LONGEST_ADVISED_WAIT = Duration.ofDays(1);
    /** A header of seconds longer than this is no number of seconds (a {@code long} has 19 digits). */
    private static final int SECONDS_DIGITS = 19;
    private static final int BODY_IN_REASON = 300;
    /** Responses are read within the same bounds as imported JSON files (nesting depth, number length). */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(JsonArrays.READ_CONSTRAINTS)
            .build());

    // HTTP/1.1: over plain HTTP (tests, proxies) the client would otherwise try an h2c upgrade, which a large answer
    // can break (frame size), and the APIs need nothing of HTTP/2
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String api;
    private final URI configuredBase;
    private final Duration maxWait;

    /**
     * @param api     the API's name in reasons, e.g. "Yandex Direct"
     * @param maxWait how long one fetch may wait in total for a queued report or a rate limit
     */
    ReportHttp(String api, URI configuredBase, Duration maxWait) {
        this.api = api;
        this.configuredBase = configuredBase;
        this.maxWait = maxWait;
    }

    String api() {
        return api;
    }

    /** The address to call: the connection's own when it has one, else the configured one; no trailing slash. */
    String base(PullConnection connection) {
        String base = (connection.baseUrl() != null ? connection.baseUrl() : configuredBase).toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** What one answer of the API means: the fetch is over, or the same request is asked again after a wait. */
    sealed interface Step {
        record Done(FetchedReport report) implements Step {
        }

        /** Ask again after {@code pause}, if that ends within the fetch's bound; else fail with {@code tooLong}. */
        record AskAgain(Duration pause, String tooLong) implements Step {
        }
    }

    /**
     * Sends {@code request} until {@code decide} says the fetch is over, waiting where it says to ask again as long as
     * the total stays within {@code kpi.pull.max-wait}; an unreachable API or an interrupt ends it as a failure.
     */
    FetchedReport exchange(HttpRequest request, String base, AccessToken token,
                           Function<HttpResponse<byte[]>, Step> decide) {
        long deadline = deadline();
        try {
            while (true) {
                switch (decide.apply(send(request))) {
                    case Step.Done done -> {
                        return done.report();
                    }
                    case Step.AskAgain again -> {
                        if (!waitWithin(again.pause(), deadline)) {
                            return failure(again.tooLong(), token);
                        }
                    }
                }
            }
        } catch (IOException e) {
            return unreachable(e, base, token);
        } catch (InterruptedException e) {
            return interrupted(token);
        }
    }

    /** A rate limit: ask again after the wait the API's {@code Retry-After} advises, else after {@code fallback}. */
    static Step.AskAgain rateLimited(HttpResponse<?> response, Duration fallback, String tooLong) {
        return new Step.AskAgain(seconds(response, "Retry-After", fallback), tooLong);
    }

    /**
     * Why an answer that is no report failed, worded alike for every API: what its status means, then the API's own
     * {@code detail}. What to check after a refused token (401) or a denied access (403) is the API's to say.
     */
    String reason(int status, String refused, String detail) {
        String what = switch (status) {
            case 400 -> api + " rejected the request (400)";
            case 401, 403 -> refused;
            case 429 -> api + " is rate limiting the requests (429) longer than the pull may wait; the next pull tries"
                    + " again";
            default -> status >= 500 ? api + " failed (" + status + "); the next pull tries again"
                    : api + " answered " + status;
        };
        return what + ": " + detail;
    }

    /** The moment after which a fetch stops waiting. */
    long deadline() {
        return System.nanoTime() + maxWait.toNanos();
    }

    /** Sleeps {@code wait} if that ends before the deadline; false (no sleep) if it would not. */
    static boolean waitWithin(Duration wait, long deadline) throws InterruptedException {
        if (System.nanoTime() + wait.toNanos() > deadline) {
            return false;
        }
        Thread.sleep(wait);
        return true;
    }

    /**
     * A header in whole seconds ({@code retryIn}, {@code Retry-After}), or the fallback when absent or unreadable;
     * at most {@link #LONGEST_ADVISED_WAIT}: a wait that long is past any deadline anyway, and a larger one (up to
     * {@code Long.MAX_VALUE} seconds) would overflow the nanoseconds the deadline is counted in.
     */
    static Duration seconds(HttpResponse<?> response, String header, Duration fallback) {
        Optional<String> value = response.headers().firstValue(header).map(String::strip)
                .filter(text -> text.length() <= SECONDS_DIGITS);
        try {
            return value.map(Long::parseLong).filter(s -> s >= 0)
                    .map(s -> Duration.ofSeconds(Math.min(s, LONGEST_ADVISED_WAIT.toSeconds())))
                    .orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The body as JSON, or empty when it is not JSON (a proxy's HTML page, say). */
    static Optional<JsonNode> json(byte[] body) {
        try {
            return Optional.of(JSON.readTree(body)).filter(node -> !node.isMissingNode());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static ObjectMapper mapper() {
        return JSON;
    }

    /** The start of a body that is not in the documented error format, on one line. */
    static String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return "an empty body";
        }
        return "«" + (text.length() > BODY_IN_REASON ? text.substring(0, BODY_IN_REASON) + "…" : text) + "»";
    }

    /** A failure whose reason cannot carry the token, whatever the API echoed. */
    static FetchedReport.Failure failure(String reason, AccessToken token) {
        return new FetchedReport.Failure(reason.replace(token.value(), "[token]"));
    }

    FetchedReport.Failure unreachable(IOException e, String base, AccessToken token) {
        return failure(api + " could not be reached at " + base + " (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); the next pull tries again", token);
    }

    FetchedReport.Failure interrupted(AccessToken token) {
        Thread.currentThread().interrupt();
        return failure("the pull from " + api + " was interrupted (the application is stopping)", token);
    }
}
