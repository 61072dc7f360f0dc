package com.kpipulse.web.layout;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The CSRF token of a browser session (double submit, stateless): a random value in cookie {@value #COOKIE}, written
 * into every form as field {@value #FIELD} and into htmx requests as header {@value #HEADER}. A forged cross-site
 * request carries the cookie but cannot read it, so it cannot send the matching field or header.
 * Templates reach it as {@code inject:csrf.token}. The cookie is HttpOnly: pages get the token rendered by the
 * server, no script ever reads the cookie.
 */
@RequestScoped
@Named("csrf")
public class CsrfToken {

    public static final String COOKIE = "kpi_csrf";
    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    @Inject
    HttpServerRequest request;

    private String token;

    /** The token of this browser; issues one (and its cookie) when the browser has none yet. */
    public String token() {
        if (token == null) {
            String sent = sentCookie();
            if (wellFormed(sent)) {
                token = sent;
            } else {
                token = fresh();
                request.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true)
                        .setSecure(request.isSSL()).setSameSite(CookieSameSite.LAX));
            }
        }
        return token;
    }

    /** The token the browser sent in its cookie, or null. */
    public String sentCookie() {
        Cookie cookie = request.getCookie(COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    /**
     * Whether a request may pass: safe methods always; state-changing ones when they carry a bearer token (API
     * clients, which a browser never sends on its own) or when the token they send equals the cookie's.
     *
     * @param sentToken the header, else the form field; null when neither was sent
     */
    public static boolean permits(String method, String authorization, String cookieToken, String sentToken) {
        if (method == null || SAFE_METHODS.contains(method.toUpperCase(java.util.Locale.ROOT))) {
            return true;
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return true;
        }
        return wellFormed(cookieToken) && sentToken != null && MessageDigest.isEqual(
                cookieToken.getBytes(StandardCharsets.US_ASCII), sentToken.strip().getBytes(StandardCharsets.US_ASCII));
    }

    static String fresh() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean wellFormed(String token) {
        return token != null && token.length() == 43 && token.matches("[A-Za-z0-9_-]+");
    }
}
