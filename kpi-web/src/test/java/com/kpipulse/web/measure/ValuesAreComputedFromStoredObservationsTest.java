package com.kpipulse.web.measure;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * Values go in through the manual-entry API and come out of the values API computed by the KPI engine, in the
 * weeks of 2025-03 (a quiet corner of the calendar no other test writes to).
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ValuesAreComputedFromStoredObservationsTest {

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void clean() throws SQLException {
        execute("delete from observation where period_start between date '2025-02-01' and date '2025-04-30'");
    }

    @Test
    void romiPerWeekAndInTotalIsTheRatioOfSumsNotTheAverageOfRatios() {
        enter("""
                {"observations":[
                  {"measure":"revenue","periodStart":"2025-03-03","grain":"DAY","channel":"vk_ads","value":"300","currency":"RUB"},
                  {"measure":"marketing_spend","periodStart":"2025-03-03","grain":"DAY","channel":"vk_ads","value":"100","currency":"RUB"},
                  {"measure":"revenue","periodStart":"2025-03-10","grain":"DAY","channel":"vk_ads","value":"100","currency":"RUB"},
                  {"measure":"marketing_spend","periodStart":"2025-03-10","grain":"DAY","channel":"vk_ads","value":"100","currency":"RUB"},
                  {"measure":"revenue","periodStart":"2025-03-17","grain":"DAY","channel":"vk_ads","value":"50","currency":"RUB"},
                  {"measure":"marketing_spend","periodStart":"2025-03-17","grain":"DAY","channel":"vk_ads","value":"0","currency":"RUB"}
                ]}""").statusCode(200).body("stored", equalTo(6));

        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic"))
                .queryParam("from", "2025-03-03").queryParam("to", "2025-03-23").queryParam("grain", "WEEK")
                .when().get("/api/v1/kpis/romi/values")
                .then().statusCode(200)
                .body("code", equalTo("romi"))
                .body("unit", equalTo("PERCENT"))
                .body("values", hasSize(3))
                .body("values[0].label", equalTo("2025-W10"))
                .body("values[0].value", equalTo(2))
                .body("values[1].value", equalTo(0))
                .body("values[2].value", nullValue())
                .body("values[2].reason", containsString("is 0"))
                .body("total.value", equalTo(1.25f));
    }

    @Test
    void whenTwoSystemsCountVisitsThePreferredOneCountsAndTheyAreNeverAdded() {
        enter("""
                {"source":"yandex_metrica","observations":[
                  {"measure":"visits","periodStart":"2025-03-04","grain":"DAY","channel":"seo","value":"1000"}]}""")
                .statusCode(200);
        enter("""
                {"source":"ga4","observations":[
                  {"measure":"visits","periodStart":"2025-03-04","grain":"DAY","channel":"seo","value":"900"},
                  {"measure":"visits","periodStart":"2025-03-05","grain":"DAY","channel":"seo","value":"50"}]}""")
                .statusCode(200);

        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark"))
                .queryParam("from", "2025-03-04").queryParam("to", "2025-03-05").queryParam("grain", "DAY")
                .queryParam("channel", "seo")
                .when().get("/api/v1/measures/visits/values")
                .then().statusCode(200)
                .body("values[0].value", equalTo(1000))
                .body("values[1].value", equalTo(50))
                .body("total.value", equalTo(1050));
    }

    @Test
    void theChannelFilterKeepsOnlyTheAskedChannels() {
        enter("""
                {"observations":[
                  {"measure":"clicks","periodStart":"2025-03-06","grain":"DAY","channel":"vk_ads","value":"10"},
                  {"measure":"clicks","periodStart":"2025-03-06","grain":"DAY","channel":"google_ads","value":"5"},
                  {"measure":"clicks","periodStart":"2025-03-06","grain":"DAY","channel":"email","value":"1"}]}""")
                .statusCode(200);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark"))
                .queryParam("from", "2025-03-06").queryParam("to", "2025-03-06").queryParam("grain", "DAY")
                .queryParam("channel", "vk_ads").queryParam("channel", "google_ads")
                .when().get("/api/v1/measures/clicks/values")
                .then().statusCode(200).body("total.value", equalTo(15));
    }

    @Test
    void badQueryParametersAreNamedAndUnknownCodesAre404() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic"))
                .queryParam("from", "03.03.2025").queryParam("to", "2025-03-01").queryParam("grain", "HOUR")
                .when().get("/api/v1/kpis/romi/values")
                .then().statusCode(400)
                .body("errors.field", hasItem("from"))
                .body("errors.field", hasItem("grain"));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic"))
                .queryParam("from", "2025-03-01").queryParam("to", "2025-03-02")
                .when().get("/api/v1/kpis/no_such_kpi/values")
                .then().statusCode(404);
    }

    @Test
    void oneInvalidElementRejectsTheWholeRequestWithIndexAndField() throws SQLException {
        enter("""
                {"observations":[
                  {"measure":"nps_promoters","periodStart":"2025-03-01","grain":"MONTH","value":"40"},
                  {"measure":"nps_detractorz","periodStart":"2025-03-01","grain":"MONTH","value":"10"},
                  {"measure":"revenue","periodStart":"2025-03-01","grain":"MONTH","value":"12,5"},
                  {"measure":"receivables","periodStart":"2025-03-01","grain":"MONTH","value":"100"}]}""")
                .statusCode(422)
                .body("errors.index", hasItem(2))
                .body("errors.find { it.index == 2 }.field", equalTo("value"));
        enter("""
                {"observations":[
                  {"measure":"nps_promoters","periodStart":"2025-03-01","grain":"MONTH","value":"40"},
                  {"measure":"nps_detractorz","periodStart":"2025-03-01","grain":"MONTH","value":"10"},
                  {"measure":"receivables","periodStart":"2025-03-01","grain":"MONTH","value":"100"}]}""")
                .statusCode(422)
                .body("errors", hasSize(2))
                .body("errors[0].index", equalTo(1)).body("errors[0].field", equalTo("measure"))
                .body("errors[1].index", equalTo(2)).body("errors[1].field", equalTo("currency"));
        assertThat(count("select count(*) from observation where period_start = date '2025-03-01'")).isZero();
    }

    @Test
    void theSameKeyReplacesTheValueAndTheChangeIsAuditedWithBeforeAndAfter() throws SQLException {
        String body = """
                {"observations":[{"measure":"aware_respondents","periodStart":"2025-02-01","grain":"MONTH","value":"%s"}]}""";
        enter(body.formatted("120")).statusCode(200);
        enter(body.formatted("135")).statusCode(200);
        assertThat(count("select count(*) from observation where measure = 'aware_respondents' and period_start = date '2025-02-01'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where subject_type = 'observation'"
                + " and subject_id like 'manual|aware_respondents|MONTH|2025-02-01%' and before_value = '120'"
                + " and after_value = '135' and actor = 'ada'")).isEqualTo(1);
    }

    @Test
    void viewersMayReadButNotWrite() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).contentType("application/json")
                .body("{\"observations\":[]}")
                .when().post("/api/v1/observations")
                .then().statusCode(403);
    }

    private static io.restassured.response.ValidatableResponse enter(String json) {
        return given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json").body(json)
                .when().post("/api/v1/observations").then().log().ifValidationFails();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
