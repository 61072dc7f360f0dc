package com.kpipulse.web.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Refuses to start without the OIDC client secret ({@code KPI_OIDC_SECRET}). The app has no default for it: the local
 * realm's secret is printed in the README and must never reach a real Keycloak, so {@code ./kpi run} passes it only
 * when it starts the local Keycloak itself, and everybody else names their client's secret.
 */
@ApplicationScoped
public class OidcClientSecretCheck {

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realm;

    @ConfigProperty(name = "quarkus.oidc.client-id")
    String clientId;

    @ConfigProperty(name = "quarkus.oidc.credentials.secret")
    Optional<String> secret;

    void check(@Observes StartupEvent started) {
        problem(realm, clientId, secret).ifPresent(message -> {
            throw new IllegalStateException(message);
        });
    }

    public static Optional<String> problem(String realm, String clientId, Optional<String> secret) {
        if (secret.filter(value -> !value.isBlank()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("KPI_OIDC_SECRET is not set: set it to the secret of client '" + clientId + "' in "
                + realm + " (KPI_OIDC_URL). There is no default; ./kpi run sets it when it starts its local Keycloak.");
    }
}
