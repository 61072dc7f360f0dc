package com.kpipulse.web.admin;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.Sql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Custom KPIs on the catalog page: added, changed (also one another KPI uses), deleted after a confirmation (refused
 * with the reason while another KPI uses it), with both explanations; the formula editor lists the codes it accepts
 * and a unit or direction the form does not offer is refused next to its field, never guessed.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AdminsKeepCustomKpisOnTheCatalogPageTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void clean() throws SQLException {
        new Sql(dataSource).execute("delete from custom_kpi where code in ('margin_per_order', 'spend_per_lead', 'gross_margin')");
    }

    private static String admin;

    @org.junit.jupiter.api.BeforeAll
    static void logIn() {
        admin = KeycloakTokens.accessTokenOf("ada");
    }

    private static RequestSpecification form(String language) {
        RequestSpecification request = given().auth().oauth2(admin).contentType(FORM)
                .redirects().follow(false);
        return language == null ? request : request.cookie("kpi_lang", language);
    }

    private static RequestSpecification kpi(String language, String code, String formula, String unit) {
        return kpi(language, code, formula, unit, "HIGHER_IS_BETTER");
    }

    private static RequestSpecification kpi(String language, String code, String formula, String unit, String direction) {
        return form(language).formParam("code", code).formParam("nameRu", "Показатель " + code)
                .formParam("nameEn", "KPI " + code).formParam("formula", formula).formParam("unit", unit)
                .formParam("direction", direction).formParam("explanationRu", "По-русски")
                .formParam("explanationEn", "In English");
    }

    @Test
    void theFormulaIsCheckedLiveWithThePositionOfTheProblemAndTheCodesItAcceptsAreListed() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).header("HX-Request", "true")
                .queryParam("formula", "ad_spend / leadz")
                .when().get("/admin/kpis/check")
                .then().statusCode(200)
                .body(allOf(containsString("id=\"formula-check\""), containsString("позиция 12"), containsString("leadz")))
                .body(not(containsString("<html")));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).queryParam("formula", "ad_spend / leads")
                .when().get("/admin/kpis/check")
                .then().statusCode(200).body(containsString("Формула в порядке"));
        form(null).when().get("/admin/kpis").then().statusCode(200)
                .body(allOf(containsString("id=\"formula-codes\""), containsString("data-insert=\"ad_spend\""),
                        containsString("<code>ad_spend</code> — Расходы на рекламу"), containsString("id=\"explanation-en\"")));
        form("en").when().get("/admin/kpis").then()
                .body(allOf(containsString("<code>ad_spend</code> — Ad spend"), containsString(">money</option>")));
    }

    @Test
    void aCustomKpiIsAddedWithBothExplanationsAndListedInTheCatalog() {
        kpi(null, "spend_per_lead", "ad_spend / leads", "MONEY").when().post("/admin/kpis")
                .then().statusCode(303).header("Location", containsString("added=spend_per_lead"));
        form(null).queryParam("added", "spend_per_lead").when().get("/admin/kpis")
                .then().statusCode(200)
                .body(allOf(containsString("id=\"kpi-added\""), containsString("id=\"catalog-spend_per_lead\""),
                        containsString("Показатель spend_per_lead"), containsString("id=\"remove-spend_per_lead\"")));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).when().get("/api/v1/kpis/spend_per_lead")
                .then().body("explanationRu", equalTo("По-русски")).body("explanationEn", equalTo("In English"))
                .body("unit", equalTo("MONEY"));
    }

    @Test
    void aBrokenDefinitionComesBackWithItsProblemsNextToTheFieldsAndIsNotStored() {
        kpi(null, "spend_per_lead", "ad_spend / (leads", "MONEY").when().post("/admin/kpis")
                .then().statusCode(422).body(allOf(containsString("class=\"field-error\""),
                        containsString("value=\"ad_spend / (leads\""), containsString(">In English</textarea>")));
        form(null).when().get("/admin/kpis").then().body(not(containsString("id=\"catalog-spend_per_lead\"")));
    }

    @Test
    void aUnitOrDirectionTheFormDoesNotOfferIsRefusedNextToItsFieldInRussianAndEnglish() {
        kpi(null, "spend_per_lead", "ad_spend / leads", "").when().post("/admin/kpis")
                .then().statusCode(422).body(containsString("<small class=\"field-error\">Заполните это поле.</small>"));
        kpi(null, "spend_per_lead", "ad_spend / leads", "PIECES").when().post("/admin/kpis")
                .then().statusCode(422).body(containsString("«PIECES» — не из списка: выберите значение из списка."));
        kpi("en", "spend_per_lead", "ad_spend / leads", "MONEY", "SIDEWAYS").when().post("/admin/kpis")
                .then().statusCode(422).body(containsString("“SIDEWAYS” is not on the list: choose a value from the list."));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).when().get("/api/v1/kpis/spend_per_lead").then().statusCode(404);
    }

    @Test
    void aKpiAnotherUsesIsChangedButDeletedOnlyOnceNothingUsesIt() {
        kpi(null, "gross_margin", "revenue - ad_spend", "MONEY").when().post("/admin/kpis").then().statusCode(303);
        kpi(null, "margin_per_order", "gross_margin / orders", "MONEY").when().post("/admin/kpis").then().statusCode(303);

        kpi(null, "gross_margin", "revenue - ad_spend - total_costs", "MONEY").formParam("version", "1")
                .when().post("/admin/kpis")
                .then().statusCode(303).header("Location", containsString("saved=gross_margin"));

        form(null).queryParam("remove", "gross_margin").when().get("/admin/kpis").then().statusCode(200)
                .body(allOf(containsString("id=\"remove-kpi\""), containsString("Удалить показатель «Показатель gross_margin» (gross_margin)?"),
                        containsString("id=\"confirm-remove\""), containsString("name=\"version\" value=\"2\"")));
        form(null).formParam("code", "gross_margin").formParam("version", "2").when().post("/admin/kpis/delete")
                .then().statusCode(422).body(allOf(containsString("id=\"kpi-not-removed\""),
                        containsString("нельзя удалить"), containsString("margin_per_order")));
        form("en").formParam("code", "gross_margin").formParam("version", "2").when().post("/admin/kpis/delete")
                .then().statusCode(422).body(containsString("cannot be removed: the KPIs margin_per_order use it"));

        form(null).formParam("code", "margin_per_order").formParam("version", "1").when().post("/admin/kpis/delete")
                .then().statusCode(303).header("Location", containsString("removed=margin_per_order"));
        form(null).formParam("code", "gross_margin").formParam("version", "1").when().post("/admin/kpis/delete")
                .then().statusCode(409).body(containsString("id=\"kpi-stale\""));
        form(null).formParam("code", "gross_margin").formParam("version", "2").when().post("/admin/kpis/delete")
                .then().statusCode(303);
        form(null).queryParam("removed", "gross_margin").when().get("/admin/kpis").then()
                .body(allOf(containsString("id=\"kpi-removed\""), not(containsString("id=\"catalog-gross_margin\""))));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType(ContentType.JSON)
                .when().get("/api/v1/kpis/gross_margin").then().statusCode(404);
    }
}
