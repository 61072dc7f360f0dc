package com.kpipulse.web.goal;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.Sql;
import com.kpipulse.web.support.TestGoals;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Every text, number and date a goal write sends is read with its bound before anything else: a refusal is 422 with
 * the field (and index) and a reason, and neither a new goal nor a change of a stored one is kept.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class GoalsWithUnfitInputAreRefusedFieldByFieldAndNothingIsStoredTest {

    private static final String SOUND = """
            {"title":"Выручка 2032","objective":"SALES","owner":"hanna","start":"2032-01-05","deadline":"2032-02-01",
             "kpis":[{"kpi":"revenue","target":{"kind":"ABSOLUTE","value":"100000"},"phasing":"MANUAL",
                      "parts":[{"periodStart":"2032-01-05","value":"25000"},{"periodStart":"2032-01-12","value":"25000"},
                               {"periodStart":"2032-01-19","value":"25000"},{"periodStart":"2032-01-26","value":"25000"}]},
                     {"kpi":"romi","target":{"kind":"RELATIVE","changePercent":"10","baselineStart":"2031-10-01","baselineEnd":"2031-12-31"}}],
             "visibleTo":["marketing-head"]}""";

    @Inject
    AgroalDataSource dataSource;

    private String goalId;

    @BeforeEach
    void aStoredGoal() {
        goalId = TestGoals.create(SOUND);
    }

    @AfterEach
    void cleanUp() {
        goalId = TestGoals.delete(goalId);
    }

    static Stream<Arguments> unfitGoals() {
        return Stream.of(
                Arguments.of("a NUL in the title", SOUND.replace("Выручка 2032", "Выручка\\u00002032"), "title", "control character"),
                Arguments.of("a megabyte title", SOUND.replace("Выручка 2032", "x".repeat(1 << 20)), "title", "at most 300"),
                Arguments.of("a NUL in the owner", SOUND.replace("\"hanna\"", "\"han\\u0000na\""), "owner", "control character"),
                Arguments.of("an objective of a thousand characters", SOUND.replace("\"SALES\"", "\"" + "S".repeat(1000) + "\""),
                        "objective", "at most 64"),
                Arguments.of("a target of 1e400", SOUND.replace("\"100000\"", "\"1e400\""), "kpis[0].target.value", "too large"),
                Arguments.of("a target of a hundred thousand digits", SOUND.replace("\"100000\"", "\"" + "9".repeat(100_000) + "\""),
                        "kpis[0].target.value", "too long for a number"),
                Arguments.of("a target of NaN", SOUND.replace("\"100000\"", "\"NaN\""), "kpis[0].target.value", "is not a number"),
                Arguments.of("a target of Infinity", SOUND.replace("\"100000\"", "\"Infinity\""), "kpis[0].target.value", "is not a number"),
                Arguments.of("a week's part of 1e400", SOUND.replace("\"2032-01-12\",\"value\":\"25000\"", "\"2032-01-12\",\"value\":\"1e400\""),
                        "kpis[0].parts[1].value", "too large"),
                Arguments.of("a week's part of 1e-400", SOUND.replace("\"2032-01-12\",\"value\":\"25000\"", "\"2032-01-12\",\"value\":\"1e-400\""),
                        "kpis[0].parts[1].value", "too small"),
                Arguments.of("an empty week", SOUND.replace("{\"periodStart\":\"2032-01-12\",\"value\":\"25000\"}", "null"),
                        "kpis[0].parts[1]", "required"),
                Arguments.of("a change of 1e400 %", SOUND.replace("\"changePercent\":\"10\"", "\"changePercent\":\"1e400\""),
                        "kpis[1].target.changePercent", "too large"),
                Arguments.of("a change below -100 %", SOUND.replace("\"changePercent\":\"10\"", "\"changePercent\":\"-150\""),
                        "kpis[1].target.changePercent", "below zero"),
                Arguments.of("a start in year 0", SOUND.replace("\"2032-01-05\",\"deadline\"", "\"0000-01-01\",\"deadline\""), "start",
                        "outside the dates"),
                Arguments.of("a start in year 10000", SOUND.replace("\"2032-01-05\",\"deadline\"", "\"+10000-01-01\",\"deadline\""), "start",
                        "is not a date"),
                Arguments.of("a start a billion years ago", SOUND.replace("\"2032-01-05\",\"deadline\"", "\"-999999999-01-01\",\"deadline\""),
                        "start", "is not a date"),
                Arguments.of("a deadline in 2100", SOUND.replace("\"2032-02-01\"", "\"2100-01-01\""), "deadline", "outside the dates"),
                Arguments.of("a baseline in 1999", SOUND.replace("\"2031-10-01\"", "\"1999-10-01\""), "kpis[1].target.baselineStart",
                        "outside the dates"),
                Arguments.of("an empty KPI", SOUND.replace("{\"kpi\":\"romi\",", "null,{\"kpi\":\"romi\","), "kpis[1]", "KPI is required"),
                Arguments.of("a KPI code with a NUL", SOUND.replace("\"romi\"", "\"ro\\u0000mi\""), "kpis[1].kpi", "control character"),
                Arguments.of("an empty role", SOUND.replace("[\"marketing-head\"]", "[\"marketing-head\",null]"), "visibleTo[1]",
                        "required"),
                Arguments.of("a role with a broken character", SOUND.replace("[\"marketing-head\"]", "[\"\\ud800\"]"), "visibleTo[0]",
                        "unpaired"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unfitGoals")
    void aNewGoalWithUnfitInputIsRefusedWithTheFieldAndAReasonAndNotStored(String what, String body, String field,
                                                                            String reason) throws SQLException {
        long before = goals();

        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json").body(body)
                .when().post("/api/v1/goals")
                .then().log().ifValidationFails().statusCode(422)
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.message", containsString(reason))
                .body("errors.find { it.field == '" + field + "' }.message.length()", org.hamcrest.Matchers.lessThan(400));

        assertThat(goals()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unfitGoals")
    void aChangeWithUnfitInputIsRefusedAndTheStoredGoalStaysAsItWas(String what, String body, String field, String reason) {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json").body(body)
                .when().put("/api/v1/goals/" + goalId)
                .then().statusCode(422).body("errors.field", hasItem(field));

        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).when().get("/api/v1/goals/" + goalId)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo("Выручка 2032"))
                .body("kpis[0].parts.value", not(hasItem("1e400")))
                .body("kpis[1].target.changePercent", equalTo("10"));
    }

    @org.junit.jupiter.api.Test
    void reasonsComeInRussianTooWhereTheyHaveOne() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body(SOUND.replace("\"100000\"", "\"1e400\""))
                .when().post("/api/v1/goals")
                .then().statusCode(422)
                .body("errors[0].messageRu", containsString("слишком большое число"))
                .body("errors[0].messageRu", notNullValue());
    }

    private long goals() throws SQLException {
        return new Sql(dataSource).number("select count(*) from goal");
    }
}
