package com.kpipulse.web.page;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How the REST API under {@value #PREFIX} answers a refusal or an error: JSON {@code {"error": code, "message": …}},
 * never a page, a login redirect or an empty body, so an API client can always read why.
 */
public final class ApiErrors {

    public static final String PREFIX = "/api/";

    /** The challenge of a bearer-token API (RFC 6750). */
    static final String BEARER_CHALLENGE = "Bearer realm=\"kpi-pulse\"";

    private ApiErrors() {
    }

    public static boolean isApi(String path) {
        return path != null && (path.startsWith(PREFIX) || path.equals("/api"));
    }

    public static Response json(Response.Status status, String code, String message) {
        return json(status.getStatusCode(), code, message);
    }

    public static Response json(int status, String code, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /** 401 for a call without a (valid) bearer token, with the challenge that names the scheme. */
    static Response unauthorized(boolean tokenSent) {
        Response plain = json(Response.Status.UNAUTHORIZED, tokenSent ? "invalid_token" : "unauthorized",
                tokenSent ? "The bearer token is not valid (expired, or not from this realm)"
                        : "Send an access token of realm kpi: Authorization: Bearer <token>");
        return Response.fromResponse(plain).header("WWW-Authenticate",
                tokenSent ? BEARER_CHALLENGE + ", error=\"invalid_token\"" : BEARER_CHALLENGE).build();
    }

    /** The code of a status without a more telling one: {@code method_not_allowed} for 405. */
    static String code(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "error_" + status
                : known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

    /** The reason phrase of a status, as the message of an error nothing more is known about. */
    static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }
}
