package com.kpipulse.web.security;

import com.kpipulse.web.page.Ui;
import com.kpipulse.web.text.AppMessages;
import com.kpipulse.web.text.Bundles;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The address people reach the app at ({@code kpi.public-url}, {@code KPI_PUBLIC_URL}, e.g.
 * {@code https://kpi.example.com}). When it is set, a request naming another host in its {@code Host} header is
 * answered 421 (Misdirected Request) before anything else runs: the app builds absolute addresses from that header (the
 * OIDC {@code redirect_uri}, the logout's return address), so a forged one must never get that far. Health probes are
 * exempt (an orchestrator asks the pod's own address). Unset, every host is answered, as for local use.
 */
@ApplicationScoped
public class PublicAddress {

    /** Below {@link SecurityHeaders} (its headers go on the refusal too), above every security handler. */
    static final int PRIORITY = 900;

    private final Optional<URI> url;
    private final String host;
    private final int port;

    PublicAddress(@ConfigProperty(name = "kpi.public-url") Optional<String> configured) {
        this.url = configured.map(String::strip).filter(value -> !value.isEmpty()).map(PublicAddress::parse);
        this.host = url.map(URI::getHost).map(value -> value.toLowerCase(Locale.ROOT)).orElse(null);
        this.port = url.map(PublicAddress::portOf).orElse(-1);
    }

    void register(@Observes Filters filters) {
        if (url.isPresent()) {
            filters.register(this::check, PRIORITY);
        }
    }

    /** The configured address, e.g. for building absolute addresses without trusting the request. */
    public Optional<URI> url() {
        return url;
    }

    private void check(RoutingContext context) {
        String path = context.normalizedPath();
        if (path != null && path.startsWith("/q/health") || matches(context.request())) {
            context.next();
            return;
        }
        Cookie language = context.request().getCookie(Ui.LANGUAGE_COOKIE);
        Locale locale = Ui.localeOf(language == null ? null : language.getValue());
        context.response().setStatusCode(421).putHeader("Content-Type", "text/plain; charset=UTF-8")
                .end(Bundles.of(AppMessages.class, locale).misdirected(url.orElseThrow().toString()));
    }

    boolean matches(HttpServerRequest request) {
        HostAndPort authority = request.authority();
        if (authority == null || authority.host() == null) {
            return false;
        }
        int requested = authority.port() > 0 ? authority.port() : portOf(url.orElseThrow());
        return host.equals(authority.host().toLowerCase(Locale.ROOT)) && requested == port;
    }

    private static int portOf(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static URI parse(String value) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("KPI_PUBLIC_URL must be an address like https://kpi.example.com, not «"
                    + value + "»", e);
        }
        if (uri.getHost() == null || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalStateException("KPI_PUBLIC_URL must be an address like https://kpi.example.com, not «"
                    + value + "»");
        }
        return uri;
    }
}
