package com.kpipulse.web.goal;

import com.kpipulse.application.people.People;
import com.kpipulse.application.people.Person;
import com.kpipulse.domain.scorecard.Role;
import com.kpipulse.localstack.LocalKeycloak;
import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.TestGoals;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

/** The real Keycloak of the test stack: its realm's people, read by the directory's own client. */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TheOwnerIsChosenFromThePeopleOfTheRealmTest {

    private static final String TITLE = "Цель ушедшего сотрудника (выбор ответственного)";

    @Inject
    People people;

    private String goalId;

    @AfterEach
    void clean() {
        goalId = TestGoals.delete(goalId);
    }

    @Test
    void theDirectoryListsTheRealmsPeopleWithTheirNamesAndRolesButNotItsServiceAccount() {
        List<Person> everyone = people.everyone().orElseThrow();

        assertThat(everyone).extracting(Person::login).contains("ada", "hanna", "mark", "sofia", "vic")
                .doesNotContain("service-account-kpi-directory");
        assertThat(everyone).contains(new Person("hanna", "Hanna Head", Set.of(Role.MARKETING_HEAD),
                Optional.of("hanna@kpi-pulse.local"), Optional.empty()));
        assertThat(people.nameOf("sofia")).isEqualTo("Sofia Smm");
    }

    @Test
    void theOwnerFieldIsAChoiceOfThePeopleWithTheSignedInAdminChosenForANewGoal() {
        String html = admin().when().get("/admin/goals/new").then().statusCode(200).extract().asString();

        String owner = html.substring(html.indexOf("<select id=\"owner\""));
        owner = owner.substring(0, owner.indexOf("</select>"));
        assertThat(owner).contains("<option value=\"ada\" selected>Ada Lovelace</option>", "<option value=\"hanna\" >Hanna Head</option>",
                "<option value=\"vic\" >Vic Viewer</option>").doesNotContain("service-account");
    }

    @Test
    void aStoredOwnerTheRealmDoesNotKnowStaysVisibleAndSavableButNoOtherStrangerIsTaken() {
        goalId = TestGoals.create("""
                {"title":"%s","objective":"SALES","owner":"left.the.company","start":"2035-01-01","deadline":"2035-03-31",
                 "kpis":[{"kpi":"revenue","target":{"kind":"ABSOLUTE","value":"100000"}}],"visibleTo":[]}""".formatted(TITLE));

        admin().when().get("/admin/goals/" + goalId + "/edit").then().statusCode(200)
                .body(containsString("<option value=\"left.the.company\" selected>left.the.company (нет среди пользователей)</option>"));
        wizard("left.the.company").redirects().follow(false).when().post("/admin/goals/" + goalId).then().statusCode(303);
        wizard("somebody.else").when().post("/admin/goals/" + goalId)
                .then().statusCode(422).body(allOf(containsString("Ответственный: «somebody.else» нет среди пользователей"),
                        containsString("<option value=\"somebody.else\" selected>")));
        wizard("mark").redirects().follow(false).when().post("/admin/goals/" + goalId).then().statusCode(303);
        admin().when().get("/goals/" + goalId).then().body(containsString("Ответственный: Mark Marketer"));
    }

    @Test
    void theDirectorysSecretIsTheLocalRealmsOnlyInTheTestsNeverInTheApp() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            assertThat(files.filter(Files::isRegularFile).filter(file -> contains(file, LocalKeycloak.DIRECTORY_SECRET)))
                    .isEmpty();
        }
        assertThat(Files.readString(Path.of("src/main/resources/application.properties")))
                .contains("kpi.directory.secret=${KPI_DIRECTORY_SECRET:}");
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private RequestSpecification wizard(String owner) {
        return admin().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("title", TITLE).formParam("objective", "SALES").formParam("owner", owner)
                .formParam("start", "2035-01-01").formParam("deadline", "2035-03-31").formParam("phasing", "EVEN")
                .formParam("baselineStart", "").formParam("baselineEnd", "")
                .formParam("kpi", "revenue").formParam("targetKind", "ABSOLUTE").formParam("targetValue", "100000")
                .formParam("changePercent", "").formParam("version", "");
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(KeycloakTokens.accessTokenOf("ada"));
    }
}
