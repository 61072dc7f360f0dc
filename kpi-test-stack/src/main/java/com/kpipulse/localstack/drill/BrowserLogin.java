package com.kpipulse.localstack.drill;

import com.kpipulse.localstack.PlainHttpCookies;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session driven by an HTTP client: the Keycloak code flow with its redirects and cookies (the app's
 * encrypted session cookies, Keycloak's own), as a person signs in on the login page.
 */
final class BrowserLogin {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final DrillStack stack;
    private final HttpClient client;

    private BrowserLogin(DrillStack stack) {
        this.stack = stack;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new PlainHttpCookies())
                .followRedirects(HttpClient.Redirect.ALWAYS).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A browser with no session yet. */
    static BrowserLogin fresh(DrillStack stack) {
        return new BrowserLogin(stack);
    }

    /**
     * Opens {@code path}, signs in on the Keycloak page it leads to (password = user name) and lands back there;
     * returns the page.
     */
    HttpResponse<String> signIn(String path, String user) throws IOException, InterruptedException {
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(stack.app(path)).timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher action = FORM_ACTION.matcher(login.body());
        if (!action.find()) {
            throw new IllegalStateException("No Keycloak login form at " + login.uri() + " (HTTP " + login.statusCode() + ")");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", user);
        form.put("password", user);
        form.put("credentialId", "");
        return client.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(AppClient.form(form))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET with this browser's cookies, following redirects; an answer that never came is an exception. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(stack.app(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
