package com.kpipulse.web.correction;

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

import java.net.URL;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Random;
import java.util.StringJoiner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue's journey in a real browser, through the real login: fourteen weeks of a small shop's days in the first
 * quarter of 2015 (a corner no other test writes to); in week 14 (30 March – 5 April) VK Ads converts half as well at
 * the same visits, so the week's revenue misses its goal. Hanna opens revenue's page for that week, reads in «Почему»
 * that VK Ads explains it, and creates an action from there: the form comes filled in from the analysis (the KPI, VK
 * Ads, the goal, the evidence as the hypothesis); she gives it to Sofia. Sofia finds it under «Мои действия» on her
 * scorecard and moves it on, step by step, to done, each step in place.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TheHeadTurnsARedKpisCauseIntoAnActionTheSmmSpecialistFinishesTest {

    private static final String SOURCE = "actions_journey_test";
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2015, 1, 5);
    private static final LocalDate WEEK_14 = LocalDate.of(2015, 3, 30);
    private static final String REVENUE = "Объём продаж / выручка";

    private static final String[] CHANNELS = {"yandex_direct", "vk_ads", "seo"};
    private static final int[] ORDERS = {20, 18, 12};
    private static final int[] VISITS_PER_ORDER = {40, 30, 50};
    private static final int[] CHECK = {3000, 2500, 3500};

    @TestHTTPResource("/")
    URL app;

    @Inject
    AgroalDataSource dataSource;

    private String goalId;
    private String actionId;

    @BeforeEach
    void seedTheQuarter() throws SQLException {
        cleanUp();
        Random noise = new Random(2015);
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
        goalId = TestGoals.create("""
                {"title":"Выручка недели 14 (журнал действий)","objective":"SALES","owner":"hanna",
                 "start":"2015-03-30","deadline":"2015-04-05",
                 "kpis":[{"kpi":"revenue","target":{"kind":"ABSOLUTE","value":"1030000"}}],
                 "visibleTo":["marketing-head"]}""");
    }

    @AfterEach
    void cleanUp() throws SQLException {
        Sql sql = new Sql(dataSource);
        if (actionId != null) {
            sql.execute("delete from corrective_action where id = '" + actionId + "'");
            actionId = null;
        }
        goalId = TestGoals.delete(goalId);
        sql.execute("delete from observation where source_system = '" + SOURCE + "'");
    }

    @Test
    void hannaCreatesAnActionForSofiaFromWhyRevenueIsRedAndSofiaFinishesIt() {
        try (Browser hanna = Browser.open()) {
            hanna.go(app + "kpis/revenue?grain=WEEK&day=" + WEEK_14);
            hanna.logInOnKeycloak("hanna", "hanna");
            assertThat(hanna.text(By.id("judgement-line"))).contains("отстаёт");
            hanna.click(By.id("why-against-PLAN"));
            hanna.waitForText(By.id("why-question"), "от плана");
            assertThat(hanna.text(By.id("why-cause"))).isEqualTo("Причина: канал");
            String evidence = hanna.text(By.id("why-evidence"));

            // «Создать действие» in the «Почему» block: the form comes filled in from the analysis
            hanna.click(By.id("why-new-action"));
            hanna.waitFor(By.id("action-form"));
            assertThat(hanna.url()).contains("/actions/new?kpi=revenue&grain=WEEK&day=2015-03-30");
            assertThat(hanna.text(By.id("action-prefilled"))).contains(REVENUE, "неделя 14");
            assertThat(hanna.text(By.id("action-cause"))).contains("VK Реклама");
            assertThat(hanna.waitFor(By.id("action-title-field")).getAttribute("value"))
                    .isEqualTo("Исправить «" + REVENUE + "»: Канал — VK Реклама");
            assertThat(spaced(hanna.waitFor(By.id("action-hypothesis")).getAttribute("value")))
                    .as("the evidence as the hypothesis").contains("VK Реклама", "«Конверсия сайта»")
                    .isEqualTo(spaced(evidence));
            assertThat(hanna.waitFor(By.id("channel-vk_ads")).isSelected()).isTrue();
            assertThat(hanna.waitFor(By.id("channel-seo")).isSelected()).isFalse();
            assertThat(hanna.waitFor(By.cssSelector("#action-kpi option[selected]")).getAttribute("value"))
                    .isEqualTo("revenue");
            assertThat(hanna.waitFor(By.cssSelector("#action-goal option[selected]")).getAttribute("value"))
                    .isEqualTo(goalId);
            hanna.select(By.id("action-owner"), "sofia");
            hanna.screenshot("action-prefilled-from-why");
            hanna.click(By.id("action-create"));

            hanna.waitFor(By.id("action-done"));
            actionId = hanna.url().replaceAll(".*/actions/([0-9a-f-]{36}).*", "$1");
            assertThat(hanna.text(By.id("action-title"))).startsWith("Исправить «" + REVENUE);
            assertThat(hanna.text(By.id("action-" + actionId))).contains("Sofia Smm", "предложено", "VK Реклама");
            assertThat(hanna.text(By.id("action-history"))).contains("Hanna Head предложил(а)");
            assertThat(hanna.securityPolicyViolations()).isEmpty();
        }

        try (Browser sofia = Browser.open()) {
            sofia.go(app + "scorecards/smm");
            sofia.logInOnKeycloak("sofia", "sofia");
            String row = "action-" + actionId;
            assertThat(sofia.waitForText(By.id(row), "предложено")).contains("Исправить «" + REVENUE, "VK Реклама");
            assertThat(sofia.text(By.id("my-actions-heading"))).isEqualTo("Мои действия");

            for (String[] step : new String[][]{{"ACCEPTED", "принято"}, {"IN_PROGRESS", "в работе"},
                    {"DONE", "выполнено"}}) {
                sofia.select(By.cssSelector("#" + row + " select.action-next"), step[0]);
                sofia.click(By.cssSelector("#" + row + " button.action-move"));
                sofia.waitForText(By.cssSelector("#" + row + " .action-status"), step[1]);
            }
            assertThat(sofia.shown(By.cssSelector("#" + row + " form"))).as("a done action moves no further").isFalse();
            assertThat(sofia.url()).as("each step in place, no page load").endsWith("/scorecards/smm");
            sofia.scrollTo(By.id("my-actions"));
            sofia.screenshot("my-actions-done");
            assertThat(sofia.securityPolicyViolations()).isEmpty();
        }
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).get("/api/v1/actions/" + actionId).then()
                .statusCode(200).body("status", org.hamcrest.Matchers.equalTo("DONE"),
                        "version", org.hamcrest.Matchers.equalTo(4));
    }

    /** The text with every kind of space (the figures' narrow ones, line breaks) as one plain space. */
    private static String spaced(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
    }

    private static String value(String measure, LocalDate day, String channel, long value, boolean money) {
        return "{\"measure\":\"%s\",\"periodStart\":\"%s\",\"grain\":\"DAY\",\"channel\":\"%s\",\"value\":\"%d\"%s}"
                .formatted(measure, day, channel, value, money ? ",\"currency\":\"RUB\"" : "");
    }
}
