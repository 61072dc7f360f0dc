package com.kpipulse.web.browser;

import com.kpipulse.web.localstack.RealStackResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages a person opens on the go fit a phone's width: tables scroll inside their box, the page does not. */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PagesFitAPhoneScreenTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void theHeadsStartPageScorecardAndKpiDetailFitA390PixelScreen() {
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
        }
    }
}
