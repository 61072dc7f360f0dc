package com.kpipulse.web.goal;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.Concurrently;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.Sql;
import com.kpipulse.web.support.TestGoals;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The security review's lost update: two admins read one goal, one changes the title, the other (with the copy read
 * before) a target. Versions make the second change a 412 instead of silently undoing the first.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TwoAdminsChangingOneGoalNeverLoseAChangeTest {

    private static final String TITLE = "Выручка конкурентного квартала";

    @Inject
    AgroalDataSource dataSource;

    private String goalId;

    @AfterEach
    void cleanUp() {
        goalId = TestGoals.delete(goalId);
    }

    private static String goal(String title, String revenue, String... moreKpis) {
        String more = java.util.Arrays.stream(moreKpis).map(kpi -> ",{\"kpi\":\"" + kpi + "\"}").collect(Collectors.joining());
        return """
                {"title":"%s","objective":"SALES","owner":"hanna","start":"2031-01-06","deadline":"2031-03-30",
                 "kpis":[{"kpi":"revenue","target":{"kind":"ABSOLUTE","value":"%s"}}%s],"visibleTo":["marketing-head"]}"""
                .formatted(title, revenue, more);
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    @Test
    void theSecondChangeMadeWithTheCopyReadBeforeTheFirstIsRefusedWith412AndTheFirstIsKept() {
        String ada = KeycloakTokens.accessTokenOf("ada");
        goalId = TestGoals.create(goal(TITLE, "1000000"));

        String readByAdmin1 = as(ada).when().get("/api/v1/goals/" + goalId)
                .then().statusCode(200).body("version", equalTo(1)).extract().header("ETag");
        String readByAdmin2 = as(ada).when().get("/api/v1/goals/" + goalId).then().extract().header("ETag");
        assertThat(readByAdmin1).isEqualTo("\"1\"").isEqualTo(readByAdmin2);

        String afterTitle = as(ada).header("If-Match", readByAdmin1).body(goal(TITLE + " (уточнено)", "1000000"))
                .when().put("/api/v1/goals/" + goalId)
                .then().statusCode(200).body("goal.title", equalTo(TITLE + " (уточнено)")).body("goal.version", equalTo(2))
                .extract().header("ETag");
        assertThat(afterTitle).isEqualTo("\"2\"");

        as(ada).header("If-Match", readByAdmin2).body(goal(TITLE, "2000000"))
                .when().put("/api/v1/goals/" + goalId)
                .then().statusCode(412)
                .header("ETag", "\"2\"")
                .body("error", equalTo("stale"))
                .body("currentVersion", equalTo(2))
                .body("messageRu", containsString("Цель изменил другой пользователь"))
                .body("messageEn", containsString("Another user changed this goal"))
                .body("message", containsString("version 2"));

        as(ada).when().get("/api/v1/goals/" + goalId)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("title", equalTo(TITLE + " (уточнено)"))
                .body("kpis[0].target.value", equalTo("1000000"));
    }

    @Test
    void theVersionInTheBodyGuardsAChangeLikeIfMatch() {
        String ada = KeycloakTokens.accessTokenOf("ada");
        goalId = TestGoals.create(goal(TITLE, "1000000"));
        as(ada).body(goal(TITLE + " 2", "1000000")).when().put("/api/v1/goals/" + goalId).then().statusCode(200);

        String staleCopy = goal(TITLE, "3000000").replace("\"visibleTo\"", "\"version\":1,\"visibleTo\"");
        as(ada).body(staleCopy).when().put("/api/v1/goals/" + goalId).then().statusCode(412).body("currentVersion", equalTo(2));
        as(ada).body(staleCopy.replace("\"version\":1", "\"version\":2")).when().put("/api/v1/goals/" + goalId)
                .then().statusCode(200).body("goal.version", equalTo(3));
    }

    @Test
    void anIfMatchThatIsNotAVersionIsA400AndAStaleDeleteA412() {
        String ada = KeycloakTokens.accessTokenOf("ada");
        goalId = TestGoals.create(goal(TITLE, "1000000"));

        as(ada).header("If-Match", "\"abc\"").body(goal(TITLE, "5")).when().put("/api/v1/goals/" + goalId)
                .then().statusCode(400).body("error", equalTo("version_unreadable")).body("messageRu", containsString("не версия"));
        as(ada).body(goal(TITLE + " 2", "1000000")).when().put("/api/v1/goals/" + goalId).then().statusCode(200);
        as(ada).header("If-Match", "\"1\"").when().delete("/api/v1/goals/" + goalId)
                .then().statusCode(412).body("currentVersion", equalTo(2));
        as(ada).when().get("/api/v1/goals/" + goalId).then().statusCode(200);
        as(ada).header("If-Match", "W/\"2\"").when().delete("/api/v1/goals/" + goalId).then().statusCode(204);
        goalId = null;
    }

    @Test
    void sixteenChangesWithTheSameIfMatchAtOnceMakeExactlyOne200AndFifteen412FiveTimesOver() throws Exception {
        String ada = KeycloakTokens.accessTokenOf("ada");
        goalId = TestGoals.create(goal(TITLE, "1000000"));
        for (int round = 0; round < 5; round++) {
            String etag = as(ada).when().get("/api/v1/goals/" + goalId).then().extract().header("ETag");
            int r = round;
            List<Integer> statuses = Concurrently.run(16, i -> as(ada).header("If-Match", etag)
                    .body(goal(TITLE + " " + r + "." + i, Integer.toString(1000 + i), i % 2 == 0 ? "romi" : "cac"))
                    .when().put("/api/v1/goals/" + goalId).then().extract().statusCode());

            assertThat(statuses).as("round %d", round).filteredOn(status -> status == 200).hasSize(1);
            assertThat(statuses).as("round %d", round).filteredOn(status -> status == 412).hasSize(15);
            assertThat(as(ada).when().get("/api/v1/goals/" + goalId).then().extract().header("ETag"))
                    .isEqualTo("\"" + (round + 2) + "\"");
        }
    }

    @Test
    void sixteenChangesWithoutIfMatchAtOnceAllSucceedAndTheStoredGoalIsOneOfThemWhole() throws Exception {
        String ada = KeycloakTokens.accessTokenOf("ada");
        goalId = TestGoals.create(goal(TITLE, "1000000"));
        List<String> extras = List.of("romi", "cac", "aov", "ctr", "cpa");
        for (int round = 0; round < 5; round++) {
            int r = round;
            List<Integer> statuses = Concurrently.run(16, i -> as(ada)
                    .body(goal(TITLE + " " + r + "." + i, Integer.toString(1000 + i),
                            extras.subList(0, i % extras.size()).toArray(String[]::new)))
                    .when().put("/api/v1/goals/" + goalId).then().extract().statusCode());

            assertThat(statuses).as("round %d", round).allMatch(status -> status == 200 || status == 409 || status == 412);
            assertThat(statuses).as("round %d", round).filteredOn(status -> status == 200).isNotEmpty();
            Response stored = as(ada).when().get("/api/v1/goals/" + goalId);
            String title = stored.path("title");
            int sent = Integer.parseInt(title.substring(title.lastIndexOf('.') + 1));
            assertThat(title).startsWith(TITLE + " " + round + ".");
            assertThat(stored.<String>path("kpis[0].target.value")).isEqualTo(Integer.toString(1000 + sent));
            List<String> kpis = stored.path("kpis.kpi");
            assertThat(kpis).containsExactlyElementsOf(
                    java.util.stream.Stream.concat(java.util.stream.Stream.of("revenue"),
                            extras.subList(0, sent % extras.size()).stream()).toList());
            assertThat(new Sql(dataSource).number("select count(*) from goal_kpi where goal_id = '" + goalId + "'"))
                    .as("no KPI rows of another change left behind").isEqualTo(kpis.size());
        }
    }

    @Test
    void theGoalsListCarriesEachGoalsVersion() {
        String ada = KeycloakTokens.accessTokenOf("ada");
        goalId = TestGoals.create(goal(TITLE, "1000000"));
        as(ada).body(goal(TITLE, "2")).when().put("/api/v1/goals/" + goalId).then().statusCode(200);

        List<Map<String, Object>> goals = as(ada).when().get("/api/v1/goals").then().statusCode(200).extract().path("$");
        assertThat(goals).filteredOn(goal -> goalId.equals(goal.get("id"))).singleElement()
                .extracting(goal -> goal.get("version")).isEqualTo(2);
    }
}
