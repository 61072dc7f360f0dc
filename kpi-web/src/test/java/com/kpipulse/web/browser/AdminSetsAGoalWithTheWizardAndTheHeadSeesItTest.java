package com.kpipulse.web.browser;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.RevenueHistory;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.StringJoiner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Revenue history in the first half of 2021 (weekly, +1 % a week); the goal covers 2021-Q3, phased by hand with the
 * weeks as the even split prefills them. The admin picks the KPIs by their names, as the catalog list offers them.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AdminSetsAGoalWithTheWizardAndTheHeadSeesItTest {

    private static final String TITLE = "Увеличить онлайн-продажи (браузерный тест)";
    private static final String CAMPAIGN = "Летняя распродажа — поиск в Яндексе";

    @TestHTTPResource("/")
    URL app;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void history() {
        RevenueHistory.seedFirstHalfOf(2021);
    }

    @AfterEach
    void clean() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("delete from observation where period_start between date '2021-01-01' and date '2021-12-31'");
            connection.createStatement().execute("delete from goal where title = '" + TITLE + "'");
        }
    }

    @Test
    void theAdminSeesTheTooManyKpisWarningAndTheRealismFindingCreatesTheGoalAndTheHeadSeesIt() {
        try (Browser browser = Browser.open()) {
            browser.go(app + "admin/goals/new");
            browser.logInOnKeycloak("ada", "ada");

            browser.type(By.id("goal-title"), TITLE);
            browser.select(By.id("objective"), "SALES");
            String[] kpis = {"Объём продаж / выручка", "ROMI", "Стоимость привлечения клиента", "Средний чек",
                    "Конверсия сайта", "Click-through rate (CTR)"};
            for (int i = 0; i < kpis.length; i++) {
                browser.type(By.id("kpi-" + (i + 1)), kpis[i]);
                browser.select(By.id("kind-" + (i + 1)), i == 0 ? "ABSOLUTE" : "NONE");
            }
            browser.type(By.id("value-1"), "90000000");
            browser.setValue(By.id("start"), "2021-07-05");
            browser.setValue(By.id("deadline"), "2021-09-26");
            browser.select(By.id("phasing"), "EVEN");

            String findings = browser.waitForText(By.id("smart-review"), "6 KPI у одной цели", "ни разу");
            assertThat(findings).contains("Предупреждение");
            browser.waitFor(By.id("phasing-preview"));
            browser.scrollTo(By.id("smart-review"));
            browser.screenshot("goal-wizard");

            // by hand: one input per week, prefilled with the even split; typing updates the sum and the review
            browser.select(By.id("phasing"), "MANUAL");
            By secondWeek = By.id("part-revenue-2021-07-12");
            assertThat(browser.waitFor(secondWeek).getAttribute("value")).isEqualTo("7500000");
            browser.type(secondWeek, "8000000");
            assertThat(browser.waitForText(By.id("manual-sum-revenue"), "разница +500")).contains("из плана 90");
            browser.waitForText(By.id("smart-review"), "больше");
            assertThat(browser.waitFor(secondWeek).getAttribute("value")).isEqualTo("8000000");
            browser.scrollTo(By.id("manual-phasing"));
            browser.screenshot("goal-wizard-manual");
            browser.type(secondWeek, "7500000");
            browser.waitForText(By.id("manual-sum-revenue"), "сходится с планом");

            browser.click(By.id("create-goal"));
            assertThat(browser.waitForText(By.id("goal-done"), "Цель создана")).contains("Цель создана");
            assertThat(browser.url()).contains("/goals/").doesNotContain("/admin/goals/new");
            assertThat(browser.text(By.id("goal-title"))).isEqualTo(TITLE);
            assertThat(browser.text(By.id("goal-kpis"))).contains("Объём продаж / выручка", "Средний чек", "без плана");
            assertThat(browser.waitFor(By.cssSelector("#goal-kpi-revenue a.goal-kpi-link")).getAttribute("href"))
                    .endsWith("/kpis/revenue");
            browser.screenshot("goal-page");
            browser.click(By.id("logout"));
            browser.waitFor(By.id("signed-out"));

            browser.go(app + "scorecards/head?grain=QUARTER&day=2021-08-16");
            browser.logInOnKeycloak("hanna", "hanna");
            assertThat(browser.waitForText(By.id("goals"), TITLE)).contains(TITLE);
            browser.screenshot("scorecard-head-goal");

            browser.click(By.cssSelector("#kpi-revenue a.kpi-name"));
            assertThat(browser.text(By.id("kpi-name"))).isEqualTo("Объём продаж / выручка");
            assertThat(browser.text(By.id("kpi-formula"))).isEqualTo("revenue");
            browser.go(app + "kpis/revenue?grain=WEEK&day=2021-06-28");
            assertThat(browser.text(By.id("kpi-sources"))).contains("Ручной ввод");
            browser.screenshot("kpi-detail");

            salesDuringTheGoal();
            browser.go(app + "kpis/revenue?grain=WEEK&day=2021-08-16");
            assertThat(browser.text(By.id("pacing-heading"))).contains(TITLE);
            browser.waitFor(By.cssSelector("#kpi-pacing path.line-due"));
            browser.waitFor(By.cssSelector("#kpi-pacing path.line-since-start"));
            assertThat(browser.text(By.id("kpi-pacing-legend"))).contains("Сколько должно быть к концу периода");
            browser.scrollTo(By.id("pacing-heading"));
            browser.screenshot("kpi-detail-pacing");

            String urlBefore = browser.url();
            browser.click(By.id("campaigns-yandex_direct"));
            String campaigns = browser.waitForText(By.id("kpi-campaigns"), CAMPAIGN, "без кампании");
            assertThat(campaigns).contains("Кампании канала Яндекс Директ");
            assertThat(browser.url()).as("htmx swaps the section in, no page load").isEqualTo(urlBefore);
            assertThat(browser.waitFor(By.id("campaigns-yandex_direct")).getAttribute("aria-current"))
                    .as("the chosen channel is marked as shown").isEqualTo("true");

            // a request made in place that fails says so on the page instead of doing nothing
            browser.runScript("htmx.ajax('GET', '/kpis/revenue/no-such-part', {source: '#campaigns-seo', target: '#kpi-campaigns'})");
            assertThat(browser.waitForText(By.id("app-messages"), "404")).contains("Не получилось");
            browser.click(By.id("campaigns-seo"));
            browser.waitForText(By.id("kpi-campaigns"), "Кампании канала SEO");
            assertThat(browser.waitFor(By.id("campaigns-seo")).getAttribute("aria-current")).isEqualTo("true");
            assertThat(browser.shown(By.id("app-messages"))).as("the next request that works clears the message").isFalse();
            browser.scrollTo(By.id("channels-heading"));
            browser.screenshot("kpi-detail-campaigns");

            browser.go(app + "goals");
            assertThat(browser.waitForText(By.id("goal-list"), TITLE)).contains("Ada Lovelace");
            browser.screenshot("goals-list");

            assertThat(browser.securityPolicyViolations()).as("the wizard, the goal pages and the KPI detail keep to the CSP")
                    .isEmpty();
        }
    }

    /**
     * Entered after the goal exists, so the wizard's realism check sees the plain history only: 5 million a week on
     * seo from the goal's start, and in the week of 16 August a Yandex Direct campaign beside values without one.
     */
    private static void salesDuringTheGoal() {
        StringJoiner values = new StringJoiner(",");
        for (LocalDate monday = LocalDate.of(2021, 7, 5); !monday.isAfter(LocalDate.of(2021, 8, 16)); monday = monday.plusWeeks(1)) {
            values.add(revenue(monday, "seo", "", 5_000_000));
        }
        values.add(revenue(LocalDate.of(2021, 8, 17), "yandex_direct", CAMPAIGN, 420_000));
        values.add(revenue(LocalDate.of(2021, 8, 18), "yandex_direct", "", 80_000));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body("{\"observations\":[" + values + "]}")
                .when().post("/api/v1/observations").then().statusCode(200);
    }

    private static String revenue(LocalDate day, String channel, String campaign, long rubles) {
        return """
                {"measure":"revenue","periodStart":"%s","channel":"%s","campaign":"%s","value":"%d","currency":"RUB"}"""
                .formatted(day, channel, campaign, rubles);
    }
}
