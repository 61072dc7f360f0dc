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

import java.sql.SQLException;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The figures of {@link WhyAKpiDeviatedIsAnsweredByTheApiTest}: revenue in week 20 of 2017, vk_ads converting half. */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TheKpiDetailSaysWhyAFigureMovedTest {

    private static final String NBSP = "\u00A0";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void seed() {
        WhyAKpiDeviatedIsAnsweredByTheApiTest.seedWeeks();
    }

    @AfterEach
    void clean() throws SQLException {
        WhyAKpiDeviatedIsAnsweredByTheApiTest.cleanWeeks(dataSource);
    }

    @Test
    void theDetailPageLoadsTheBlockAndLinksToItWithoutScripts() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark"))
                .queryParam("grain", "WEEK").queryParam("day", "2017-05-17")
                .when().get("/kpis/revenue")
                .then().statusCode(200)
                .body(allOf(containsString("id=\"kpi-why\""), containsString("hx-get=\"/kpis/revenue/why?grain=WEEK&amp;day=2017-05-15\""),
                        containsString("id=\"why-open\""), containsString("/css/why.css")));
    }

    @Test
    void inRussianTheFragmentGivesTheCauseTheWaterfallAndTheChannels() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).header("HX-Request", "true")
                .queryParam("grain", "WEEK").queryParam("day", "2017-05-17")
                .when().get("/kpis/revenue/why")
                .then().statusCode(200)
                .body(allOf(containsString("id=\"kpi-why\""), containsString("Почему"),
                        containsString("<strong>канал</strong>"), containsString("VK Реклама"),
                        containsString("<svg class=\"chart why-chart\""), containsString("<title id=\"why-chart-title\">"),
                        containsString("<desc id=\"why-chart-desc\">"), containsString("id=\"why-drivers\""),
                        containsString("id=\"why-channel-vk_ads\" class=\"why-explains\""),
                        containsString("aria-current=\"true\">с предыдущим периодом</a>"),
                        containsString("compareTo=PLAN")))
                .body(not(containsString("<html")))
                .body(not(containsString("<script")))
                .body(not(containsString("style=")));
    }

    @Test
    void inEnglishAgainstThePlanWithoutAGoalItSaysWhyThereIsNothingToSplit() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).cookie("kpi_lang", "en")
                .queryParam("grain", "WEEK").queryParam("day", "2017-05-17").queryParam("compareTo", "PLAN")
                .when().get("/kpis/revenue/why")
                .then().statusCode(200)
                .body(allOf(containsString("<html"), containsString("Why"), containsString("id=\"why-reason\""),
                        containsString("No goal sets"), containsString("aria-current=\"true\">the plan</a>")));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).cookie("kpi_lang", "en").header("HX-Request", "true")
                .queryParam("grain", "WEEK").queryParam("day", "2017-05-17")
                .when().get("/kpis/revenue/why")
                .then().statusCode(200)
                .body(allOf(containsString("<strong>a channel</strong>"), containsString("VK Ads"),
                        containsString("What the deviation is made of"), containsString("RUB")));
    }

    @Test
    void aPercentageKpisDeviationAndPartsReadInPercentagePointsInBothLanguages() {
        // conversion 4,0 % → 3,0 %: vk_ads' orders halved at the same visits
        String russian = tight(given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).header("HX-Request", "true")
                .queryParam("grain", "WEEK").queryParam("day", "2017-05-17")
                .when().get("/kpis/conversion_rate/why")
                .then().statusCode(200).extract().asString());

        assertThat(russian).contains("<p id=\"why-deviation\">Отклонение: −1,0" + NBSP + "п.п. (было 4,0" + NBSP
                + "%, стало 3,0" + NBSP + "%)</p>");
        assertThat(row(russian, "why-channel-vk_ads")).contains("<td>4,0" + NBSP + "%</td><td>2,0" + NBSP + "%</td>",
                "<td>−1,0" + NBSP + "п.п.</td><td>−1,0" + NBSP + "п.п.</td><td>0,0" + NBSP + "п.п.</td>");
        assertThat(row(russian, "why-channel-yandex_direct")).contains("<td>0,0" + NBSP + "п.п.</td>");
        String drivers = russian.substring(russian.indexOf("id=\"why-drivers\""));
        assertThat(drivers.substring(0, drivers.indexOf("</table>"))).contains("−1,0" + NBSP + "п.п.</td></tr>")
                .doesNotContain("−1,0" + NBSP + "%", "−0,01");
        assertThat(russian).as("the waterfall's steps").containsPattern("<title>[^<]+: −1,0" + NBSP + "п\\.п\\.</title></rect>");

        String english = tight(given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).cookie("kpi_lang", "en")
                .header("HX-Request", "true").queryParam("grain", "WEEK").queryParam("day", "2017-05-17")
                .when().get("/kpis/conversion_rate/why")
                .then().statusCode(200).extract().asString());
        assertThat(english).contains("<p id=\"why-deviation\">Deviation: −1.0" + NBSP + "pp (was 4.0%, now 3.0%)</p>");
        assertThat(row(english, "why-channel-vk_ads")).contains("<td>−1.0" + NBSP + "pp</td><td>−1.0" + NBSP + "pp</td>");
    }

    @Test
    void theQuestionIsASentenceThatSaysWhichWeekOfWhichYearInBothLanguages() {
        String russian = given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).header("HX-Request", "true")
                .queryParam("grain", "WEEK").queryParam("day", "2017-05-17")
                .when().get("/kpis/revenue/why").then().statusCode(200).extract().asString();
        String english = given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).cookie("kpi_lang", "en")
                .header("HX-Request", "true").queryParam("grain", "WEEK").queryParam("day", "2017-05-17")
                .queryParam("compareTo", "PLAN")
                .when().get("/kpis/revenue/why").then().statusCode(200).extract().asString();

        assertThat(russian).contains("<p class=\"note\" id=\"why-question\">Почему показатель «Объём продаж / выручка» "
                + "изменился по сравнению с предыдущим периодом за неделю 20 (15–21 мая 2017)</p>");
        assertThat(english).contains("<p class=\"note\" id=\"why-question\">Why Sales volume / revenue moved against the "
                + "plan in week 20 (15–21 May 2017)</p>");
    }

    @Test
    void revenuesDeviationStaysInRoubles() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).header("HX-Request", "true")
                .queryParam("grain", "WEEK").queryParam("day", "2017-05-17")
                .when().get("/kpis/revenue/why")
                .then().statusCode(200)
                .body(containsString("<p id=\"why-deviation\">Отклонение: −14" + NBSP + "000,00" + NBSP + "₽ (было 56"
                        + NBSP + "000,00" + NBSP + "₽, стало 42" + NBSP + "000,00" + NBSP + "₽)</p>"));
    }

    @Test
    void aViewerIsRefusedAKpiSheMayNotReadAndAnUnknownReferenceIsABadRequest() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).when().get("/kpis/profit/why").then().statusCode(403);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).queryParam("compareTo", "SOMETHING")
                .when().get("/kpis/revenue/why").then().statusCode(400);
    }

    private static String tight(String html) {
        return html.replaceAll(">\\s+<", "><");
    }

    private static String row(String html, String id) {
        String from = html.substring(html.indexOf("<tr id=\"" + id + "\""));
        return from.substring(0, from.indexOf("</tr>"));
    }
}
