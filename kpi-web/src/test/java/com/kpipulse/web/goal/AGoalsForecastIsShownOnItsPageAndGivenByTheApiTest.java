package com.kpipulse.web.goal;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.TestGoals;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 60-day goal on reach that began 30 days ago, 60 000 in all, visible to the marketing head; reach has been about
 * 1 000 a day for the last 60 days, so the goal is heading for about its plan. Its engagement rate is no sum.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AGoalsForecastIsShownOnItsPageAndGivenByTheApiTest {

    /** The company's today (its zone, not the machine's: between 21:00 and 24:00 UTC they are different days). */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Moscow"));
    private static final LocalDate YESTERDAY = TODAY.minusDays(1);
    private static final LocalDate FIRST = YESTERDAY.minusDays(59);
    private static final LocalDate START = TODAY.minusDays(30);
    private static final LocalDate DEADLINE = START.plusDays(59);

    @Inject
    AgroalDataSource dataSource;

    private String goalId;

    @BeforeEach
    void aGoalOnReach() {
        goalId = TestGoals.create("""
                {"title":"Охват к сроку (прогноз)","objective":"BRAND_AWARENESS","owner":"hanna","start":"%s","deadline":"%s",
                 "kpis":[{"kpi":"reach","target":{"kind":"ABSOLUTE","value":"60000"}},{"kpi":"engagement_rate"}],
                 "visibleTo":["marketing-head"]}""".formatted(START, DEADLINE));
        List<String> values = new ArrayList<>();
        for (LocalDate day = FIRST; !day.isAfter(YESTERDAY); day = day.plusDays(1)) {
            values.add("{\"measure\":\"reach\",\"periodStart\":\"%s\",\"channel\":\"smm_vk\",\"value\":\"%d\"}"
                    .formatted(day, 950 + (day.getDayOfYear() * 7) % 11 * 10));
        }
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body("{\"observations\":[" + String.join(",", values) + "]}")
                .when().post("/api/v1/observations").then().statusCode(200);
    }

    @AfterEach
    void clean() throws SQLException {
        goalId = TestGoals.delete(goalId);
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("delete from observation where measure = 'reach' and period_start"
                    + " between date '" + FIRST + "' and date '" + YESTERDAY + "'");
        }
    }

    @Test
    void theGoalPageSaysWhereEachSumIsHeadingInTheReadersLanguage() {
        String russian = given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).when().get("/goals/" + goalId)
                .then().statusCode(200).extract().asString();
        String reach = line(russian, "reach");
        assertThat(reach).contains("при текущем темпе", "плана", "вероятность выполнить",
                DEADLINE.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        assertThat(line(russian, "engagement_rate")).contains("прогноза нет: это не сумма по дням");
        assertThat(russian).contains("Прогноз к сроку");

        String english = given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).cookie("kpi_lang", "en")
                .when().get("/goals/" + goalId).then().statusCode(200).extract().asString();
        assertThat(line(english, "reach")).contains("at the current pace", "of the plan", "chance of meeting it",
                DEADLINE.toString());
        assertThat(line(english, "engagement_rate")).contains("no forecast: not a sum over days");
    }

    @Test
    void theHeadsScorecardLoadsEachGoalKpisForecastAsTheApiSaysIt() {
        String scorecard = given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).when().get("/scorecards/head")
                .then().statusCode(200).extract().asString();
        assertThat(scorecard).contains("Прогноз к сроку",
                "hx-get=\"/goals/" + goalId + "/forecast?kpi=reach\"");

        String said = given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna"))
                .when().get("/api/v1/goals/" + goalId + "/forecast").then().statusCode(200).extract().path("[0].said.ru");
        String fragment = given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna"))
                .when().get("/goals/" + goalId + "/forecast?kpi=reach").then().statusCode(200).extract().asString();
        assertThat(said).startsWith("при текущем темпе");
        assertThat(fragment).contains(said);
        assertThat(given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).cookie("kpi_lang", "en")
                .when().get("/goals/" + goalId + "/forecast?kpi=reach").then().statusCode(200).extract().asString())
                .contains("at the current pace");
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).when().get("/goals/" + goalId + "/forecast?kpi=reach")
                .then().statusCode(404);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna"))
                .when().get("/goals/" + goalId + "/forecast?kpi=traffic").then().statusCode(404);
    }

    @Test
    void theApiGivesTheTotalsTheShareAndTheChanceForTheGoalsReadersOnly() {
        JsonPath answer = given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna"))
                .when().get("/api/v1/goals/" + goalId + "/forecast").then().statusCode(200).extract().jsonPath();

        assertThat(answer.getString("[0].kpi")).isEqualTo("reach");
        assertThat(answer.getBoolean("[0].forecast")).isTrue();
        assertThat(answer.getInt("[0].daysLeft")).isEqualTo(30);
        assertThat(answer.getDouble("[0].shareExpected")).isBetween(0.9, 1.1);
        assertThat(answer.getDouble("[0].probability")).isBetween(0.0, 1.0);
        assertThat(answer.getDouble("[0].low")).isLessThanOrEqualTo(answer.getDouble("[0].expected"));
        assertThat(answer.getString("[0].said.ru")).startsWith("при текущем темпе");
        assertThat(answer.getString("[0].said.en")).startsWith("at the current pace");
        assertThat(answer.getString("[1].kpi")).isEqualTo("engagement_rate");
        assertThat(answer.getBoolean("[1].forecast")).isFalse();
        assertThat(answer.getString("[1].said.code")).isEqualTo("goal.forecast.not_a_sum");

        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).when().get("/api/v1/goals/" + goalId + "/forecast")
                .then().statusCode(404);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna"))
                .when().get("/api/v1/goals/00000000-0000-0000-0000-000000000000/forecast").then().statusCode(404);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).when().get("/api/v1/goals/not-a-goal/forecast")
                .then().statusCode(404);
    }

    private static String line(String html, String kpi) {
        String from = html.substring(html.indexOf("id=\"goal-forecast-" + kpi + "\""));
        return from.substring(0, from.indexOf("</li>"));
    }
}
