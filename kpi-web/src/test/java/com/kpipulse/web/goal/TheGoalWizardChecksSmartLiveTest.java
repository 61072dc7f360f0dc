package com.kpipulse.web.goal;

import com.kpipulse.localstack.RealStackResource;
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
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Revenue history: 26 weeks of 2022, one value per Monday, growing 1 % a week; goals start in 2022-07. */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TheGoalWizardChecksSmartLiveTest {

    private static final String TITLE = "Wizard goal 2022";
    private static final String NBSP = "\u00A0";

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
                .then().statusCode(303).header("Location", allOf(containsString("/goals/"), containsString("?done=created")));
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

    @Test
    void byHandEveryWeekGetsALabelledInputPrefilledWithTheEvenSplitAndTheSumAddsUp() {
        // 12 weeks from Monday 4 July 2022, 90 000 000 ₽: 7 500 000 ₽ a week
        String html = formPhased("MANUAL", "revenue", "romi")
                .header("HX-Request", "true")
                .when().post("/admin/goals/check")
                .then().statusCode(200).extract().asString();

        String manual = html.substring(html.indexOf("<div id=\"manual-phasing\""));
        assertThat(manual).contains("hx-swap-oob=\"true\"", "«Объём продаж / выручка» вручную по неделям",
                "<label for=\"part-revenue-2022-07-04\">Неделя 27, 4–10 июля 2022</label>",
                "id=\"part-revenue-2022-07-04\" name=\"part.revenue.2022-07-04\"",
                "name=\"part.revenue.2022-09-19\"", "value=\"7500000\"",
                "Сумма 90" + NBSP + "000" + NBSP + "000: сходится с планом")
                .doesNotContain("part.romi");
        assertThat(Pattern.compile("class=\"manual-part\"").matcher(manual).results().count()).isEqualTo(12);
        assertThat(html).contains("id=\"smart-review\"");

        String english = formPhased("MANUAL", "revenue").cookie("kpi_lang", "en").header("HX-Request", "true")
                .when().post("/admin/goals/check")
                .then().statusCode(200).extract().asString();
        assertThat(english).contains("&quot;Sales volume / revenue&quot;, manual per week",
                "<label for=\"part-revenue-2022-07-04\">Week 27, 4–10 Jul 2022</label>",
                "Sum 90,000,000: adds up to the target");
    }

    @Test
    void whileTypingByHandOnlyTheSumsComeBackWithTheDifferenceAndTheReviewSaysItDoesNotAddUp() {
        String html = formPhased("MANUAL", "revenue")
                .formParam("part.revenue.2022-07-11", "8 000 000")
                .header("HX-Request", "true").header("HX-Trigger", "manual-phasing")
                .when().post("/admin/goals/check")
                .then().statusCode(200).extract().asString();

        assertThat(html).contains("<p id=\"manual-sum-revenue\" hx-swap-oob=\"innerHTML\">Сумма 90" + NBSP + "500" + NBSP
                        + "000 из плана 90" + NBSP + "000" + NBSP + "000; разница +500" + NBSP + "000</p>",
                "недельный план в сумме 90" + NBSP + "500" + NBSP + "000, а план цели 90" + NBSP + "000" + NBSP + "000: на 500" + NBSP + "000 больше")
                .doesNotContain("class=\"manual-part\"");
    }

    @Test
    void aGoalSavedFromTheWizardKeepsTheWeeksTypedByHand() {
        // two weeks typed (8 and 7 million), the other ten keep the even 7.5 million: 90 million in all
        formPhased("MANUAL", "revenue", "romi")
                .formParam("part.revenue.2022-07-11", "8000000").formParam("part.revenue.2022-07-18", "7000000")
                .redirects().follow(false)
                .when().post("/admin/goals")
                .then().statusCode(303);

        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).when().get("/api/v1/goals")
                .then().statusCode(200)
                .body("find { it.title == '" + TITLE + "' }.kpis[0].phasing", equalTo("MANUAL"))
                .body("find { it.title == '" + TITLE + "' }.kpis[0].parts", hasSize(12))
                .body("find { it.title == '" + TITLE + "' }.kpis[0].parts[1].value", equalTo("8000000"))
                .body("find { it.title == '" + TITLE + "' }.kpis[0].parts[2].value", equalTo("7000000"))
                .body("find { it.title == '" + TITLE + "' }.kpis[0].parts[3].value", equalTo("7500000"))
                .body("find { it.title == '" + TITLE + "' }.kpis[1].phasing", equalTo("EVEN"));
    }

    private static RequestSpecification form(String user, String... kpis) {
        return formOf(user, "SALES", "EVEN", kpis);
    }

    private static RequestSpecification formPhased(String phasing, String... kpis) {
        return formOf("ada", "SALES", phasing, kpis);
    }

    private static RequestSpecification formWithObjective(String user, String objective, String... kpis) {
        return formOf(user, objective, "EVEN", kpis);
    }

    private static RequestSpecification formOf(String user, String objective, String phasing, String... kpis) {
        RequestSpecification request = given().auth().oauth2(KeycloakTokens.accessTokenOf(user))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("title", TITLE).formParam("objective", objective).formParam("owner", "hanna")
                .formParam("start", "2022-07-04").formParam("deadline", "2022-09-25").formParam("phasing", phasing)
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
