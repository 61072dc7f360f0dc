package com.kpipulse.web.goal;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.TestGoals;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * A revenue goal over the four whole weeks from Monday 6 January to Sunday 2 February 2020 (a quiet corner of the
 * calendar), 100 000 ₽ in all: evenly 25 000 ₽ a week, by hand 10 000, 20 000, 30 000 and 40 000 ₽.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class GoalsPhasedByHandPerWeekTest {

    private static final String NBSP = "\u00A0";
    private static final String SOURCE = "manual_phasing_test";
    private static final String TITLE = "Выручка января 2020 по неделям";

    @Inject
    AgroalDataSource dataSource;

    private String goalId;

    @AfterEach
    void cleanUp() throws SQLException {
        goalId = TestGoals.delete(goalId);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("delete from observation where source_system = '" + SOURCE + "'");
        }
    }

    private static String goal(String phasing, String parts) {
        return """
                {"title":"%s","objective":"SALES","owner":"hanna","start":"2020-01-06","deadline":"2020-02-02",
                 "kpis":[{"kpi":"revenue","target":{"kind":"ABSOLUTE","value":"100000"},"phasing":"%s"%s},{"kpi":"romi"}],
                 "visibleTo":["marketing-head"]}""".formatted(TITLE, phasing, parts == null ? "" : ",\"parts\":[" + parts + "]");
    }

    private static String weeks(String... values) {
        String[] starts = {"2020-01-06", "2020-01-13", "2020-01-20", "2020-01-27"};
        var parts = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            parts.append(i == 0 ? "" : ",").append("{\"periodStart\":\"").append(starts[i]).append("\",\"value\":\"")
                    .append(values[i]).append("\"}");
        }
        return parts.toString();
    }

    @Test
    void weeksTypedByHandAreStoredReadBackAuditedAndSetTheHeadsWeeklyTarget() throws SQLException {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body("""
                        {"source":"%s","observations":[
                          {"measure":"revenue","periodStart":"2020-01-14","grain":"DAY","channel":"seo","value":"15000","currency":"RUB"},
                          {"measure":"revenue","periodStart":"2020-01-19","grain":"DAY","channel":"seo","value":"0","currency":"RUB"}
                        ]}""".formatted(SOURCE))
                .when().post("/api/v1/observations")
                .then().statusCode(200);
        goalId = TestGoals.create(goal("MANUAL", weeks("10000", "20000", "30000", "40000")));

        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).when().get("/api/v1/goals/" + goalId)
                .then().statusCode(200)
                .body("kpis[0].phasing", equalTo("MANUAL"))
                .body("kpis[0].parts.periodStart", contains("2020-01-06", "2020-01-13", "2020-01-20", "2020-01-27"))
                .body("kpis[0].parts.value", contains("10000", "20000", "30000", "40000"))
                .body("kpis[1].phasing", equalTo("EVEN"))
                .body("kpis[1].parts", hasSize(0));
        assertThat(auditedAfter("create")).contains("revenue=100000 phased MANUAL[2020-01-06:10000; 2020-01-13:20000;"
                + " 2020-01-20:30000; 2020-01-27:40000]");

        // the week of 13 January: 20 000 ₽ by hand (evenly it would be 25 000 ₽); 15 000 ₽ of it sold
        assertThat(weeklyTarget()).isEqualTo("20" + NBSP + "000,00" + NBSP + "₽");

        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body(goal("EVEN", null))
                .when().put("/api/v1/goals/" + goalId)
                .then().statusCode(200).body("goal.kpis[0].phasing", equalTo("EVEN"));
        assertThat(weeklyTarget()).isEqualTo("25" + NBSP + "000,00" + NBSP + "₽");
        assertThat(auditedAfter("update")).doesNotContain("phased");
    }

    @Test
    void partsThatMissAWeekDoNotAddUpOrCannotBeReadAreRefusedWithTheFieldAndNothingIsStored() throws SQLException {
        long before = goals();

        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body(goal("MANUAL", weeks("10000", "20000", "70000")))
                .when().post("/api/v1/goals")
                .then().statusCode(422)
                .body("errors.field", contains("kpis[0].parts"))
                .body("errors[0].message", containsString("no figure for the weeks starting 2020-01-27"))
                .body("findings.kind", hasItem("PHASING_WEEKS_NOT_COVERED"))
                .body("findings.find { it.kind == 'PHASING_WEEKS_NOT_COVERED' }.kpi", equalTo("revenue"))
                .body("findings.find { it.kind == 'PHASING_WEEKS_NOT_COVERED' }.reasonRu", containsString("нет недель с 2020-01-27"));

        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body(goal("MANUAL", weeks("10000", "20000", "30000", "30000")))
                .when().post("/api/v1/goals")
                .then().statusCode(422)
                .body("errors.field", contains("kpis[0].parts"))
                .body("errors[0].message", equalTo("'Sales volume / revenue': the weekly parts add up to 90,000"
                        + " but the goal's target is 100,000: 10,000 short"));

        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body(goal("MANUAL", weeks("10000", "много", "30000", "40000")))
                .when().post("/api/v1/goals")
                .then().statusCode(422)
                .body("errors.field", contains("kpis[0].parts[1].value"));

        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body(goal("BY_MOOD", null))
                .when().post("/api/v1/goals")
                .then().statusCode(422)
                .body("errors.field", contains("kpis[0].phasing"));

        assertThat(goals()).isEqualTo(before);
    }

    @Test
    void aGoalStoredBeforePhasingWasKeptIsPhasedEvenly() throws SQLException {
        goalId = "7b0f3c9e-5d1a-4c1e-9f7a-2a6d1c0e2020";
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("insert into goal (id, title, objective, owner, start_date, deadline, visible_to) values ('"
                    + goalId + "', '" + TITLE + "', 'SALES', 'hanna', date '2020-01-06', date '2020-02-02', 'marketing-head')");
            statement.execute("insert into goal_kpi (goal_id, position, kpi, target_kind, target_value) values ('"
                    + goalId + "', 0, 'revenue', 'ABSOLUTE', 100000)");
        }

        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).when().get("/api/v1/goals/" + goalId)
                .then().statusCode(200)
                .body("kpis[0].phasing", equalTo("EVEN"))
                .body("kpis[0].parts", hasSize(0));
    }

    private String weeklyTarget() {
        String html = given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna"))
                .queryParam("grain", "WEEK").queryParam("day", "2020-01-15")
                .when().get("/scorecards/head").then().statusCode(200).extract().asString();
        Matcher row = Pattern.compile("<tr id=\"kpi-revenue\".*?</tr>", Pattern.DOTALL).matcher(html);
        assertThat(row.find()).as("the revenue row").isTrue();
        assertThat(row.group()).contains("15" + NBSP + "000,00" + NBSP + "₽");
        Matcher target = Pattern.compile("<td class=\"num target\">(.*?)</td>").matcher(row.group());
        assertThat(target.find()).as("the target cell").isTrue();
        return target.group(1);
    }

    private String auditedAfter(String action) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select after_value from audit_entry"
                     + " where subject_type = 'goal' and subject_id = ? and action = ? order by at desc limit 1")) {
            statement.setString(1, goalId);
            statement.setString(2, action);
            try (ResultSet rs = statement.executeQuery()) {
                assertThat(rs.next()).as("an audit entry for %s", action).isTrue();
                return rs.getString(1);
            }
        }
    }

    private long goals() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery("select count(*) from goal where title = '" + TITLE + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
