package com.kpipulse.web.admin;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AdminsKeepTheCatalogAndTypeInValuesOnPagesTest {

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void clean() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("delete from custom_kpi where code = 'spend_per_lead'");
            connection.createStatement().execute("delete from observation where source_system = 'manual' and period_start = date '2023-02-01'");
        }
    }

    @Test
    void theFormulaIsCheckedLiveWithThePositionOfTheProblem() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).header("HX-Request", "true")
                .queryParam("formula", "ad_spend / leadz")
                .when().get("/admin/kpis/check")
                .then().statusCode(200)
                .body(allOf(containsString("id=\"formula-check\""), containsString("позиция 12"), containsString("leadz")))
                .body(not(containsString("<html")));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).queryParam("formula", "ad_spend / leads")
                .when().get("/admin/kpis/check")
                .then().statusCode(200).body(containsString("Формула в порядке"));
    }

    @Test
    void aCustomKpiIsAddedFromTheFormAndListedInTheCatalog() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("code", "spend_per_lead").formParam("nameRu", "Расход на лид").formParam("nameEn", "Spend per lead")
                .formParam("formula", "ad_spend / leads").formParam("unit", "MONEY").formParam("direction", "LOWER_IS_BETTER")
                .when().post("/admin/kpis")
                .then().statusCode(303).header("Location", containsString("added=spend_per_lead"));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).queryParam("added", "spend_per_lead")
                .when().get("/admin/kpis")
                .then().statusCode(200)
                .body(allOf(containsString("id=\"kpi-added\""), containsString("id=\"catalog-spend_per_lead\""),
                        containsString("Расход на лид")));
    }

    @Test
    void aBrokenDefinitionComesBackWithItsProblemsAndIsNotStored() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada"))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("code", "spend_per_lead").formParam("nameRu", "Расход на лид").formParam("nameEn", "Spend per lead")
                .formParam("formula", "ad_spend / (leads").formParam("unit", "MONEY").formParam("direction", "LOWER_IS_BETTER")
                .when().post("/admin/kpis")
                .then().statusCode(422).body(allOf(containsString("class=\"finding error\""), containsString("value=\"ad_spend / (leads\"")));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).when().get("/admin/kpis")
                .then().body(not(containsString("id=\"catalog-spend_per_lead\"")));
    }

    @Test
    void aSurveyValueIsTypedInAndAWrongOneIsRefusedWithTheReason() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("measure", "nps_promoters").formParam("periodStart", "2023-02-01").formParam("grain", "MONTH")
                .formParam("value", "412")
                .when().post("/admin/values")
                .then().statusCode(200).body(containsString("id=\"value-saved\""));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("measure", "receivables").formParam("periodStart", "2023-02-01").formParam("grain", "MONTH")
                .formParam("value", "1 500 000")
                .when().post("/admin/values")
                .then().statusCode(422).body(allOf(containsString("id=\"value-problems\""), containsString("currency")));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).when().get("/admin/values").then().statusCode(403);
    }
}
