package com.kpipulse.localstack;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keycloak marks its session cookies Secure; a browser keeps them for http://localhost (a secure context), Java's
 * cookie manager does not, so this one drops the flag. For the HTTP clients that sign in as a browser does (the
 * drills and the tests).
 */
public final class PlainHttpCookies extends CookieManager {

    @Override
    public void put(URI uri, Map<String, List<String>> headers) throws IOException {
        Map<String, List<String>> plain = new LinkedHashMap<>();
        headers.forEach((name, values) -> plain.put(name, name == null ? values : values.stream()
                .map(value -> value.replaceAll("(?i);\\s*Secure", "")).toList()));
        super.put(uri, plain);
    }
}
