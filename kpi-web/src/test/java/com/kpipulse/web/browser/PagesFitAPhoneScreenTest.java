package com.kpipulse.web.browser;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The pages a person opens on the go fit a phone's width: tables scroll inside their box, the page does not. */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PagesFitAPhoneScreenTest {

    private static final String LONG_CAMPAIGN = "Летняя_распродажа_2018_поисковая_кампания_по_всей_России_без_пробелов";

    @TestHTTPResource("/")
    URL app;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theHeadsStartPageScorecardAndKpiDetailFitA390PixelScreen() throws SQLException {
        try (Browser browser = Browser.openPhone()) {
            browser.go(app.toString());
            browser.logInOnKeycloak("hanna", "hanna");
            browser.waitFor(By.id("greeting"));
            assertThat(browser.overflowsSideways()).as("start page").isFalse();

            browser.go(app + "scorecards/head");
            browser.waitFor(By.id("scorecard-title"));
            assertThat(browser.overflowsSideways()).as("head scorecard").isFalse();
            browser.screenshot("phone-scorecard-head");

            browser.go(app + "kpis/romi");
            browser.waitFor(By.id("kpi-name"));
            assertThat(browser.overflowsSideways()).as("KPI detail").isFalse();

            browser.go(app + "kpis/revenue?grain=WEEK&day=2018-06-13&channel=seo");
            assertThat(browser.waitForText(By.id("kpi-campaigns"), LONG_CAMPAIGN.substring(0, 10))).isNotEmpty();
            assertThat(browser.overflowsSideways()).as("KPI detail with a channel's campaigns").isFalse();
        } finally {
            cleanUp();
        }
    }

    @BeforeEach
    void campaignWithALongName() throws SQLException {
        cleanUp();
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body("""
                        {"source":"phone_test","observations":[
                          {"measure":"revenue","periodStart":"2018-06-13","grain":"DAY","channel":"seo",
                           "campaign":"%s","value":"123456789.50","currency":"RUB"}
                        ]}""".formatted(LONG_CAMPAIGN))
                .when().post("/api/v1/observations")
                .then().statusCode(200);
    }

    private void cleanUp() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("delete from observation where source_system = 'phone_test'");
        }
    }
}
