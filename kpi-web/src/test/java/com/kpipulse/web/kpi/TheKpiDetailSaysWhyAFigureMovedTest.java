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
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The figures of {@link WhyAKpiDeviatedIsAnsweredByTheApiTest}: revenue in week 20 of 2017, vk_ads converting half. */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TheKpiDetailSaysWhyAFigureMovedTest {

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
    void aViewerIsRefusedAKpiSheMayNotReadAndAnUnknownReferenceIsABadRequest() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).when().get("/kpis/profit/why").then().statusCode(403);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).queryParam("compareTo", "SOMETHING")
                .when().get("/kpis/revenue/why").then().statusCode(400);
    }
}
