package com.kpipulse.web.browser;

import com.kpipulse.localstack.RealStackResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SmmSpecialistLogsInSeesHerScorecardAndLogsOutTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void sofiaLogsInThroughKeycloakSeesHerScorecardIsRefusedSetupAndLogsOut() {
        try (Browser browser = Browser.open()) {
            browser.go(app.toString());
            browser.logInOnKeycloak("sofia", "sofia");

            assertThat(browser.text(By.id("user-name"))).isEqualTo("Sofia Smm");
            assertThat(browser.text(By.id("roles"))).contains("SMM-специалист");
            browser.screenshot("home-sofia");

            browser.click(By.cssSelector("a[href='/scorecards/smm']"));
            assertThat(browser.text(By.id("scorecard-title"))).contains("SMM-специалист");
            assertThat(browser.pageSource()).contains("Прирост подписчиков", "Вовлечённость");
            browser.screenshot("scorecard-smm");

            browser.go(app + "admin");
            assertThat(browser.text(By.id("forbidden"))).isEqualTo("Доступ запрещён");
            browser.screenshot("forbidden-admin");

            browser.click(By.id("language-switch"));
            assertThat(browser.text(By.id("forbidden"))).isEqualTo("Access denied");
            assertThat(browser.text(By.id("logout"))).isEqualTo("Sign out");

            browser.click(By.id("logout"));
            assertThat(browser.text(By.id("signed-out"))).contains("signed out");

            browser.go(app.toString());
            browser.waitFor(By.id("kc-login"));
            assertThat(browser.url()).contains("/realms/kpi/");
            assertThat(browser.securityPolicyViolations()).isEmpty();
        }
    }
}
