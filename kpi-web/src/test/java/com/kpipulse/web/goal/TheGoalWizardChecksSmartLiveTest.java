package com.kpipulse.web.goal;

import com.kpipulse.web.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.RevenueHistory;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Revenue history: 26 weeks of 2022, one value per Monday, growing 1 % a week; goals start in 2022-07. */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TheGoalWizardChecksSmartLiveTest {

    private static final String TITLE = "Wizard goal 2022";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void history() {
        RevenueHistory.seedFirstHalfOf(2022);
    }

    @AfterEach
    void clean() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("delete from observation where period_start between date '2022-01-01' and date '2022-12-31'");
            connection.createStatement().execute("delete from goal where title = '" + TITLE + "'");
        }
    }

    @Test
    void onlyAdminsOpenTheWizard() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).when().get("/admin/goals/new")
                .then().statusCode(200)
                .body(allOf(containsString("id=\"goal-form\""), containsString("<datalist id=\"kpi-catalog\">"),
                        containsString("ROMI"), containsString("hx-post=\"/admin/goals/check\"")));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).when().get("/admin/goals/new")
                .then().statusCode(403);
    }

    @Test
    void sixKpisBringTheTooManyMetricsWarningAndAnImpossibleTargetTheRealismFinding() {
        form("ada", "revenue", "romi", "cac", "aov", "conversion_rate", "ctr")
                .header("HX-Request", "true")
                .when().post("/admin/goals/check")
                .then().statusCode(200)
                .body(allOf(containsString("id=\"smart-review\""), containsString("6 KPI у одной цели"),
                        containsString("ни разу"), containsString("id=\"phasing-preview\"")))
                .body(not(containsString("<html")));
    }

    @Test
    void aSoundGoalIsCreatedAndTheMarketingHeadSeesIt() {
        form("ada", "revenue", "romi", "cac")
                .redirects().follow(false)
                .when().post("/admin/goals")
                .then().statusCode(303).header("Location", containsString("/admin/goals/new?created="));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).when().get("/api/v1/goals")
                .then().statusCode(200).body("title", hasItem(TITLE));
    }

    @Test
    void aGoalWithoutObjectiveIsNotStoredAndTheFormComesBackWithTheReason() {
        formWithObjective("ada", "", "revenue")
                .when().post("/admin/goals")
                .then().statusCode(422)
                .body(allOf(containsString("не выбрана бизнес-задача"), containsString("value=\"" + TITLE + "\"")));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).when().get("/api/v1/goals")
                .then().body("title", not(hasItem(TITLE)));
    }

    private static RequestSpecification form(String user, String... kpis) {
        return formWithObjective(user, "SALES", kpis);
    }

    private static RequestSpecification formWithObjective(String user, String objective, String... kpis) {
        RequestSpecification request = given().auth().oauth2(KeycloakTokens.accessTokenOf(user))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("title", TITLE).formParam("objective", objective).formParam("owner", "hanna")
                .formParam("start", "2022-07-04").formParam("deadline", "2022-09-25").formParam("phasing", "EVEN")
                .formParam("visibleTo", "marketing-head");
        for (String kpi : kpis) {
            request.formParam("kpi", kpi);
            request.formParam("targetKind", kpi.equals("revenue") ? "ABSOLUTE" : "NONE");
            request.formParam("targetValue", kpi.equals("revenue") ? "90000000" : "");
            request.formParam("changePercent", "");
        }
        return request;
    }
}
