package com.kpipulse.web.goal;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Goals of 2034 (no history, so no realism findings) typed into the wizard as people type them. */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TheWizardFindsKpisByNameReadsPercentagesAndLandsOnTheGoalTest {

    private static final String TITLE = "Клиенты по имени KPI (мастер)";

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void clean() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("delete from goal where title like '" + TITLE + "%'");
        }
    }

    @Test
    void aKpiTypedByItsRussianOrEnglishNameIsFoundAndShownByItsName() {
        String review = wizard().formParam("kpi", "Новые клиенты").formParam("targetKind", "ABSOLUTE")
                .formParam("targetValue", "5000").formParam("changePercent", "")
                .formParam("kpi", " CONVERSION_RATE ").formParam("targetKind", "NONE").formParam("targetValue", "")
                .formParam("changePercent", "")
                .header("HX-Request", "true").when().post("/admin/goals/check")
                .then().statusCode(200).extract().asString();
        assertThat(review).doesNotContain("is not a KPI code", "нет в каталоге KPI", "class=\"finding error\"");

        Response saved = wizard().formParam("kpi", "новые клиенты").formParam("targetKind", "ABSOLUTE")
                .formParam("targetValue", "5 000").formParam("changePercent", "")
                .formParam("kpi", "Site conversion rate").formParam("targetKind", "NONE").formParam("targetValue", "")
                .formParam("changePercent", "")
                .redirects().follow(false).when().post("/admin/goals");
        assertThat(saved.statusCode()).isEqualTo(303);
        String location = saved.header("Location");
        assertThat(location).contains("/goals/").endsWith("?done=created");
        String id = location.substring(location.indexOf("/goals/") + 7, location.indexOf('?'));

        admin().when().get("/api/v1/goals/" + id).then().statusCode(200)
                .body("kpis[0].kpi", equalTo("new_customers")).body("kpis[0].target.value", equalTo("5000"))
                .body("kpis[1].kpi", equalTo("conversion_rate"));
        admin().when().get("/goals/" + id + "?done=created").then().statusCode(200)
                .body(allOf(containsString("Цель создана."), containsString(TITLE), containsString("href=\"/kpis/new_customers\"")));
        admin().when().get("/admin/goals/" + id + "/edit").then().statusCode(200)
                .body(allOf(containsString("value=\"Новые клиенты\""), containsString("value=\"Конверсия сайта\""),
                        not(containsString("value=\"new_customers\""))));
    }

    @Test
    void aNameTheCatalogDoesNotKnowIsRefusedInWordsAndTheFormKeepsWhatWasTyped() {
        wizard().formParam("kpi", "Новые покупатели").formParam("targetKind", "ABSOLUTE").formParam("targetValue", "10")
                .formParam("changePercent", "")
                .when().post("/admin/goals")
                .then().statusCode(422)
                .body(allOf(containsString("KPI 1: «Новые покупатели» нет в каталоге KPI: выберите показатель из списка"),
                        containsString("value=\"Новые покупатели\""), not(containsString("lower_snake_case"))));
        wizard().cookie("kpi_lang", "en").formParam("kpi", "Новые покупатели").formParam("targetKind", "ABSOLUTE")
                .formParam("targetValue", "10").formParam("changePercent", "")
                .when().post("/admin/goals")
                .then().statusCode(422).body(containsString("KPI 1: «Новые покупатели» is not in the KPI catalog"));
    }

    @Test
    void aPercentageIsTypedInPerCentWithOrWithoutTheSignAndWithACommaOrAPoint() {
        String[][] typed = {{"25", "0.25"}, {"25%", "0.25"}, {"25 %", "0.25"}, {"25,5", "0.255"}, {"25.5", "0.255"}};
        for (String[] entry : typed) {
            String id = created(wizard(TITLE + " " + entry[0])
                    .formParam("kpi", "Конверсия лидов (LCR)").formParam("targetKind", "ABSOLUTE")
                    .formParam("targetValue", entry[0]).formParam("changePercent", ""));
            admin().when().get("/api/v1/goals/" + id).then().body("kpis[0].kpi", equalTo("lcr"))
                    .body("kpis[0].target.value", equalTo(entry[1]));
            if (entry[0].equals("25,5")) {
                admin().when().get("/admin/goals/" + id + "/edit").then()
                        .body(allOf(containsString("value=\"25.5\""), not(containsString("id=\"goal-lossy\""))));
            }
        }
    }

    @Test
    void reloadingAfterARefusedSaveShowsTheWizardNotAMethodNotAllowed() {
        wizard().formParam("kpi", "revenue").formParam("targetKind", "ABSOLUTE").formParam("targetValue", "")
                .formParam("changePercent", "")
                .when().post("/admin/goals").then().statusCode(422);
        admin().when().get("/admin/goals").then().statusCode(200).body(containsString("id=\"goal-form\""));

        String id = created(wizard().formParam("kpi", "revenue").formParam("targetKind", "ABSOLUTE")
                .formParam("targetValue", "100000").formParam("changePercent", ""));
        admin().when().get("/admin/goals/" + id).then().statusCode(200)
                .body(allOf(containsString("id=\"goal-form\""), containsString("action=\"/admin/goals/" + id + "\""),
                        containsString("href=\"/goals/" + id + "\"")));
    }

    @Test
    void growthWithoutABaselinePeriodIsRefusedBesideTheBaselineInTheReadersLanguage() {
        String russian = wizard().formParam("kpi", "Объём продаж / выручка").formParam("targetKind", "RELATIVE")
                .formParam("targetValue", "").formParam("changePercent", "20")
                .header("HX-Request", "true").when().post("/admin/goals/check")
                .then().statusCode(200).extract().asString();
        String beside = russian.substring(russian.indexOf("<p id=\"baseline-error\""));
        assertThat(beside.substring(0, beside.indexOf("</p>")))
                .contains("hx-swap-oob=\"true\"", "Для прироста к базе укажите базовый период").doesNotContain("hidden");
        assertThat(russian).contains("Базовый период (для прироста): Для прироста к базе укажите базовый период")
                .doesNotContain("a relative target needs");

        wizard().cookie("kpi_lang", "en").formParam("kpi", "revenue").formParam("targetKind", "RELATIVE")
                .formParam("targetValue", "").formParam("changePercent", "20")
                .when().post("/admin/goals")
                .then().statusCode(422).body(containsString("Growth over a baseline needs the baseline period"));
    }

    private static String created(RequestSpecification form) {
        String location = form.redirects().follow(false).when().post("/admin/goals")
                .then().statusCode(303).extract().header("Location");
        return location.substring(location.indexOf("/goals/") + 7, location.indexOf('?'));
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(KeycloakTokens.accessTokenOf("ada"));
    }

    private static RequestSpecification wizard() {
        return wizard(TITLE);
    }

    private static RequestSpecification wizard(String title) {
        return admin().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("title", title).formParam("objective", "CUSTOMER_RELATIONS").formParam("owner", "mark")
                .formParam("start", "2034-01-02").formParam("deadline", "2034-03-26").formParam("phasing", "EVEN")
                .formParam("baselineStart", "").formParam("baselineEnd", "").formParam("visibleTo", "marketing-head");
    }
}
