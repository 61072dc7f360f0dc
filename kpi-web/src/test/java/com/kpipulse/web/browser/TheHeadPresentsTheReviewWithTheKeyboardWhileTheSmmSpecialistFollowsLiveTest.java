package com.kpipulse.web.browser;

import com.kpipulse.localstack.RealStackResource;
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
import org.openqa.selenium.Keys;

import java.net.URL;
import java.sql.SQLException;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue's meeting in two real browsers, through the real login, on week 26 of 2023 (social traffic far short of
 * Sofia's goal): Hanna starts the review, takes attendance and presents it, stepping through the items with the
 * keyboard, while Sofia follows on her own screen and sees each item change without reloading, adding a note as she
 * goes. Hanna presses D, writes the decision, gives Sofia an action on the item, closes the review and rates it. Sofia
 * then finds the action under «Мои действия» on her scorecard and the minutes in the reviews' history.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TheHeadPresentsTheReviewWithTheKeyboardWhileTheSmmSpecialistFollowsLiveTest {

    private static final String SOURCE = "review_presenter_journey";
    private static final String WEEK = "2023-W26";
    private static final String DECISION = "Перенести 40 000 ₽ из SEO в соцсети";
    private static final String ACTION = "Запустить розыгрыш в VK (обзор недели 26)";

    @TestHTTPResource("/")
    URL app;

    @Inject
    AgroalDataSource dataSource;

    private String goalId;

    @BeforeEach
    void weekWithACycle() throws SQLException {
        cleanUp();
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json").body("""
                        {"source":"%s","observations":[
                          {"measure":"social_visits","periodStart":"2023-06-26","grain":"DAY","value":"60"},
                          {"measure":"social_visits","periodStart":"2023-07-02","grain":"DAY","value":"60"}]}"""
                        .formatted(SOURCE))
                .post("/api/v1/observations").then().statusCode(200);
        goalId = TestGoals.create("""
                {"title":"Переходы из соцсетей, неделя 26","objective":"TRAFFIC","owner":"sofia",
                 "start":"2023-06-26","deadline":"2023-07-02",
                 "kpis":[{"kpi":"social_traffic","target":{"kind":"ABSOLUTE","value":"3000"}}]}""");
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).contentType("application/json")
                .body("{\"period\":\"" + WEEK + "\"}").post("/api/v1/cycles").then().statusCode(200);
    }

    @AfterEach
    void cleanUp() throws SQLException {
        goalId = TestGoals.delete(goalId);
        Sql sql = new Sql(dataSource);
        sql.execute("delete from corrective_action where title = '" + ACTION + "'");
        sql.execute("delete from weekly_review where week_code = '" + WEEK + "'");
        sql.execute("delete from cycle_snapshot where period_code = '" + WEEK + "'");
        sql.execute("delete from observation where source_system = '" + SOURCE + "'");
    }

    @Test
    void hannaPresentsWithTheKeyboardSofiaFollowsLiveAndFindsHerActionAndTheMinutes() {
        try (Browser hanna = Browser.open(); Browser sofia = Browser.open()) {
            hanna.go(app + "reviews");
            hanna.logInOnKeycloak("hanna", "hanna");
            hanna.type(By.id("review-week"), WEEK);
            hanna.click(By.id("review-start"));
            hanna.waitFor(By.id("review-done"));
            String id = hanna.waitFor(By.id("review-title")).getAttribute("data-review");
            hanna.click(By.cssSelector("#attendance-form input[value='hanna']"));
            hanna.click(By.cssSelector("#attendance-form input[value='sofia']"));
            hanna.click(By.id("attendance-save"));
            hanna.waitFor(By.id("review-done"));
            hanna.click(By.id("review-present"));
            String first = stageItem(hanna, "presenter-stage", null);

            sofia.go(app + "reviews/" + id + "/follow");
            sofia.logInOnKeycloak("sofia", "sofia");
            stageItem(sofia, "follower-stage", first);
            sofia.runScript("window.followedWithoutReload = true;");

            hanna.waitFor(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT);
            String second = stageItem(hanna, "presenter-stage", null, first);
            stageItem(sofia, "follower-stage", second);
            hanna.waitFor(By.tagName("body")).sendKeys(Keys.ARROW_LEFT);
            stageItem(hanna, "presenter-stage", first);
            stageItem(sofia, "follower-stage", first);
            String onItem = first;
            while (!hanna.shown(By.cssSelector("#item-" + onItem + " .agenda-action-form"))) {
                hanna.waitFor(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT);
                onItem = stageItem(hanna, "presenter-stage", null, onItem);
            }
            stageItem(sofia, "follower-stage", onItem);
            assertThat(sofia.evaluate("return window.followedWithoutReload === true;")).as("no reload").isEqualTo(true);
            assertThat(sofia.shown(By.id("presenter-next"))).as("a follower does not move the presenter").isFalse();
            hanna.screenshot("review-presenter");

            sofia.type(By.id("item-" + onItem + "-note-text"), "Креативы готовы к четвергу");
            sofia.click(By.cssSelector("#item-" + onItem + " .agenda-add-note"));
            sofia.waitForText(By.id("item-" + onItem + "-notes"), "Креативы готовы к четвергу");
            sofia.screenshot("review-follower");

            hanna.waitFor(By.tagName("body")).sendKeys("d");
            assertThat(hanna.evaluate("return document.activeElement.id;")).isEqualTo("item-" + onItem + "-decision-text");
            hanna.waitFor(By.id("item-" + onItem + "-decision-text")).sendKeys(DECISION);
            hanna.click(By.cssSelector("#item-" + onItem + " .agenda-decide"));
            hanna.waitForText(By.id("item-" + onItem + "-decision"), DECISION);
            hanna.type(By.id("item-" + onItem + "-action-title"), ACTION);
            hanna.select(By.id("item-" + onItem + "-action-owner"), "sofia");
            hanna.click(By.cssSelector("#item-" + onItem + " .agenda-take-action"));
            hanna.waitForText(By.id("item-" + onItem + "-actions"), ACTION);

            hanna.waitFor(By.cssSelector("#close-form input[name='rating']")).sendKeys("9");
            hanna.waitFor(By.cssSelector("#close-form label:nth-of-type(2) input[name='rating']")).sendKeys("8");
            hanna.click(By.id("review-close"));
            assertThat(hanna.waitForText(By.id("minutes-text"), DECISION)).contains("Креативы готовы к четвергу");
            assertThat(hanna.securityPolicyViolations()).isEmpty();

            sofia.go(app + "scorecards/smm");
            assertThat(sofia.text(By.id("my-actions-heading"))).isEqualTo("Мои действия");
            sofia.waitForText(By.id("my-actions"), ACTION);
            sofia.go(app + "reviews");
            sofia.click(By.cssSelector("#review-" + id + " a[href$='/minutes']"));
            assertThat(sofia.waitForText(By.id("minutes-text"), DECISION)).contains("Креативы готовы к четвергу");
            assertThat(sofia.securityPolicyViolations()).isEmpty();
        }
    }

    /**
     * Waits until the stage shows the item {@code expected} (any item when null, any but {@code not}) and answers it.
     */
    private static String stageItem(Browser browser, String stage, String expected, String... not) {
        By selector = expected == null ? By.cssSelector("#" + stage + "[data-item]")
                : By.cssSelector("#" + stage + "[data-item='" + expected + "']");
        if (not.length > 0) {
            selector = By.cssSelector("#" + stage + "[data-item]:not([data-item='" + not[0] + "'])");
        }
        return browser.waitFor(selector).getAttribute("data-item");
    }
}
