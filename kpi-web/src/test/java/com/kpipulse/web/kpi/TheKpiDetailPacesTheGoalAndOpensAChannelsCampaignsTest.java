package com.kpipulse.web.kpi;

import com.kpipulse.web.text.Formats;
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

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * vk_ads in the week of 2019-03-11 (W11) and the week before, in three campaigns entered by hand — one named with
 * markup, one with a long name, and values without a campaign — plus a GA4 campaign that loses to the manual values.
 * The revenue goal runs four whole weeks from 2019-03-04, visible to the marketing head only.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TheKpiDetailPacesTheGoalAndOpensAChannelsCampaignsTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final String NBSP = "\u00A0";
    private static final String MARKUP = "<b>Ретаргетинг</b>";
    private static final String MARKUP_ESCAPED = "&lt;b&gt;Ретаргетинг&lt;/b&gt;";
    private static final String LONG = "Весенняя распродажа: очень длинное название кампании, которое не помещается в колонку";

    @Inject
    AgroalDataSource dataSource;

    private String goalId;

    @BeforeEach
    void seed() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json").body("""
                {"observations":[
                  {"measure":"revenue","periodStart":"2019-03-12","channel":"vk_ads","campaign":"%2$s","value":"500","currency":"RUB"},
                  {"measure":"marketing_spend","periodStart":"2019-03-12","channel":"vk_ads","campaign":"%2$s","value":"200","currency":"RUB"},
                  {"measure":"revenue","periodStart":"2019-03-13","channel":"vk_ads","campaign":"%1$s","value":"150","currency":"RUB"},
                  {"measure":"marketing_spend","periodStart":"2019-03-13","channel":"vk_ads","campaign":"%1$s","value":"100","currency":"RUB"},
                  {"measure":"revenue","periodStart":"2019-03-14","channel":"vk_ads","value":"300","currency":"RUB"},
                  {"measure":"marketing_spend","periodStart":"2019-03-14","channel":"vk_ads","value":"100","currency":"RUB"},
                  {"measure":"revenue","periodStart":"2019-03-05","channel":"vk_ads","campaign":"%1$s","value":"100","currency":"RUB"},
                  {"measure":"marketing_spend","periodStart":"2019-03-05","channel":"vk_ads","campaign":"%1$s","value":"100","currency":"RUB"},
                  {"measure":"revenue","periodStart":"2019-03-17","channel":"vk_ads","value":"0","currency":"RUB"}]}"""
                        .formatted(MARKUP, LONG))
                .when().post("/api/v1/observations").then().statusCode(200);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json").body("""
                {"source":"ga4","observations":[
                  {"measure":"revenue","periodStart":"2019-03-12","channel":"vk_ads","campaign":"Только GA4","value":"1000","currency":"RUB"}]}""")
                .when().post("/api/v1/observations").then().statusCode(200);
        goalId = TestGoals.create("""
                {"title":"Выручка <i>марта</i> 2019","objective":"SALES","owner":"hanna",
                 "start":"2019-03-04","deadline":"2019-03-31",
                 "kpis":[{"kpi":"revenue","target":{"kind":"ABSOLUTE","value":"2800"}}],
                 "visibleTo":["marketing-head"]}""");
    }

    @AfterEach
    void clean() throws SQLException {
        goalId = TestGoals.delete(goalId);
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("delete from observation where period_start between date '2019-01-01' and date '2019-12-31'");
        }
    }

    @Test
    void anHtmxRequestForAChannelGetsOnlyItsCampaignsWithTheirOwnKpiNowAndBeforeEscaped() {
        String fragment = tight(as("mark").header("HX-Request", "true")
                .queryParam("grain", "WEEK").queryParam("day", "2019-03-13").queryParam("channel", "vk_ads")
                .when().get("/kpis/romi")
                .then().statusCode(200).extract().asString());

        assertThat(fragment).doesNotContain("<html", "id=\"kpi-channels\"", "<b>");
        assertThat(fragment).contains("Кампании канала VK Реклама · неделя 11, 11–17 марта 2019");
        String markup = "<span class=\"campaign-name\" title=\"" + MARKUP_ESCAPED + "\">" + MARKUP_ESCAPED + "</span></th>"
                + "<td title=\"\">" + romi(150, 100) + "</td><td title=\"\">" + romi(100, 100) + "</td>";
        String longName = "<span class=\"campaign-name\" title=\"" + LONG + "\">" + LONG + "</span></th>"
                + "<td title=\"\">" + romi(500, 200) + "</td>";
        String noCampaign = "<em class=\"campaign-name\">без кампании</em></th><td title=\"\">" + romi(300, 100) + "</td>";
        assertThat(fragment).contains(markup, longName, noCampaign);
        assertThat(fragment.indexOf(markup)).isLessThan(fragment.indexOf(longName));
        assertThat(fragment.indexOf(longName)).isLessThan(fragment.indexOf(noCampaign));
    }

    @Test
    void campaignsAddUpToTheChannelBecauseTheSourceIsChosenPerChannelNotPerCampaign() {
        String page = tight(as("mark").queryParam("grain", "WEEK").queryParam("day", "2019-03-13")
                .queryParam("channel", "vk_ads")
                .when().get("/kpis/revenue")
                .then().statusCode(200).extract().asString());

        assertThat(page).contains("<html", "id=\"kpi-campaigns-table\"", "id=\"campaigns-vk_ads\"");
        assertThat(page).contains("<th scope=\"row\">VK Реклама</th><td title=\"\">" + rubles(500 + 150 + 300) + "</td>");
        assertThat(page).contains(LONG + "</span></th><td title=\"\">" + rubles(500) + "</td>");
        assertThat(page).doesNotContain("Только GA4");
    }

    @Test
    void inEnglishValuesWithoutACampaignSaySo() {
        as("mark").cookie("kpi_lang", "en").header("HX-Request", "true")
                .queryParam("grain", "WEEK").queryParam("day", "2019-03-13").queryParam("channel", "vk_ads")
                .when().get("/kpis/romi")
                .then().statusCode(200)
                .body(allOf(containsString("Campaigns of VK Ads"),
                        containsString("no campaign")));
    }

    @Test
    void theCampaignsOfAKpiThePersonMayNotOpenAreRefused() {
        as("sofia").header("HX-Request", "true").queryParam("channel", "vk_ads")
                .when().get("/kpis/cac")
                .then().statusCode(403);
    }

    @Test
    void theHeadSeesThePaceTowardsHerGoalTheDueLineAndTheRunningTotal() {
        String page = as("hanna").queryParam("grain", "WEEK").queryParam("day", "2019-03-13")
                .when().get("/kpis/revenue")
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("Темп к цели «Выручка &lt;i&gt;марта&lt;/i&gt; 2019»", "<svg class=\"chart\" id=\"kpi-pacing\"",
                "Сколько должно быть к концу периода", "Факт нарастающим итогом с начала цели", "пунктирная линия");
        // W10 and W11 of the goal: 700 due by 10 March, 1400 by 17 March; one stroke through both weeks
        assertThat(Pattern.compile("<path class=\"line-due\" stroke-dasharray=\"2 4\" d=\"M[0-9.]+ [0-9.]+ L[0-9.]+ [0-9.]+\"/>")
                .matcher(page).find()).isTrue();
        assertThat(page).contains("<path class=\"line-since-start\"", "<path class=\"line-target\" stroke-dasharray=\"6 4\"");
        assertThat(page).contains("С начала цели по 17.03.2019: факт " + rubles(100 + 500 + 150 + 300) + ", должно быть "
                + rubles(2800 * 14 / 28) + ", выполнение 75,0" + NBSP + "%.");
        // the pace chart starts with the goal's first week, and draws nothing outside its plot area
        assertThat(page).contains("<desc id=\"kpi-pacing-desc\">неделя 10, 4–10 марта 2019 – неделя 11, 11–17 марта 2019.", "<g clip-path=\"url(#kpi-pacing-plot)\">");
        Matcher points = Pattern.compile("[ML](-?[0-9.]+) ").matcher(pacingChart(page));
        while (points.find()) {
            assertThat(Double.parseDouble(points.group(1))).isBetween(12.0, 748.0);
        }
    }

    @Test
    void aReaderWhoMayNotSeeTheGoalGetsNoPace() {
        as("vic").queryParam("grain", "WEEK").queryParam("day", "2019-03-13")
                .when().get("/kpis/revenue")
                .then().statusCode(200)
                .body(not(containsString("id=\"kpi-pacing\"")))
                .body(not(containsString("line-target")));
    }

    @Test
    void thePeriodIsJudgedAsTheScorecardJudgesIt() {
        String page = as("hanna").queryParam("grain", "WEEK").queryParam("day", "2019-03-13")
                .when().get("/kpis/revenue")
                .then().statusCode(200).extract().asString();

        // W11 is a whole week of the goal: 700 due, 950 in (the GA4 value loses to the ones typed in)
        assertThat(tight(page)).contains("План и факт за неделю 11 (11–17 марта 2019)", "в плане",
                "Факт " + rubles(500 + 150 + 300) + " при плане " + rubles(700) + " на 11.03.2019–17.03.2019");
    }

    @Test
    void aKpiWhoseCostsAreKeptPerChannelOnlySaysWhyItsCampaignsHaveNoValue() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json").body("""
                {"observations":[
                  {"measure":"revenue","periodStart":"2019-03-13","channel":"yandex_direct","campaign":"Поиск","value":"900","currency":"RUB"},
                  {"measure":"marketing_spend","periodStart":"2019-03-13","channel":"yandex_direct","value":"300","currency":"RUB"}]}""")
                .when().post("/api/v1/observations").then().statusCode(200);

        String fragment = as("mark").header("HX-Request", "true")
                .queryParam("grain", "WEEK").queryParam("day", "2019-03-13").queryParam("channel", "yandex_direct")
                .when().get("/kpis/romi").then().statusCode(200).extract().asString();

        assertThat(fragment).contains("ROMI по кампаниям не посчитать: «Затраты на маркетинг» канала Яндекс Директ ведутся"
                + " без разбивки по кампаниям.", "Поиск").doesNotContain("Данных за этот период нет");
    }

    private static String pacingChart(String page) {
        return page.substring(page.indexOf("<svg class=\"chart\" id=\"kpi-pacing\""), page.indexOf("</svg>",
                page.indexOf("<svg class=\"chart\" id=\"kpi-pacing\"")));
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.accessTokenOf(user));
    }

    private static String tight(String html) {
        return html.replaceAll(">\\s+<", "><");
    }

    private static String romi(int revenue, int spend) {
        return Formats.percent(BigDecimal.valueOf(revenue - spend).divide(BigDecimal.valueOf(spend), MathContext.DECIMAL64), RU);
    }

    private static String rubles(int amount) {
        return Formats.money(BigDecimal.valueOf(amount), Currency.getInstance("RUB"), RU);
    }
}
