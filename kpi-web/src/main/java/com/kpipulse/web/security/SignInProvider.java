package com.kpipulse.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the identity provider (Keycloak) answers, so that a person who must sign in is not sent to a login page
 * that cannot open. Asked without blocking: its discovery document is fetched at most once every
 * {@value #FRESH_SECONDS} seconds, with short timeouts, and the latest answer is shared by every request meanwhile.
 */
@ApplicationScoped
public class SignInProvider {

    static final int FRESH_SECONDS = 5;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(3);

    /** One look at the provider: when it began, and what it found (or is finding). */
    private record Look(long startedNanos, CompletableFuture<Boolean> answers) {
        boolean fresh() {
            return System.nanoTime() - startedNanos < Duration.ofSeconds(FRESH_SECONDS).toNanos();
        }
    }

    private final URI discovery;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final AtomicReference<Look> latest = new AtomicReference<>();

    public SignInProvider(@ConfigProperty(name = "kpi.sign-in.probe-url") String probeUrl) {
        this.discovery = URI.create(probeUrl);
    }

    /** Completes with whether the provider answered its latest look (a new look when the latest is stale). */
    public CompletionStage<Boolean> answers() {
        Look look = latest.get();
        if (look != null && look.fresh()) {
            return look.answers();
        }
        Look fresh = new Look(System.nanoTime(), new CompletableFuture<>());
        if (!latest.compareAndSet(look, fresh)) {
            return latest.get().answers();
        }
        client.sendAsync(HttpRequest.newBuilder(discovery).timeout(ANSWER_TIMEOUT).GET().build(),
                        HttpResponse.BodyHandlers.discarding())
                .whenComplete((response, failure) -> fresh.answers().complete(failure == null
                        && response.statusCode() == 200));
        return fresh.answers();
    }
}
