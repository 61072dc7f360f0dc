package com.kpipulse.web.support;

import com.kpipulse.localstack.PlainHttpCookies;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser session driven by an HTTP client: the Keycloak code flow with its redirects and cookies (the
 * encrypted session cookies of the app, Keycloak's own), and the CSRF token its pages carry.
 */
public final class BrowserSession {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern TOKEN_FIELD = Pattern.compile("name=\"_csrf\" value=\"([A-Za-z0-9_-]+)\"");

    private final HttpClient client;
    private final CookieManager cookies;
    private final URL app;
    private final String token;
    private final List<String> setCookieHeaders = new ArrayList<>();

    private BrowserSession(HttpClient client, CookieManager cookies, URL app, String firstPage, List<String> setCookies) {
        this.client = client;
        this.cookies = cookies;
        this.app = app;
        this.setCookieHeaders.addAll(setCookies);
        this.token = tokenIn(firstPage);
    }

    /** Opens {@code /imports/new}, logs in on the Keycloak page it leads to (password = user name), lands back there. */
    public static BrowserSession logIn(URL app, String user) throws IOException, InterruptedException {
        return logIn(app, user, "/imports/new");
    }

    /** Opens {@code firstPath} (a page with a form), logs in on Keycloak's page and lands back there. */
    public static BrowserSession logIn(URL app, String user, String firstPath) throws IOException, InterruptedException {
        CookieManager cookies = new PlainHttpCookies();
        // plain HTTP/1.1, as a browser speaks to a server without TLS: no h2c upgrade to wait on
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.ALWAYS).connectTimeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(resolve(app, firstPath)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher action = FORM_ACTION.matcher(login.body());
        assertThat(action.find()).as("the Keycloak login form").isTrue();
        String form = "username=" + user + "&password=" + user + "&credentialId=";
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        List<String> setCookies = new ArrayList<>();
        for (HttpResponse<String> r = page; r != null; r = r.previousResponse().orElse(null)) {
            setCookies.addAll(r.headers().allValues("Set-Cookie"));
        }
        return new BrowserSession(client, cookies, app, page.body(), setCookies);
    }

    /** The CSRF token of the first page after the login. */
    public String token() {
        return token;
    }

    /** Every {@code Set-Cookie} of the login's answers. */
    public List<String> setCookieHeaders() {
        return List.copyOf(setCookieHeaders);
    }

    /** The CSRF token the page at {@code path} carries. */
    public String tokenOn(String path) throws IOException, InterruptedException {
        return tokenIn(get(path).body());
    }

    /** GET with this session's cookies, following redirects as a browser does. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, Map.of());
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(app, path));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The app's cookies as a browser would send them now ({@code name=value; …}): what a thief would copy. */
    public String cookieHeader() {
        return cookies.getCookieStore().get(URI.create(app.toString())).stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
    }

    /** Puts a cookie into this browser's jar, as a page of a sibling domain could. */
    public void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(app.toString()), cookie);
    }

    /** An urlencoded form POST, following redirects. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(resolve(app, path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart POST with the fields and a small CSV file, as the upload form sends it. */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, Map<String, String> headers,
                                              String fileName, String fileContent) throws IOException, InterruptedException {
        String boundary = "----kpi" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : new LinkedHashMap<>(fields).entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n"
                + fileContent + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(app, path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI resolve(URL app, String path) {
        return URI.create(app + (path.startsWith("/") ? path.substring(1) : path));
    }

    private static String tokenIn(String page) {
        Matcher matcher = TOKEN_FIELD.matcher(page);
        assertThat(matcher.find()).as("the page carries the CSRF token").isTrue();
        return matcher.group(1);
    }
}
