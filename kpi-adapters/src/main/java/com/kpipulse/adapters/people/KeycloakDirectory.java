package com.kpipulse.adapters.people;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kpipulse.adapters.importing.JsonArrays;
import com.kpipulse.application.people.Directory;
import com.kpipulse.application.people.Person;
import com.kpipulse.domain.scorecard.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The people of the realm, read from Keycloak's admin REST API by a client of their own ({@code kpi-directory}: a
 * service account that holds {@code view-users} of {@code realm-management} and nothing else), with the client
 * credentials grant: the users ({@code GET /admin/realms/<realm>/users}, with their email address and the language
 * each chose, the attribute {@code locale}, where the realm has them) and each one's effective realm roles. Only
 * people with a department role are listed. The answer is kept for {@link #KEPT} (people change rarely, and the wizard
 * asks on every render); without a secret, or when Keycloak does not answer, the directory is unavailable and says so
 * in the log, never with the secret or a token.
 */
@ApplicationScoped
public class KeycloakDirectory implements Directory {

    private static final Logger LOG = Logger.getLogger(KeycloakDirectory.class);
    /** How long a list of people is kept before Keycloak is asked again. */
    static final Duration KEPT = Duration.ofMinutes(1);
    /** How long a failure is kept: Keycloak is not asked on every page while it does not answer. */
    static final Duration FAILURE_KEPT = Duration.ofSeconds(15);
    /** A department is not bigger than this; more users are not read. */
    static final int MAX_PEOPLE = 500;
    /** The languages the app speaks: a person's other choice is not theirs to read in. */
    private static final Set<String> SPOKEN = Set.of("ru", "en");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(JsonArrays.READ_CONSTRAINTS).build());

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String realmUrl;
    private final String clientId;
    private final String secret;
    private final Clock clock;

    private Kept kept = new Kept(Optional.empty(), Instant.MIN);

    /** The last answer and until when it holds. */
    private record Kept(Optional<List<Person>> people, Instant until) {
    }

    @Inject
    public KeycloakDirectory(@ConfigProperty(name = "kpi.directory.realm-url") String realmUrl,
                             @ConfigProperty(name = "kpi.directory.client-id") String clientId,
                             @ConfigProperty(name = "kpi.directory.secret") Optional<String> secret, Clock clock) {
        this.realmUrl = realmUrl.endsWith("/") ? realmUrl.substring(0, realmUrl.length() - 1) : realmUrl;
        this.clientId = clientId;
        this.secret = secret.filter(value -> !value.isBlank()).orElse(null);
        this.clock = clock;
    }

    @Override
    public synchronized Optional<List<Person>> people() {
        Instant now = clock.instant();
        if (now.isBefore(kept.until())) {
            return kept.people();
        }
        Optional<List<Person>> people = read();
        kept = new Kept(people, now.plus(people.isPresent() ? KEPT : FAILURE_KEPT));
        return people;
    }

    private Optional<List<Person>> read() {
        if (secret == null) {
            LOG.debug("No people directory: KPI_DIRECTORY_SECRET is not set");
            return Optional.empty();
        }
        int realm = realmUrl.lastIndexOf("/realms/");
        if (realm < 0) {
            LOG.warnf("No people directory: %s is no Keycloak realm address (…/realms/<realm>)", realmUrl);
            return Optional.empty();
        }
        String admin = realmUrl.substring(0, realm) + "/admin" + realmUrl.substring(realm);
        try {
            String token = token();
            JsonNode users = get(admin + "/users?briefRepresentation=false&enabled=true&first=0&max=" + MAX_PEOPLE, token);
            List<Person> people = new ArrayList<>();
            for (JsonNode user : users) {
                String login = user.path("username").asText("");
                if (login.isBlank() || login.startsWith("service-account-") || !user.path("enabled").asBoolean(true)) {
                    continue;
                }
                Set<Role> roles = roles(get(admin + "/users/" + URLEncoder.encode(user.path("id").asText(),
                        StandardCharsets.UTF_8) + "/role-mappings/realm/composite", token));
                if (!roles.isEmpty()) {
                    people.add(new Person(login, name(user), roles, email(user), language(user)));
                }
            }
            return Optional.of(List.copyOf(people));
        } catch (DirectoryFailure e) {
            LOG.warnf("No people directory: %s", e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            LOG.warnf("No people directory: Keycloak could not be reached at %s (%s)", admin, e.getClass().getSimpleName());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** A token of the directory's own client (client credentials grant). */
    private String token() throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new DirectoryFailure("Keycloak refused client " + clientId + " a token (" + answer.statusCode()
                    + "): check KPI_DIRECTORY_CLIENT_ID and KPI_DIRECTORY_SECRET");
        }
        String token = JSON.readTree(answer.body()).path("access_token").asText("");
        if (token.isBlank()) {
            throw new DirectoryFailure("Keycloak's token answer for client " + clientId + " holds no access token");
        }
        return token;
    }

    private JsonNode get(String url, String token) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new DirectoryFailure("Keycloak answered " + answer.statusCode() + " to " + url.replaceAll("\\?.*", "")
                    + (answer.statusCode() == 403 ? ": client " + clientId + " needs the role view-users of realm-management" : ""));
        }
        JsonNode json = JSON.readTree(answer.body());
        if (!json.isArray()) {
            throw new DirectoryFailure("Keycloak's answer to " + url.replaceAll("\\?.*", "") + " is no list");
        }
        return json;
    }

    private static Set<Role> roles(JsonNode mappings) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        mappings.forEach(role -> Role.fromClaim(role.path("name").asText("")).ifPresent(roles::add));
        return roles;
    }

    /** First and last name as the realm keeps them, else the login. */
    private static String name(JsonNode user) {
        String name = (user.path("firstName").asText("") + " " + user.path("lastName").asText("")).strip();
        return name.isEmpty() ? user.path("username").asText("") : name;
    }

    private static Optional<String> email(JsonNode user) {
        return Optional.of(user.path("email").asText("")).filter(address -> address.contains("@"));
    }

    /** The language the person chose in Keycloak (its attribute {@code locale}), when it is one the app speaks. */
    private static Optional<Locale> language(JsonNode user) {
        String tag = user.path("attributes").path("locale").path(0).asText("");
        return Optional.of(Locale.forLanguageTag(tag)).filter(locale -> SPOKEN.contains(locale.getLanguage()));
    }

    /** Why the directory cannot be read, in words for the log (never with the secret or a token). */
    private static final class DirectoryFailure extends IOException {
        DirectoryFailure(String message) {
            super(message);
        }
    }
}
