package com.kpipulse.web.review;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.common.MapBackedConfigSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the app's configuration decides whether mail goes out, read as the running app reads it (production profile,
 * the environment over application.properties): without {@code KPI_SMTP_HOST} the mailer's mock mode only logs the
 * mail; with a host the mail goes to it, with the port, account and sender the environment gives.
 */
class WithoutAnSmtpHostTheRecapIsOnlyLoggedTest {

    @Test
    void withoutAHostTheMailIsOnlyLogged() throws IOException {
        SmallRyeConfig config = configWith(Map.of());

        assertThat(config.getValue("quarkus.mailer.mock", Boolean.class)).isTrue();
    }

    @Test
    void withAHostTheMailGoesToItAsTheEnvironmentSays() throws IOException {
        SmallRyeConfig config = configWith(Map.of("KPI_SMTP_HOST", "smtp.example.com", "KPI_SMTP_PORT", "465",
                "KPI_SMTP_USER", "kpi", "KPI_SMTP_FROM", "KPI Pulse <kpi@example.com>", "KPI_SMTP_TLS", "true"));

        assertThat(config.getValue("quarkus.mailer.mock", Boolean.class)).isFalse();
        assertThat(config.getValue("quarkus.mailer.host", String.class)).isEqualTo("smtp.example.com");
        assertThat(config.getValue("quarkus.mailer.port", Integer.class)).isEqualTo(465);
        assertThat(config.getValue("quarkus.mailer.username", String.class)).isEqualTo("kpi");
        assertThat(config.getValue("quarkus.mailer.from", String.class)).isEqualTo("KPI Pulse <kpi@example.com>");
        assertThat(config.getValue("quarkus.mailer.tls", Boolean.class)).isTrue();
    }

    @Test
    void testsReadTheMockMailbox() throws IOException {
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDefaultInterceptors().withProfile("test")
                .withSources(new PropertiesConfigSource(getClass().getClassLoader().getResource("application.properties")))
                .withSources(new MapBackedConfigSource("environment", Map.of("KPI_SMTP_HOST", "smtp.example.com"), 300) {
                }).build();

        assertThat(config.getValue("quarkus.mailer.mock", Boolean.class)).isTrue();
    }

    private SmallRyeConfig configWith(Map<String, String> environment) throws IOException {
        return new SmallRyeConfigBuilder().addDefaultInterceptors().withProfile("prod")
                .withSources(new PropertiesConfigSource(getClass().getClassLoader().getResource("application.properties")))
                .withSources(new MapBackedConfigSource("environment", environment, 300) {
                }).build();
    }
}
