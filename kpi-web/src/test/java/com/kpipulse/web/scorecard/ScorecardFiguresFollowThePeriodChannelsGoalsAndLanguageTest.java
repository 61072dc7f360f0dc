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
        assertThat(week).contains("неделя 15").doesNotContain("2023-W15");
        assertThat(row(week, "kpi-revenue")).contains("90" + NBSP + "000,00" + NBSP + "₽");
    }

    @Test
    void theChannelFilterKeepsOnlyThoseChannelsAndJudgesThemAgainstTheirShareOfTheGoal() {
        String seo = head("hanna").header("HX-Request", "true").queryParam("grain", "MONTH").queryParam("day", "2023-04-20")
                .queryParam("channel", "seo").when().get("/scorecards/head").then().statusCode(200).extract().asString();
        // the 30 days before the goal (2..31 March): seo brought 20 000 of 100 000, so its target is 20 % of 100 000
        assertThat(row(seo, "kpi-revenue")).contains("30" + NBSP + "000,00" + NBSP + "₽", "20" + NBSP + "000,00" + NBSP + "₽",
                "150,0" + NBSP + "%", "в плане",
                "План каналов — их доля в плане цели для всех каналов: 20,0" + NBSP + "%, как за 02.03.2023–31.03.2023");
        assertThat(seo).contains("channel=seo").doesNotContain("статус не оценивается");
        assertThat(row(seo, "kpi-romi")).contains("нет цели");
    }

    @Test
    void underAChannelFilterARateGoalSaysItHasNoTargetPerChannel() {
        String goal = TestGoals.create("""
                {"title":"ROMI апреля","objective":"SALES","owner":"hanna","start":"2023-04-01","deadline":"2023-04-30",
                 "kpis":[{"kpi":"romi","target":{"kind":"ABSOLUTE","value":"2"}}],"visibleTo":["marketing-head"]}""");
        try {
            String seo = head("hanna").header("HX-Request", "true").queryParam("grain", "MONTH").queryParam("day", "2023-04-20")
                    .queryParam("channel", "seo").when().get("/scorecards/head").then().statusCode(200).extract().asString();
            assertThat(row(seo, "kpi-romi")).contains("нет плана по каналам",
                    "У цели «ROMI апреля» нет плана по каналам: она задаёт уровень для всех каналов вместе")
                    .doesNotContain("нет цели");
        } finally {
            TestGoals.delete(goal);
        }
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
    void theMarketerSeesEveryFunnelStageFromTheKpisFiguresAndTheStepThatFellAgainstItsHistory() {
        // February to April: 1000 visits, 100 carts and 40 orders a month; May: carts as usual, orders halve
        var history = new java.util.StringJoiner(",");
        for (String month : new String[]{"2023-02-10", "2023-03-10", "2023-04-10"}) {
            history.add(daily("visits", month, 1000)).add(daily("carts", month, 100)).add(daily("orders", month, 40));
        }
        history.add(daily("orders", "2023-05-10", 20));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body("{\"source\":\"" + SOURCE + "\",\"observations\":[" + history + "]}")
                .when().post("/api/v1/observations").then().statusCode(200);

        String html = head("mark").queryParam("grain", "MONTH").queryParam("day", "2023-05-01")
                .when().get("/scorecards/marketer").then().statusCode(200).extract().asString();

        String shop = table(html, "funnel-shop");
        assertThat(shop).contains("Визиты", "Созданные корзины", "Заказы", "10,0" + NBSP + "%", "20,0" + NBSP + "%",
                "40,0" + NBSP + "%", "−50,0" + NBSP + "%", "href=\"/kpis/cart_to_order?grain=MONTH&amp;day=2023-05-01\"");
        // the funnel's orders are the conversion KPI's orders: 20 of 1000 visits
        assertThat(row(html, "kpi-conversion_rate")).contains("2,0" + NBSP + "%");
        assertThat(table(html, "funnel-leads")).contains("Показы рекламы", "Клики по рекламе", "5,0" + NBSP + "%",
                "href=\"/kpis/ctr?grain=MONTH&amp;day=2023-05-01\"");
        assertThat(html).contains("Слабое звено: Созданные корзины → Заказы — конверсия 20,0" + NBSP + "% против обычных 40,0"
                + NBSP + "% (−50,0" + NBSP + "%)");
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

    private static String daily(String measure, String day, int value) {
        return "{\"measure\":\"%s\",\"periodStart\":\"%s\",\"grain\":\"DAY\",\"channel\":\"vk_ads\",\"value\":\"%d\"}"
                .formatted(measure, day, value);
    }

    private static String table(String html, String id) {
        Matcher matcher = Pattern.compile("<table[^>]*id=\"" + id + "\".*?</table>", Pattern.DOTALL).matcher(html);
        assertThat(matcher.find()).as("table %s on the page", id).isTrue();
        return matcher.group();
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
