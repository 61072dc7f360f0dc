package com.kpipulse.localstack.drill.replicas;

import com.kpipulse.localstack.LocalKeycloak;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person calling an app instance with a bearer token from the local realm (password grant of client
 * {@code kpi-web}; every demo password equals its user name), as API clients and the benchmarks do.
 */
public final class Caller {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final String user;
    private final String token;

    private Caller(String user, String token) {
        this.user = user;
        this.token = token;
    }

    /** Signs {@code user} in at the realm (password = user name, local realm only). */
    public static Caller signIn(String realmUrl, String user) {
        String form = "grant_type=password&client_id=" + enc(LocalKeycloak.CLIENT_ID) + "&client_secret="
                + enc(LocalKeycloak.CLIENT_SECRET) + "&username=" + enc(user) + "&password=" + enc(user) + "&scope=openid";
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        Answer answer = send(request);
        Matcher token = ACCESS_TOKEN.matcher(answer.body());
        if (answer.status() != 200 || !token.find()) {
            throw new IllegalStateException("Keycloak refused " + user + ": " + answer.status() + " " + answer.body());
        }
        return new Caller(user, token.group(1));
    }

    public String user() {
        return user;
    }

    public Answer get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(120)).GET().build());
    }

    public Answer postJson(String url, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** An answer: status and body. */
    public record Answer(int status, String body) {
    }

    /** A counter of {@code /q/metrics} (no sign-in), summed over the series whose labels contain {@code labels}. */
    public static double metric(String baseUrl, String name, String labels) {
        Answer answer = send(HttpRequest.newBuilder(URI.create(baseUrl + "q/metrics")).GET().build());
        double sum = 0;
        for (String line : answer.body().split("\n")) {
            if (line.startsWith(name + "{") && line.contains(labels)) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
