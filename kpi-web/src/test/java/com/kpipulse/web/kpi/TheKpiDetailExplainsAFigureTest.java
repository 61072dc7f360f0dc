package com.kpipulse.web.kpi;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Seeds vk_ads and yandex_direct values in the week of 2024-05-06 (a quiet corner) and reads the ROMI detail. */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TheKpiDetailExplainsAFigureTest {

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void seed() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json").body("""
                {"observations":[
                  {"measure":"revenue","periodStart":"2024-05-07","channel":"vk_ads","value":"300","currency":"RUB"},
                  {"measure":"marketing_spend","periodStart":"2024-05-07","channel":"vk_ads","value":"100","currency":"RUB"},
                  {"measure":"revenue","periodStart":"2024-05-08","channel":"yandex_direct","value":"100","currency":"RUB"},
                  {"measure":"marketing_spend","periodStart":"2024-05-08","channel":"yandex_direct","value":"100","currency":"RUB"}]}""")
                .when().post("/api/v1/observations").then().statusCode(200);
    }

    @AfterEach
    void clean() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("delete from observation where period_start between date '2024-05-06' and date '2024-05-12'");
            connection.createStatement().execute("delete from annotation where day between date '2024-05-06' and date '2024-05-12'");
        }
    }

    @Test
    void theMarketerSeesTheValueTheChannelsTheMeasuresTheChartAndTheSource() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark"))
                .queryParam("grain", "WEEK").queryParam("day", "2024-05-08")
                .when().get("/kpis/romi")
                .then().statusCode(200)
                .body(allOf(containsString("id=\"kpi-name\">ROMI"), containsString("(revenue - marketing_spend) / marketing_spend"),
                        containsString("id=\"kpi-value\" title=\"\">100,0"),
                        containsString("<svg class=\"chart\""), containsString("VK Реклама"), containsString("200,0"),
                        containsString("Яндекс Директ"), containsString("marketing_spend"), containsString("200,00"),
                        containsString("400,00"), containsString("id=\"kpi-sources\""),
                        // typed in through the API by ada: the sources table says by whom
                        containsString("Ручной ввод"), containsString("<td>введено вручную</td><td>ada</td>"),
                        // the chart's scale and its dots speak the reader's numbers
                        containsString("<text class=\"scale\" x=\"14\" y=\"13.0\">100,0\u00A0%</text>"),
                        containsString("50,0\u00A0%</text>"), containsString("неделя 19, 6–12 мая 2024 · Факт: 100,0\u00A0%")));
    }

    @Test
    void inEnglishTheLabelsAndNumbersAreEnglish() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).cookie("kpi_lang", "en")
                .queryParam("grain", "WEEK").queryParam("day", "2024-05-08")
                .when().get("/kpis/romi")
                .then().statusCode(200)
                .body(allOf(containsString("By channel"), containsString("100.0%"), containsString("RUB")));
    }

    @Test
    void aNoteIsAddedEscapedAndShownWithItsAuthor() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).header("HX-Request", "true")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("day", "2024-05-08").formParam("grain", "WEEK")
                .formParam("text", "<script>alert(1)</script> распродажа")
                .when().post("/kpis/romi/notes")
                .then().statusCode(200)
                .body(allOf(containsString("id=\"kpi-notes\""), containsString("hanna"),
                        containsString("&lt;script&gt;alert(1)&lt;/script&gt; распродажа")))
                .body(not(containsString("<script>alert")))
                .body(not(containsString("<html")));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna"))
                .formParam("day", "2024-05-08").formParam("text", " ")
                .when().post("/kpis/romi/notes")
                .then().statusCode(422).body(containsString("id=\"note-error\""));
    }

    @Test
    void theSmmSpecialistOpensHerKpisButNotTheAcquisitionCost() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("sofia")).when().get("/kpis/engagement_rate")
                .then().statusCode(200);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("sofia")).when().get("/kpis/cac")
                .then().statusCode(403).body(containsString("id=\"forbidden\""));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("sofia")).when().get("/kpis/no_such_kpi")
                .then().statusCode(404);
    }
}
