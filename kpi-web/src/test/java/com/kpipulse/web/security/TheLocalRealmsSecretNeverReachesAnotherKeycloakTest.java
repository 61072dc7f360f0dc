package com.kpipulse.web.security;

import com.kpipulse.localstack.LocalKeycloak;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local realm's client secret is public (README): the app itself knows no default secret and refuses to start
 * without one, so pointing {@code KPI_OIDC_URL} at a real Keycloak cannot quietly use it. Only the launcher of the
 * local stack and the tests, which start the local Keycloak, pass it.
 */
class TheLocalRealmsSecretNeverReachesAnotherKeycloakTest {

    @Test
    void noSourceOrSettingOfTheAppContainsTheLocalSecret() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            List<Path> holding = files.filter(Files::isRegularFile).filter(file -> contains(file, LocalKeycloak.CLIENT_SECRET))
                    .toList();
            assertThat(holding).isEmpty();
        }
        assertThat(Files.readString(Path.of("src/main/resources/application.properties")))
                .contains("quarkus.oidc.credentials.secret=${KPI_OIDC_SECRET:}");
    }

    @Test
    void withoutASecretTheAppSaysWhichSettingIsMissingAndWhereFrom() {
        Optional<String> missing = OidcClientSecretCheck.problem(
                "https://sso.example.com/realms/kpi", "kpi-web", Optional.empty());
        assertThat(missing).hasValueSatisfying(message -> assertThat(message)
                .contains("KPI_OIDC_SECRET", "kpi-web", "https://sso.example.com/realms/kpi"));
        assertThat(OidcClientSecretCheck.problem(
                "https://sso.example.com/realms/kpi", "kpi-web", Optional.of("  "))).isPresent();
        assertThat(OidcClientSecretCheck.problem(
                "https://sso.example.com/realms/kpi", "kpi-web", Optional.of("s3cr3t"))).isEmpty();
    }

    private static boolean contains(Path file, String text) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
