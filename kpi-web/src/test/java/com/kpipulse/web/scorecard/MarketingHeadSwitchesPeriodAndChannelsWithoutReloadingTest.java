package com.kpipulse.web.scorecard;

import com.kpipulse.web.browser.Browser;
import com.kpipulse.localstack.RealStackResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.TestGoals;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.StringJoiner;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hanna signs in through the real Keycloak, opens her scorecard, steps back a period and ticks a channel: htmx
 * swaps the table and pushes the address (ticking a box would change nothing at all without it).
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class MarketingHeadSwitchesPeriodAndChannelsWithoutReloadingTest {

    private static final String SOURCE = "scorecard_browser_test";

    @TestHTTPResource("/")
    URL app;

    @Inject
    AgroalDataSource dataSource;

    private String goalId;

    /** A year of a small company's figures in 2022 (nobody else writes there) and a goal for its last quarter. */
    @BeforeEach
    void seedAYear() throws SQLException {
        cleanUp();
        var observations = new StringJoiner(",\n");
        for (int month = 1; month <= 12; month++) {
            String start = "2022-%02d-01".formatted(month);
            int wave = (month % 3) * 40_000;
            for (String channel : new String[]{"yandex_direct", "seo"}) {
                int share = channel.equals("seo") ? 1 : 2;
                observations.add(money("revenue", start, channel, share * (400_000 + month * 25_000 + wave)));
                observations.add(money("marketing_spend", start, channel, share * (90_000 + month * 3_000)));
            }
            observations.add(money("sales_spend", start, "", 40_000));
            observations.add(count("new_customers", start, 380 + month * 12));
            observations.add(count("aware_respondents", start, 280 + month * 6));
            observations.add(count("survey_respondents", start, 1_000));
            observations.add(count("customers_start", start, 5_000 + month * 150));
            observations.add(count("customers_end", start, 5_150 + month * 150));
            observations.add(count("nps_promoters", start, 420 + month * 4));
            observations.add(count("nps_passives", start, 300));
            observations.add(count("nps_detractors", start, 190 - month * 3));
        }
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body("{\"source\":\"" + SOURCE + "\",\"observations\":[" + observations + "]}")
                .when().post("/api/v1/observations")
                .then().log().ifValidationFails().statusCode(200);
        goalId = TestGoals.create("""
                        {"title":"Рост выручки в IV квартале 2022","objective":"SALES","owner":"hanna",
                         "start":"2022-10-01","deadline":"2022-12-31",
                         "kpis":[{"kpi":"revenue","target":{"kind":"ABSOLUTE","value":"5000000"}},
                                 {"kpi":"romi","target":{"kind":"ABSOLUTE","value":"3.5"}},
                                 {"kpi":"cac","target":{"kind":"ABSOLUTE","value":"600"}}],
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
    void hannaStepsBackAPeriodAndFiltersAChannelInPlace() {
        try (Browser browser = Browser.open()) {
            browser.go(app + "scorecards/head?grain=MONTH&day=2022-11-15");
            browser.logInOnKeycloak("hanna", "hanna");

            assertThat(browser.text(By.id("scorecard-title"))).contains("Руководитель отдела маркетинга");
            assertThat(browser.pageSource()).contains("Рост продаж", "ROMI", "Рост выручки в IV квартале 2022");
            assertThat(browser.text(By.id("kpi-revenue"))).contains("₽");
            browser.screenshot("scorecard-head");

            String period = browser.text(By.id("scorecard-period"));
            browser.click(By.id("period-previous"));
            waitUntil(() -> !browser.text(By.id("scorecard-period")).equals(period));
            assertThat(browser.url()).contains("/scorecards/head?grain=MONTH&day=");

            browser.click(By.cssSelector("input[name='channel'][value='seo']"));
            waitUntil(() -> browser.url().contains("channel=seo"));
            // a company-wide goal still judges the channel: against its share of the target, said in the row
            assertThat(browser.text(By.id("kpi-revenue"))).contains("План каналов — их доля в плане цели");
            assertThat(browser.text(By.id("scorecard-title"))).contains("Руководитель отдела маркетинга");

            // all of it under the Content-Security-Policy: nothing refused, and htmx added no styles of its own
            assertThat(browser.securityPolicyViolations()).isEmpty();
            assertThat(browser.pageSource()).doesNotContain("<style");
            // the browser does enforce it: an inline script slipped into the page is refused, and reported
            browser.runScript("var s = document.createElement('script'); s.textContent = 'document.title = \"x\"';"
                    + " document.head.appendChild(s);");
            waitUntil(() -> !browser.securityPolicyViolations().isEmpty());
            assertThat(browser.securityPolicyViolations()).anySatisfy(message -> assertThat(message).contains("script-src"));
        }
    }

    @Test
    void markSortsTheChannelEconomicsByAColumnWhileTheTotalStaysLast() {
        try (Browser browser = Browser.open()) {
            browser.go(app + "scorecards/marketer?grain=MONTH&day=2022-11-15");
            browser.logInOnKeycloak("mark", "mark");
            browser.waitFor(By.id("by-channel-table"));
            assertThat(channelOrder(browser)).containsExactly("channel-yandex_direct", "channel-seo");
            assertThat(browser.shown(By.cssSelector("#by-channel [data-sort-hint]"))).isTrue();

            // revenue: Yandex Direct brings twice what SEO does
            By revenue = By.cssSelector("#by-channel-table th[data-column='revenue'] button[data-sort-column]");
            browser.click(revenue);
            waitUntil(() -> channelOrder(browser).equals(java.util.List.of("channel-seo", "channel-yandex_direct")));
            assertThat(browser.evaluate("return document.querySelector(\"#by-channel-table th[data-column='revenue']\")"
                    + ".getAttribute('aria-sort');")).isEqualTo("ascending");
            browser.click(revenue);
            waitUntil(() -> channelOrder(browser).equals(java.util.List.of("channel-yandex_direct", "channel-seo")));
            assertThat(browser.evaluate("var rows = document.querySelectorAll('#by-channel-table tr');"
                    + " return rows[rows.length - 1].id;")).isEqualTo("channel-total");
            browser.scrollTo(By.id("by-channel"));
            browser.runScript("document.querySelector('#by-channel .sc-scroll').scrollLeft = 0;");
            browser.screenshot("scorecard-marketer-channels-sorted");
            assertThat(browser.securityPolicyViolations()).isEmpty();
        }
    }

    @Test
    void hannasCacChartsStayInsideTheirFrameAndThePaceStartsWithTheGoal() {
        try (Browser browser = Browser.open()) {
            // October: the goal's first month is the chart's last, so its target is a lone stroke at the right edge
            browser.go(app + "kpis/cac?grain=MONTH&day=2022-10-15");
            browser.logInOnKeycloak("hanna", "hanna");
            browser.waitFor(By.id("kpi-pacing"));
            Object outside = browser.evaluate("""
                    var outside = [];
                    document.querySelectorAll('svg.chart').forEach(function (svg) {
                        svg.querySelectorAll('path, circle').forEach(function (shape) {
                            var box = shape.getBBox();
                            if (box.x < 8 || box.x + box.width > 752 || box.y < 12 || box.y + box.height > 216) {
                                outside.push(svg.id + ' ' + shape.getAttribute('class') + ' ' + box.x + '+' + box.width);
                            }
                        });
                    });
                    return outside;""");
            assertThat((java.util.List<?>) outside).isEmpty();
            assertThat(browser.text(By.cssSelector("#kpi-pacing text[text-anchor='middle']"))).isEqualTo("октябрь 2022");
            browser.scrollTo(By.id("pacing-heading"));
            browser.screenshot("kpi-cac-pace");
            assertThat(browser.securityPolicyViolations()).isEmpty();
        }
    }

    private static java.util.List<String> channelOrder(Browser browser) {
        Object ids = browser.evaluate("return Array.prototype.map.call("
                + "document.querySelectorAll('#by-channel-table tbody tr'), function (row) { return row.id; });");
        return ((java.util.List<?>) ids).stream().map(String::valueOf).toList();
    }

    private static String money(String measure, String start, String channel, long value) {
        return "{\"measure\":\"%s\",\"periodStart\":\"%s\",\"grain\":\"MONTH\",\"channel\":\"%s\",\"value\":\"%d\",\"currency\":\"RUB\"}"
                .formatted(measure, start, channel, value);
    }

    private static String count(String measure, String start, long value) {
        return "{\"measure\":\"%s\",\"periodStart\":\"%s\",\"grain\":\"MONTH\",\"value\":\"%d\"}"
                .formatted(measure, start, value);
    }

    /** An element swapped out while being read counts as "not yet". */
    private static boolean holds(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (StaleElementReferenceException swappedMeanwhile) {
            return false;
        }
    }

    private static void waitUntil(BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!holds(condition)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("The page did not change within 15 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for the page", e);
            }
        }
    }
}
