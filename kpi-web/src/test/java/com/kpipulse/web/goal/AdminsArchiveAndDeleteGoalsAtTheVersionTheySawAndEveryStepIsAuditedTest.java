package com.kpipulse.web.goal;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.Sql;
import com.kpipulse.web.support.TestGoals;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** A revenue goal of the running quarter the marketing head sees, archived, brought back and deleted by the admin. */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AdminsArchiveAndDeleteGoalsAtTheVersionTheySawAndEveryStepIsAuditedTest {

    private static final String TITLE = "Выручка квартала (архив и удаление)";
    private static final LocalDate START = LocalDate.now().minusDays(20);

    @Inject
    AgroalDataSource dataSource;

    private String goalId;

    @BeforeEach
    void aGoal() {
        goalId = TestGoals.create("""
                {"title":"%s","objective":"SALES","owner":"hanna","start":"%s","deadline":"%s",
                 "kpis":[{"kpi":"revenue","target":{"kind":"ABSOLUTE","value":"1000000"}}],
                 "visibleTo":["marketing-head"]}""".formatted(TITLE, START, START.plusDays(60)));
    }

    @AfterEach
    void clean() {
        if (goalId != null && admin().when().get("/api/v1/goals/" + goalId).statusCode() == 200) {
            goalId = TestGoals.delete(goalId);
        }
    }

    @Test
    void anArchivedGoalLeavesTheListTheScorecardAndTheTargetsButStaysUnderTheArchiveAndComesBack() throws SQLException {
        String scorecard = "/scorecards/head?grain=QUARTER&day=" + LocalDate.now();
        assertThat(pageOf("hanna", scorecard)).contains(TITLE);

        form().formParam("version", "1").formParam("archived", "true")
                .when().post("/goals/" + goalId + "/archive")
                .then().statusCode(303).header("Location", containsString("/goals/" + goalId + "?done=archived"));

        assertThat(pageOf("hanna", "/goals")).doesNotContain(TITLE);
        assertThat(pageOf("hanna", "/goals?archived=true")).contains(TITLE, "в архиве");
        assertThat(pageOf("hanna", scorecard)).doesNotContain(TITLE);
        assertThat(pageOf("hanna", "/goals/" + goalId + "?done=archived")).contains("id=\"goal-done\"",
                "Цель перенесена в архив", "в архиве");
        admin().when().get("/api/v1/goals/" + goalId).then().statusCode(200).header("ETag", "\"2\"")
                .body("archived", equalTo(true));
        assertThat(audit("archive")).isEqualTo(1);

        form().formParam("version", "2").formParam("archived", "false")
                .when().post("/goals/" + goalId + "/archive").then().statusCode(303);
        assertThat(pageOf("hanna", "/goals")).contains(TITLE);
        assertThat(pageOf("hanna", scorecard)).contains(TITLE);
        assertThat(audit("unarchive")).isEqualTo(1);
    }

    @Test
    void anArchiveOrADeleteFromAnOlderPageIsRefusedWithThePageAndANote() {
        admin().contentType("application/json").body("""
                {"title":"%s (уточнено)","objective":"SALES","owner":"hanna","start":"%s","deadline":"%s",
                 "kpis":[{"kpi":"revenue","target":{"kind":"ABSOLUTE","value":"1200000"}}],"visibleTo":["marketing-head"]}"""
                .formatted(TITLE, START, START.plusDays(60))).when().put("/api/v1/goals/" + goalId).then().statusCode(200);

        form().formParam("version", "1").formParam("archived", "true")
                .when().post("/goals/" + goalId + "/archive")
                .then().statusCode(409).body(allOf(containsString("id=\"goal-problem\""),
                        containsString("Цель изменил другой пользователь"), containsString("name=\"version\" value=\"2\"")));
        form().formParam("version", "1").formParam("confirm", "true")
                .when().post("/goals/" + goalId + "/delete").then().statusCode(409);
        admin().when().get("/api/v1/goals/" + goalId).then().statusCode(200).body("archived", equalTo(false));
    }

    @Test
    void aGoalIsDeletedOnlyWithTheConfirmationTickedAndTheDeletionIsAudited() throws SQLException {
        form().formParam("version", "1")
                .when().post("/goals/" + goalId + "/delete")
                .then().statusCode(422).body(containsString("Чтобы удалить цель, отметьте подтверждение"));
        admin().when().get("/api/v1/goals/" + goalId).then().statusCode(200);

        form().formParam("version", "1").formParam("confirm", "true")
                .when().post("/goals/" + goalId + "/delete")
                .then().statusCode(303).header("Location", containsString("/goals?done=deleted"));
        admin().when().get("/api/v1/goals/" + goalId).then().statusCode(404);
        assertThat(pageOf("ada", "/goals?done=deleted")).contains("Цель удалена.").doesNotContain(TITLE);
        assertThat(audit("delete")).isEqualTo(1);
    }

    @Test
    void onlyAdminsArchiveOrDelete() {
        for (String action : new String[] {"archive", "delete"}) {
            given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).redirects().follow(false)
                    .contentType("application/x-www-form-urlencoded")
                    .formParam("version", "1").formParam("archived", "true").formParam("confirm", "true")
                    .when().post("/goals/" + goalId + "/" + action).then().statusCode(403);
        }
        admin().when().get("/api/v1/goals/" + goalId).then().statusCode(200).header("ETag", "\"1\"")
                .body("archived", equalTo(false));
    }

    @Test
    void theApiArchivesAtTheVersionItNamesAndListsArchivedGoalsMarked() {
        admin().contentType("application/json").header("If-Match", "\"1\"").body("{\"archived\":true}")
                .when().post("/api/v1/goals/" + goalId + "/archive")
                .then().statusCode(200).header("ETag", "\"2\"").body("archived", equalTo(true)).body("title", equalTo(TITLE));
        admin().contentType("application/json").body("{\"archived\":false,\"version\":1}")
                .when().post("/api/v1/goals/" + goalId + "/archive")
                .then().statusCode(412).body("error", equalTo("stale")).body("currentVersion", equalTo(2));
        admin().contentType("application/json").body("{}")
                .when().post("/api/v1/goals/" + goalId + "/archive")
                .then().statusCode(422).body("errors[0].field", equalTo("archived"));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).when().get("/api/v1/goals")
                .then().statusCode(200).body("find { it.id == '" + goalId + "' }.archived", equalTo(true));
        admin().contentType("application/json").body("""
                {"title":"%s","objective":"SALES","owner":"hanna","start":"%s","deadline":"%s","archived":false,
                 "kpis":[{"kpi":"revenue","target":{"kind":"ABSOLUTE","value":"1000000"}}],"visibleTo":["marketing-head"]}"""
                .formatted(TITLE, START, START.plusDays(60))).when().put("/api/v1/goals/" + goalId)
                .then().statusCode(200).body("goal.archived", equalTo(true));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).contentType("application/json").body("{\"archived\":false}")
                .when().post("/api/v1/goals/" + goalId + "/archive").then().statusCode(403);
        admin().when().get("/api/v1/goals").then().body("title", hasItem(TITLE)).body("title", not(hasItem("")));
    }

    private long audit(String action) throws SQLException {
        return new Sql(dataSource).number("select count(*) from audit_entry where subject_type = 'goal' and subject_id = '"
                + goalId + "' and action = '" + action + "'");
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(KeycloakTokens.accessTokenOf("ada"));
    }

    /** A form of the admin's (with a bearer token, which needs no CSRF token; the browser journey posts with one). */
    private static RequestSpecification form() {
        return admin().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    private static String pageOf(String user, String path) {
        return given().auth().oauth2(KeycloakTokens.accessTokenOf(user)).when().get(path)
                .then().statusCode(200).extract().asString();
    }
}
