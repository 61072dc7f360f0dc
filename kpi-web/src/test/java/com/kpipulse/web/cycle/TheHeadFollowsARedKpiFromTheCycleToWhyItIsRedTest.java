package com.kpipulse.web.cycle;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.browser.Browser;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.Sql;
import com.kpipulse.web.support.TestGoals;
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
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Random;
import java.util.StringJoiner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 §6, the head's journey from a red KPI to its cause. Fourteen weeks of a small shop's days in the first
 * quarter of 2016 (a corner no other test writes to): Yandex Direct, VK Ads and SEO bring steady visits, orders and
 * revenue with a little noise; in week 14 (4–10 April) VK Ads converts half as well at the same visits. A goal wants
 * the usual week's revenue that week, so the week misses it by about 15 %. Hanna opens the week's cycle, runs it, sees
 * revenue off track with VK Ads named as the cause, follows «Почему?» and reads there what happened to the conversion;
 * from there she goes to the KPI's page, where the same block loads in place.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TheHeadFollowsARedKpiFromTheCycleToWhyItIsRedTest {

    private static final String SOURCE = "why_journey_test";
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2016, 1, 4);
    private static final LocalDate WEEK_14 = LocalDate.of(2016, 4, 4);
    private static final String PERIOD = "2016-W14";
    private static final String REVENUE = "Объём продаж / выручка";

    /** Per channel: orders on a usual day, visits per order (the conversion, 2.5 %, 3.3 %, 2 %), the average check. */
    private static final String[] CHANNELS = {"yandex_direct", "vk_ads", "seo"};
    private static final int[] ORDERS = {20, 18, 12};
    private static final int[] VISITS_PER_ORDER = {40, 30, 50};
    private static final int[] CHECK = {3000, 2500, 3500};

    @TestHTTPResource("/")
    URL app;

    @Inject
    AgroalDataSource dataSource;

    private String goalId;

    @BeforeEach
    void seedTheQuarter() throws SQLException {
        cleanUp();
        // the days wiggle: orders by up to 8 %, the check by up to 2 %, the conversion by less than its usual swing
        Random noise = new Random(2016);
        StringJoiner observations = new StringJoiner(",\n");
        for (LocalDate day = FIRST_MONDAY; day.isBefore(WEEK_14.plusWeeks(1)); day = day.plusDays(1)) {
            for (int c = 0; c < CHANNELS.length; c++) {
                long usualOrders = Math.round(ORDERS[c] * (1 + (noise.nextDouble() - 0.5) * 0.16));
                long visits = usualOrders * VISITS_PER_ORDER[c] + noise.nextInt(5) - 2;
                boolean vkConvertsHalf = CHANNELS[c].equals("vk_ads") && !day.isBefore(WEEK_14);
                long orders = vkConvertsHalf ? Math.round(usualOrders / 2.0) : usualOrders;
                long revenue = Math.round(orders * CHECK[c] * (1 + (noise.nextDouble() - 0.5) * 0.04));
                observations.add(value("visits", day, CHANNELS[c], visits, false));
                observations.add(value("orders", day, CHANNELS[c], orders, false));
                observations.add(value("revenue", day, CHANNELS[c], revenue, true));
            }
        }
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body("{\"source\":\"" + SOURCE + "\",\"observations\":[" + observations + "]}")
                .when().post("/api/v1/observations").then().log().ifValidationFails().statusCode(200);
        // the usual week: 7 × (20 × 3 000 + 18 × 2 500 + 12 × 3 500) = 1 029 000 ₽
        goalId = TestGoals.create("""
                {"title":"Выручка недели 14 (журнал «Почему»)","objective":"SALES","owner":"hanna",
                 "start":"2016-04-04","deadline":"2016-04-10",
                 "kpis":[{"kpi":"revenue","target":{"kind":"ABSOLUTE","value":"1030000"}}],
                 "visibleTo":["marketing-head"]}""");
    }

    @AfterEach
    void cleanUp() throws SQLException {
        goalId = TestGoals.delete(goalId);
        Sql sql = new Sql(dataSource);
        sql.execute("delete from observation where source_system = '" + SOURCE + "'");
        sql.execute("delete from cycle_snapshot where period_code = '" + PERIOD + "'");
    }

    @Test
    void hannaRunsTheWeeksCycleSeesRevenueRedBecauseOfVkAdsAndReadsWhyOnItsWhyBlock() {
        try (Browser browser = Browser.open()) {
            browser.go(app + "cycles/" + PERIOD);
            browser.logInOnKeycloak("hanna", "hanna");

            // the week has no cycle yet: she runs it
            assertThat(browser.text(By.id("cycle-not-run"))).isNotBlank();
            assertThat(browser.text(By.id("cycle-run"))).isEqualTo("Запустить");
            browser.click(By.id("cycle-run"));
            assertThat(browser.text(By.id("cycle-done"))).isNotBlank();
            assertThat(browser.url()).contains("/cycles/" + PERIOD);
            assertThat(browser.text(By.id("cycle-ran"))).as("by name, not by login").contains("Hanna Head");
            assertThat(browser.text(By.id("cycle-run"))).isEqualTo("Запустить заново");

            // revenue for all channels is off track, and the row names the channel and what moved there
            WebElement row = browser.waitFor(By.xpath("//table[@id='deviations']/tbody[tr[th/a[normalize-space()='"
                    + REVENUE + "'] and td[1][normalize-space()='все каналы']]]"));
            assertThat(row.getText()).contains("отстаёт");
            WebElement cause = row.findElement(By.cssSelector("td.cycle-cause span.cause"));
            assertThat(cause.getAttribute("class")).contains("cause-channel");
            assertThat(cause.getText()).isEqualTo("Канал — VK Реклама (к плану)");
            String evidence = String.join("\n", row.findElements(By.cssSelector("td.cycle-cause p.cause-evidence"))
                    .stream().map(WebElement::getText).toList());
            assertThat(evidence).contains(REVENUE, "к плану", "VK Реклама", "«Конверсия сайта»");
            assertThat(row.findElement(By.cssSelector("th a")).getAttribute("href"))
                    .endsWith("/kpis/revenue?grain=WEEK&day=2016-04-04");
            // VK Ads' own row, judged against its share of the goal, is red for the same reason
            WebElement vkRow = browser.waitFor(By.xpath("//table[@id='deviations']/tbody[tr[th/a[normalize-space()='"
                    + REVENUE + "'] and td[1][normalize-space()='VK Реклама']]]"));
            assertThat(vkRow.getText()).contains("отстаёт", "Канал — VK Реклама (к плану)", "«Конверсия сайта»")
                    .doesNotContain("Возможно, дело в данных");
            assertThat(vkRow.findElement(By.cssSelector("a.cause-why")).getAttribute("href"))
                    .as("a channel's «Почему?» asks about that channel").endsWith("&channel=vk_ads");
            browser.scrollTo(By.id("deviations-heading"));
            browser.screenshot("cycle-week-red-revenue");

            // «Почему?» opens the analysis against the plan, as the cycle measured it
            row.findElement(By.cssSelector("a.cause-why")).click();
            browser.waitFor(By.id("why-cause"));
            assertThat(browser.url()).endsWith("/kpis/revenue/why?grain=WEEK&day=2016-04-04&compareTo=PLAN");
            assertThat(browser.text(By.id("why-question"))).isEqualTo("Почему показатель «" + REVENUE
                    + "» отклонился от плана за неделю 14 (4–10 апреля 2016)");
            assertThat(browser.text(By.id("why-cause"))).isEqualTo("Причина: канал");
            assertThat(browser.text(By.id("why-deviation"))).startsWith("Отклонение: −");
            assertThat(browser.text(By.id("why-evidence"))).isEqualTo(evidence)
                    .contains("VK Реклама", "«Конверсия сайта»");
            assertThat(browser.text(By.id("why-drivers"))).contains("Конверсия сайта");
            assertThat(browser.waitFor(By.id("why-channel-vk_ads")).getText())
                    .contains("VK Реклама", "Объясняют отклонение");
            assertThat(browser.waitFor(By.id("why-channel-yandex_direct")).getText()).doesNotContain("Объясняют");
            assertThat(browser.shown(By.cssSelector("svg#why-chart"))).isTrue();
            browser.screenshot("why-red-revenue");

            // back on the KPI's page the block loads in place; against the plan it says the same
            browser.click(By.id("why-back"));
            assertThat(browser.text(By.id("kpi-name"))).isEqualTo(REVENUE);
            assertThat(browser.text(By.id("judgement-line"))).contains("отстаёт");
            browser.waitFor(By.id("why-against-PLAN"));
            String page = browser.url();
            browser.click(By.id("why-against-PLAN"));
            browser.waitForText(By.id("why-question"), "от плана");
            assertThat(browser.text(By.id("why-cause"))).isEqualTo("Причина: канал");
            assertThat(browser.text(By.id("why-evidence"))).isEqualTo(evidence);
            assertThat(browser.url()).as("htmx swaps the block, no page load").isEqualTo(page);
            browser.scrollTo(By.id("why-heading"));
            browser.screenshot("kpi-revenue-why-in-place");

            assertThat(browser.securityPolicyViolations()).isEmpty();
        }
    }

    private static String value(String measure, LocalDate day, String channel, long value, boolean money) {
        return "{\"measure\":\"%s\",\"periodStart\":\"%s\",\"grain\":\"DAY\",\"channel\":\"%s\",\"value\":\"%d\"%s}"
                .formatted(measure, day, channel, value, money ? ",\"currency\":\"RUB\"" : "");
    }
}
