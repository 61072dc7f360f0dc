package com.kpipulse.localstack.drill;

import com.kpipulse.localstack.LocalKeycloak;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP to the app and to Keycloak as API clients speak it: bearer tokens from the password grant of client
 * {@code kpi-web} (the local realm's demo users, password = user name), and answers timed, a request that got no
 * answer kept as a failure rather than thrown, so a drill can count them.
 */
public final class AppClient {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final DrillStack stack;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public AppClient(DrillStack stack) {
        this.stack = stack;
    }

    /** An answer: its status (0 when none came), how long it took, its body, or why there was none. */
    public record Answer(int status, Duration took, String body, String failure) {

        public boolean answered() {
            return status > 0;
        }

        /** The first match of a JSON field's simple value ({@code "name": "x"} or {@code "name": 12}). */
        public Optional<String> field(String name) {
            Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"([^\"]*)\"|[-0-9.]+|null)")
                    .matcher(body == null ? "" : body);
            if (!matcher.find()) {
                return Optional.empty();
            }
            return Optional.of(matcher.group(2) != null ? matcher.group(2) : matcher.group(1));
        }

        /** The status, or what went wrong when there was none: for counting answers by kind. */
        public String kind() {
            return answered() ? Integer.toString(status) : "no answer (" + failure + ")";
        }
    }

    /** An access token of the local realm's demo user (password = user name). */
    public String token(String user) throws IOException, InterruptedException {
        String form = form(Map.of("grant_type", "password", "client_id", LocalKeycloak.CLIENT_ID,
                "client_secret", LocalKeycloak.CLIENT_SECRET, "username", user, "password", user));
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                        URI.create(stack.realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(answer.body());
        if (answer.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("Keycloak gave no token for " + user + ": HTTP " + answer.statusCode());
        }
        return token.group(1);
    }

    /** GET with a bearer token (or none when {@code token} is null). */
    public Answer get(String path, String token, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(stack.app(path)).timeout(timeout).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    /** A multipart upload of a file (streamed from disk) with form fields, as {@code curl -F} sends it. */
    public Answer upload(String path, String token, Map<String, String> fields, Path file, Duration timeout)
            throws IOException {
        String boundary = "----kpi-drill-" + UUID.randomUUID().toString().replace("-", "");
        List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(file.getFileName()).append("\"\r\nContent-Type: text/csv\r\n\r\n");
        parts.add(HttpRequest.BodyPublishers.ofString(head.toString()));
        parts.add(HttpRequest.BodyPublishers.ofFile(file));
        parts.add(HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"));
        return send(HttpRequest.newBuilder(stack.app(path)).timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new))).build());
    }

    private Answer send(HttpRequest request) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), since(started), response.body(), null);
        } catch (IOException e) {
            return new Answer(0, since(started), null, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, since(started), null, "interrupted");
        }
    }

    static String form(Map<String, String> fields) {
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return form.toString();
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }
}
