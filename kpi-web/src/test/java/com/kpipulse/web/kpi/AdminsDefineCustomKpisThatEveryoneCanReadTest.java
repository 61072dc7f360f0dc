package com.kpipulse.web.kpi;

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
import java.sql.Statement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AdminsDefineCustomKpisThatEveryoneCanReadTest {

    private static final String MARGIN_PER_LEAD = """
            {"code":"margin_per_lead","nameRu":"Маржа на лид","nameEn":"Margin per lead",
             "formula":"(revenue - ad_spend) / leads","unit":"MONEY","direction":"HIGHER_IS_BETTER",
             "level":"ANALYTICAL","group":"MARKETING","explanationRu":"Сколько остаётся с лида","explanationEn":"What a lead leaves"}""";

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void clean() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("delete from custom_kpi");
            statement.execute("delete from observation where period_start = date '2024-01-10'");
            statement.execute("delete from annotation where kpi = 'romi' and day = date '2024-01-10'");
            statement.execute("delete from scorecard_layout");
        }
    }

    @Test
    void aCustomKpiIsCheckedStoredAndComputedByTheEngine() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json").body(MARGIN_PER_LEAD)
                .when().post("/api/v1/kpis")
                .then().log().ifValidationFails().statusCode(201).body("code", equalTo("margin_per_lead"));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json").body("""
                {"observations":[
                  {"measure":"revenue","periodStart":"2024-01-10","channel":"vk_ads","value":"1000","currency":"RUB"},
                  {"measure":"ad_spend","periodStart":"2024-01-10","channel":"vk_ads","value":"400","currency":"RUB"},
                  {"measure":"leads","periodStart":"2024-01-10","channel":"vk_ads","value":"20"}]}""")
                .when().post("/api/v1/observations").then().statusCode(200);

        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic"))
                .when().get("/api/v1/kpis")
                .then().statusCode(200).body("code", hasItem("margin_per_lead"));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna"))
                .queryParam("from", "2024-01-10").queryParam("to", "2024-01-10").queryParam("grain", "DAY")
                .when().get("/api/v1/kpis/margin_per_lead/values")
                .then().statusCode(200).body("total.value", equalTo(30)).body("total.currency", equalTo("RUB"));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic"))
                .queryParam("from", "2024-01-10").queryParam("to", "2024-01-10").queryParam("grain", "DAY")
                .when().get("/api/v1/kpis/margin_per_lead/values")
                .then().statusCode(403).body("error", equalTo("forbidden"));

        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).when().delete("/api/v1/kpis/margin_per_lead")
                .then().statusCode(204);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).when().get("/api/v1/kpis")
                .then().body("code", not(hasItem("margin_per_lead")));
    }

    @Test
    void aBrokenFormulaIsRefusedWithThePositionAndNothingIsStored() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body(MARGIN_PER_LEAD.replace("(revenue - ad_spend) / leads", "(revenue - ad_spendd) / 0"))
                .when().post("/api/v1/kpis")
                .then().statusCode(422)
                .body("problems.position", hasItem(12))
                .body("problems.messageEn", hasItem(containsString("ad_spendd")));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).when().get("/api/v1/kpis")
                .then().body("code", not(hasItem("margin_per_lead")));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).queryParam("formula", "revenue / (leads")
                .when().get("/api/v1/kpis/formula-check")
                .then().statusCode(200).body("$", not(hasSize(0)));
    }

    @Test
    void standardKpisCannotBeRedefinedAndOnlyAdminsDefine() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body(MARGIN_PER_LEAD.replace("margin_per_lead", "romi"))
                .when().post("/api/v1/kpis")
                .then().statusCode(422);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).contentType("application/json").body(MARGIN_PER_LEAD)
                .when().post("/api/v1/kpis")
                .then().statusCode(403);
    }

    @Test
    void anyoneMayPutANoteOnAValueAndItIsReadBackWithItsAuthor() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("sofia")).contentType("application/json")
                .body("{\"day\":\"2024-01-10\",\"channel\":\"vk_ads\",\"text\":\"<b>Распродажа</b> началась\"}")
                .when().post("/api/v1/kpis/romi/annotations")
                .then().statusCode(201).body("author", equalTo("sofia"));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic"))
                .queryParam("from", "2024-01-01").queryParam("to", "2024-01-31")
                .when().get("/api/v1/kpis/romi/annotations")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].text", equalTo("<b>Распродажа</b> началась"));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("sofia")).contentType("application/json")
                .body("{\"day\":\"2024-01-10\",\"text\":\"  \"}")
                .when().post("/api/v1/kpis/romi/annotations")
                .then().statusCode(422).body("errors[0].field", equalTo("text"));
    }

    @Test
    void adminsRecomposeAScorecardFromCatalogKpisOnly() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body("{\"kpis\":[\"nps\",\"romi\",\"no_such_kpi\"]}")
                .when().put("/api/v1/scorecards/viewer")
                .then().statusCode(422).body("errors[0]", containsString("no_such_kpi"));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body("{\"kpis\":[\"nps\",\"romi\"]}")
                .when().put("/api/v1/scorecards/viewer")
                .then().statusCode(200);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).when().get("/api/v1/scorecards")
                .then().statusCode(200).body("viewer", equalTo(java.util.List.of("nps", "romi")));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).contentType("application/json")
                .body("{\"kpis\":[\"nps\"]}")
                .when().put("/api/v1/scorecards/viewer")
                .then().statusCode(403);
    }
}
