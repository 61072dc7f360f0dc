package com.kpipulse.web.scorecard;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.TestGoals;
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
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures on the scorecards come from stored observations through the KPI engine, in a quiet corner of the
 * calendar (2023-03..2023-05) under a source system of their own, and a goal created through the goals API.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ScorecardFiguresFollowThePeriodChannelsGoalsAndLanguageTest {

    private static final String SOURCE = "scorecard_test";
    private static final String NBSP = "\u00A0";

    @Inject
    AgroalDataSource dataSource;

    private String goalId;

    @BeforeEach
    void seed() throws SQLException {
        cleanUp();
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body("""
                        {"source":"%s","observations":[
                          {"measure":"revenue","periodStart":"2023-03-15","grain":"DAY","channel":"vk_ads","value":"80000","currency":"RUB"},
                          {"measure":"revenue","periodStart":"2023-03-15","grain":"DAY","channel":"seo","value":"20000","currency":"RUB"},
                          {"measure":"revenue","periodStart":"2023-04-12","grain":"DAY","channel":"vk_ads","value":"60000","currency":"RUB"},
                          {"measure":"revenue","periodStart":"2023-04-12","grain":"DAY","channel":"seo","value":"30000","currency":"RUB"},
                          {"measure":"visits","periodStart":"2023-05-10","grain":"DAY","channel":"vk_ads","value":"1000"},
                          {"measure":"carts","periodStart":"2023-05-10","grain":"DAY","channel":"vk_ads","value":"100"},
                          {"measure":"cart_orders","periodStart":"2023-05-10","grain":"DAY","channel":"vk_ads","value":"40"},
                          {"measure":"impressions","periodStart":"2023-05-10","grain":"DAY","channel":"vk_ads","value":"1000"},
                          {"measure":"clicks","periodStart":"2023-05-10","grain":"DAY","channel":"vk_ads","value":"50"}
                        ]}""".formatted(SOURCE))
                .when().post("/api/v1/observations")
                .then().log().ifValidationFails().statusCode(200);
        goalId = TestGoals.create("""
                        {"title":"Выручка <b>апреля</b> 2023","objective":"SALES","owner":"hanna",
                         "start":"2023-04-01","deadline":"2023-04-30",
                         "kpis":[{"kpi":"revenue","target":{"kind":"ABSOLUTE","value":"100000"}}],
                         "visibleTo":["marketing-head"]}""");
    }

    @AfterEach
    void cleanUp() throws SQLException {
        goalId = TestGoals.delete(goalId);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("delete from observation where source_system = '" + SOURCE + "'");
        }
    }

    @Test
    void theMonthShowsActualTargetAttainmentStatusAndTrendFromTheGoal() {
        String html = head("hanna").queryParam("grain", "MONTH").queryParam("day", "2023-04-20")
                .when().get("/scorecards/head").then().statusCode(200).extract().asString();
        String revenue = row(html, "kpi-revenue");
        assertThat(revenue).contains("90" + NBSP + "000,00" + NBSP + "₽", "100" + NBSP + "000,00" + NBSP + "₽",
                "90,0" + NBSP + "%", "под угрозой", "−10,0" + NBSP + "%", "хуже", "<svg");
        assertThat(html).contains("апрель 2023", "01.04.2023", "30.04.2023", "Руководитель отдела маркетинга");
        assertThat(html).contains("Выручка &lt;b&gt;апреля&lt;/b&gt; 2023").doesNotContain("<b>апреля</b>");
        assertThat(row(html, "kpi-romi")).contains("нет цели");
        assertThat(html).contains("scorecard_test: данные по 12.04.2023");
    }

    @Test
    void switchingThePeriodChangesTheFiguresAndDropsATargetTheGoalDoesNotSet() {
        String march = head("hanna").header("HX-Request", "true").queryParam("grain", "MONTH").queryParam("day", "2023-03-01")
                .when().get("/scorecards/head").then().statusCode(200).extract().asString();
        String revenue = row(march, "kpi-revenue");
        assertThat(revenue).contains("100" + NBSP + "000,00" + NBSP + "₽", "нет цели").doesNotContain("под угрозой");
        assertThat(march).contains("март 2023").contains("grain=MONTH&amp;day=2023-02-01").contains("grain=MONTH&amp;day=2023-04-01");

        String week = head("hanna").header("HX-Request", "true").queryParam("grain", "WEEK").queryParam("day", "2023-04-12")
                .when().get("/scorecards/head").then().statusCode(200).extract().asString();
        assertThat(week).contains("2023-W15");
        assertThat(row(week, "kpi-revenue")).contains("90" + NBSP + "000,00" + NBSP + "₽");
    }

    @Test
    void theChannelFilterKeepsOnlyThoseChannelsAndSuspendsGoalTargets() {
        String seo = head("hanna").header("HX-Request", "true").queryParam("grain", "MONTH").queryParam("day", "2023-04-20")
                .queryParam("channel", "seo").when().get("/scorecards/head").then().statusCode(200).extract().asString();
        assertThat(row(seo, "kpi-revenue")).contains("30" + NBSP + "000,00" + NBSP + "₽").doesNotContain("под угрозой");
        assertThat(seo).contains("при фильтре по каналам статус не оценивается").contains("channel=seo");
    }

    @Test
    void theHeadSeesTheGoalsPacing() {
        String html = head("hanna").queryParam("grain", "MONTH").queryParam("day", "2023-04-20")
                .when().get("/scorecards/head").then().statusCode(200).extract().asString();
        String goals = html.substring(html.indexOf("id=\"goals\""));
        assertThat(goals).contains("Выручка &lt;b&gt;апреля&lt;/b&gt; 2023", "90" + NBSP + "000,00" + NBSP + "₽",
                "100" + NBSP + "000,00" + NBSP + "₽", "90,0" + NBSP + "%", "под угрозой");
    }

    @Test
    void aGoalOnlyForTheHeadStaysOffTheViewersOverview() {
        String html = head("vic").queryParam("grain", "MONTH").queryParam("day", "2023-04-20")
                .when().get("/scorecards/viewer").then().statusCode(200).extract().asString();
        assertThat(html).doesNotContain("апреля").doesNotContain("под угрозой");
        assertThat(row(html, "kpi-revenue")).contains("90" + NBSP + "000,00" + NBSP + "₽", "нет цели");
    }

    @Test
    void theMarketerSeesEachChannelAndTheWeakestFunnelStage() {
        String html = head("mark").queryParam("grain", "MONTH").queryParam("day", "2023-05-01")
                .when().get("/scorecards/marketer").then().statusCode(200).extract().asString();
        assertThat(row(html, "channel-vk_ads")).contains("5,0" + NBSP + "%");
        assertThat(html.substring(html.indexOf("id=\"funnel\""))).contains("10,0" + NBSP + "%", "40,0" + NBSP + "%");
        assertThat(html).contains("Слабое звено: Визиты → Созданные корзины (конверсия 10,0" + NBSP + "%)");
    }

    @Test
    void inEnglishLabelsAndNumbersAreEnglish() {
        String html = head("hanna").cookie("kpi_lang", "en").queryParam("grain", "MONTH").queryParam("day", "2023-04-20")
                .when().get("/scorecards/head").then().statusCode(200).extract().asString();
        assertThat(html).contains("Scorecard: Marketing head", "Actual", "Target", "April 2023", "2023-04-01");
        assertThat(row(html, "kpi-revenue")).contains("RUB" + NBSP + "90,000.00", "RUB" + NBSP + "100,000.00",
                "90.0%", "at risk", "worse");
        assertThat(html).contains("scorecard_test: data up to 2023-04-12");
    }

    private static RequestSpecification head(String user) {
        return given().auth().oauth2(KeycloakTokens.accessTokenOf(user));
    }

    private static String row(String html, String id) {
        Matcher matcher = Pattern.compile("<tr id=\"" + id + "\".*?</tr>", Pattern.DOTALL).matcher(html);
        assertThat(matcher.find()).as("row %s on the page", id).isTrue();
        return matcher.group();
    }
}
