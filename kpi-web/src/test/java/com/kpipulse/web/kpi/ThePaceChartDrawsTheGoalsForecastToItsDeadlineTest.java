package com.kpipulse.web.kpi;

import com.kpipulse.domain.measure.Unit;
import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.TestGoals;
import com.kpipulse.web.text.Formats;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 60-day goal of 60 000 on reach that began 30 days ago, visible to the marketing head; reach has been about 1 000 a
 * day for the last 60 days. The KPI detail's pace chart draws where the goal's total is heading — the same figures
 * as the goal's forecast API and the goal page.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ThePaceChartDrawsTheGoalsForecastToItsDeadlineTest {

    private static final String SOURCE = "pace_forecast_test";
    private static final Locale RU = Locale.forLanguageTag("ru");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    private String goalId;
    private LocalDate yesterday;

    @BeforeEach
    void aGoalOnReach() throws SQLException {
        cleanUp();
        LocalDate today = LocalDate.now(clock);
        yesterday = today.minusDays(1);
        LocalDate start = today.minusDays(30);
        goalId = TestGoals.create("""
                {"title":"Охват к сроку (темп)","objective":"BRAND_AWARENESS","owner":"hanna","start":"%s","deadline":"%s",
                 "kpis":[{"kpi":"reach","target":{"kind":"ABSOLUTE","value":"60000"}}],
                 "visibleTo":["marketing-head"]}""".formatted(start, start.plusDays(59)));
        StringJoiner values = new StringJoiner(",");
        for (LocalDate day = yesterday.minusDays(59); !day.isAfter(yesterday); day = day.plusDays(1)) {
            values.add("{\"measure\":\"reach\",\"periodStart\":\"%s\",\"channel\":\"smm_vk\",\"value\":\"%d\"}"
                    .formatted(day, 950 + (day.getDayOfYear() * 7) % 11 * 10));
        }
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body("{\"source\":\"" + SOURCE + "\",\"observations\":[" + values + "]}")
                .when().post("/api/v1/observations").then().statusCode(200);
    }

    @AfterEach
    void cleanUp() throws SQLException {
        goalId = TestGoals.delete(goalId);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("delete from observation where source_system = '" + SOURCE + "'");
        }
    }

    @Test
    void thePaceChartHasTheBandAndTheCaptionWithTheFiguresOfTheForecastApi() {
        JsonPath forecast = given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna"))
                .when().get("/api/v1/goals/" + goalId + "/forecast").then().statusCode(200).extract().jsonPath();
        assertThat(forecast.getBoolean("[0].forecast")).isTrue();

        String page = given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna"))
                .when().get("/kpis/reach").then().statusCode(200).extract().asString();

        String chart = page.substring(page.indexOf("<svg class=\"chart\" id=\"kpi-pacing\""),
                page.indexOf("</svg>", page.indexOf("<svg class=\"chart\" id=\"kpi-pacing\"")));
        String expected = roughly(forecast.getString("[0].expected"));
        String low = roughly(forecast.getString("[0].low"));
        String high = roughly(forecast.getString("[0].high"));
        assertThat(chart).contains("<polygon class=\"forecast-band\" points=\"",
                "<path class=\"line-forecast\" stroke-dasharray=\"6 3\"",
                "<title>Прогноз к " + Formats.date(LocalDate.parse(forecast.getString("[0].deadline")), RU)
                        + ": ожидается " + expected + ", с вероятностью 80\u00A0% — от " + low + " до " + high + "</title>");
        assertThat(caption(page)).isEqualTo("Прогноз: " + forecast.getString("[0].said.ru") + ". Ожидаемый итог — "
                + expected + ", с вероятностью 80\u00A0% — от " + low + " до " + high + ".");
        assertThat(page).contains("id=\"kpi-pacing-legend\"", "Прогноз к сроку</li>");

        String english = given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).cookie("kpi_lang", "en")
                .when().get("/kpis/reach").then().statusCode(200).extract().asString();
        assertThat(caption(english)).startsWith("Forecast: " + forecast.getString("[0].said.en") + ". Expected total ");
    }

    @Test
    void thePaceOfAPeriodLongGoneHasNoForecast() {
        String page = given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).queryParam("grain", "WEEK")
                .queryParam("day", yesterday.minusDays(21).toString())
                .when().get("/kpis/reach").then().statusCode(200).extract().asString();

        assertThat(page).contains("id=\"kpi-pacing\"").doesNotContain("forecast-band", "id=\"pacing-forecast\"");
    }

    private static String caption(String page) {
        String from = page.substring(page.indexOf("<p id=\"pacing-forecast\">") + "<p id=\"pacing-forecast\">".length());
        return from.substring(0, from.indexOf("</p>"));
    }

    private static String roughly(String figure) {
        return Formats.roughly(new BigDecimal(figure), Unit.COUNT, Optional.empty(), RU);
    }
}
