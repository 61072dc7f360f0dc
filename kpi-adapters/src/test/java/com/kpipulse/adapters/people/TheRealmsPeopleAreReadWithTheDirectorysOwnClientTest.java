package com.kpipulse.adapters.people;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.kpipulse.application.people.Person;
import com.kpipulse.domain.scorecard.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** A stub of Keycloak's token endpoint and admin API, as the documentation describes their answers. */
class TheRealmsPeopleAreReadWithTheDirectorysOwnClientTest {

    private static final String SECRET = "directory-secret";

    private final WireMockServer keycloak = new WireMockServer(options().dynamicPort());
    private final MutableClock clock = new MutableClock();

    @BeforeEach
    void start() {
        keycloak.start();
        keycloak.stubFor(post(urlPathEqualTo("/realms/kpi/protocol/openid-connect/token"))
                .withRequestBody(containing("client_secret=" + SECRET))
                .willReturn(okJson("{\"access_token\":\"service-token\",\"expires_in\":300}")));
        keycloak.stubFor(get(urlPathEqualTo("/admin/realms/kpi/users")).willReturn(okJson("""
                [{"id":"u-1","username":"hanna","firstName":"Hanna","lastName":"Arendt","enabled":true,
                  "email":"hanna@example.com","attributes":{"locale":["en"]}},
                 {"id":"u-2","username":"mark","firstName":"","lastName":"","enabled":true},
                 {"id":"u-3","username":"service-account-kpi-directory","enabled":true},
                 {"id":"u-4","username":"outsider","firstName":"Out","lastName":"Sider","enabled":true}]""")));
        roles("u-1", "marketing-head", "default-roles-kpi");
        roles("u-2", "marketer");
        roles("u-3");
        roles("u-4", "offline_access");
    }

    @AfterEach
    void stop() {
        keycloak.stop();
    }

    @Test
    void peopleWithADepartmentRoleComeWithTheirNamesRolesAddressesAndLanguagesAskedWithTheClientsToken() {
        Optional<List<Person>> people = directory(SECRET).people();

        assertThat(people).hasValueSatisfying(list -> assertThat(list).containsExactly(
                new Person("hanna", "Hanna Arendt", Set.of(Role.MARKETING_HEAD), Optional.of("hanna@example.com"),
                        Optional.of(Locale.ENGLISH)),
                new Person("mark", "mark", Set.of(Role.MARKETER))));
        keycloak.verify(postRequestedFor(urlPathEqualTo("/realms/kpi/protocol/openid-connect/token"))
                .withRequestBody(containing("grant_type=client_credentials"))
                .withRequestBody(containing("client_id=kpi-directory")));
        keycloak.verify(getRequestedFor(urlPathEqualTo("/admin/realms/kpi/users"))
                .withHeader("Authorization", equalTo("Bearer service-token")));
    }

    @Test
    void theAnswerIsKeptForAMinuteBeforeKeycloakIsAskedAgain() {
        KeycloakDirectory directory = directory(SECRET);
        directory.people();
        directory.people();
        keycloak.verify(1, getRequestedFor(urlPathEqualTo("/admin/realms/kpi/users")));

        clock.advance(KeycloakDirectory.KEPT.plusSeconds(1));
        directory.people();
        keycloak.verify(2, getRequestedFor(urlPathEqualTo("/admin/realms/kpi/users")));
    }

    @Test
    void withoutASecretARefusedTokenOrAMissingRoleTheDirectoryIsUnavailable() {
        assertThat(directory(null).people()).isEmpty();
        assertThat(directory("wrong").people()).isEmpty();

        keycloak.stubFor(get(urlPathEqualTo("/admin/realms/kpi/users")).willReturn(aResponse().withStatus(403)));
        assertThat(directory(SECRET).people()).isEmpty();
    }

    @Test
    void keycloakNotAnsweringMakesTheDirectoryUnavailableNotAFailure() {
        KeycloakDirectory directory = new KeycloakDirectory("http://localhost:1/realms/kpi", "kpi-directory",
                Optional.of(SECRET), clock);

        assertThat(directory.people()).isEmpty();
    }

    private KeycloakDirectory directory(String secret) {
        return new KeycloakDirectory("http://localhost:" + keycloak.port() + "/realms/kpi/", "kpi-directory",
                Optional.ofNullable(secret), clock);
    }

    private void roles(String user, String... names) {
        StringBuilder json = new StringBuilder("[");
        for (String name : names) {
            json.append(json.length() > 1 ? "," : "").append("{\"id\":\"r-").append(name).append("\",\"name\":\"")
                    .append(name).append("\"}");
        }
        keycloak.stubFor(get(urlPathEqualTo("/admin/realms/kpi/users/" + user + "/role-mappings/realm/composite"))
                .willReturn(okJson(json.append(']').toString())));
    }

    /** A clock the test moves on. */
    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
