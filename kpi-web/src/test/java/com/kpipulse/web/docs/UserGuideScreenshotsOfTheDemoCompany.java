package com.kpipulse.web.docs;

import com.kpipulse.web.browser.Browser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user guide's screenshots, taken from the demo company as {@code ./kpi run} serves it (not from test data): each
 * person of the demo realm opens the pages the guide shows them, in Russian. Run by {@code ./kpi screenshots}, which
 * starts the product, runs this tour against it and writes {@code docs/images/}; it is not part of {@code ./kpi test}.
 */
@Tag("docs")
class UserGuideScreenshotsOfTheDemoCompany {

    private static final String APP = System.getProperty("kpi.docs.url", "http://localhost:8080/");
    private static final Path IMAGES = Path.of(System.getProperty("kpi.docs.images", "../docs/images"));

    @Test
    void theSmmSpecialistSeesHerHomeHerScorecardAndNoSetup() {
        try (Browser browser = Browser.open()) {
            browser.go(APP);
            browser.logInOnKeycloak("sofia", "sofia");
            browser.waitFor(By.id("user-name"));
            shoot(browser, "home-sofia");

            browser.go(APP + "scorecards/smm");
            browser.waitFor(By.id("scorecard-table"));
            shoot(browser, "scorecard-smm");

            browser.go(APP + "admin");
            assertThat(browser.text(By.id("forbidden"))).isEqualTo("Доступ запрещён");
            shoot(browser, "forbidden-admin");
        }
    }

    @Test
    void theHeadSeesHerGoalsAKpiItsPaceAndItsCampaigns() {
        try (Browser browser = Browser.open()) {
            browser.go(APP + "scorecards/head");
            browser.logInOnKeycloak("hanna", "hanna");
            browser.waitFor(By.id("goals"));
            shoot(browser, "scorecard-head-goal");

            browser.go(APP + "kpis/revenue");
            browser.waitFor(By.id("kpi-name"));
            shoot(browser, "kpi-detail");
            if (browser.shown(By.id("pacing-heading"))) {
                browser.scrollTo(By.id("pacing-heading"));
                shoot(browser, "kpi-detail-pacing");
            }
            browser.click(By.id("campaigns-yandex_direct"));
            browser.waitForText(By.id("kpi-campaigns"), "Яндекс Директ");
            browser.scrollTo(By.id("channels-heading"));
            shoot(browser, "kpi-detail-campaigns");

            // last week's cycle: run it when it has not run yet, then read its deviations
            browser.go(APP + "cycles/" + lastWeek());
            browser.waitFor(By.id("cycle-title"));
            if (browser.shown(By.id("cycle-not-run"))) {
                browser.click(By.id("cycle-run"));
                browser.waitFor(By.id("cycle-ran"));
            }
            shoot(browser, "cycle-page");
            if (browser.shown(By.cssSelector("#cycle-proposals article.proposal"))) {
                browser.scrollTo(By.id("cycle-proposals"));
                shoot(browser, "cycle-proposal");
            }
            // a budget reallocation proposed by a cycle of the story: the weeks before, then the last month
            By reallocation = By.cssSelector("#cycle-proposals article.proposal-reallocation");
            for (String period : List.of(lastWeek(1), lastWeek(2), lastMonth())) {
                browser.go(APP + "cycles/" + period);
                browser.waitFor(By.id("cycle-title"));
                if (browser.shown(reallocation)) {
                    browser.scrollTo(reallocation);
                    shoot(browser, "cycle-proposal-reallocation");
                    break;
                }
            }

            // a deviation a channel explains, followed from the cycle to its «Почему» as the head would
            By channelWhy = By.xpath("//table[@id='deviations']/tbody[.//span[contains(@class, 'cause-channel')]]"
                    + "//a[contains(@class, 'cause-why')]");
            if (browser.shown(channelWhy)) {
                browser.click(channelWhy);
            } else if (browser.shown(By.cssSelector("#deviations a.cause-why"))) {
                browser.click(By.cssSelector("#deviations a.cause-why"));
            } else {
                browser.go(APP + "kpis/revenue/why");
            }
            browser.waitFor(By.id("why-heading"));
            shoot(browser, "kpi-why");

            // the corrective actions, and the demo's measured one: did the new landing page work?
            browser.go(APP + "actions");
            browser.waitFor(By.id("actions-title"));
            shoot(browser, "actions-list");
            By measured = By.xpath("//table[@id='actions']//a[contains(., 'посадочная страница')]");
            if (browser.shown(measured)) {
                browser.click(measured);
                browser.waitFor(By.id("action-title"));
                if (browser.shown(By.id("effect-heading"))) {
                    browser.scrollTo(By.id("effect-heading"));
                }
                shoot(browser, "action-effect");
            }

            browser.go(APP + "budget");
            browser.waitFor(By.id("budget-title"));
            shoot(browser, "budget-page");

            browser.go(APP + "goals");
            browser.waitFor(By.id("goal-list"));
            shoot(browser, "goals-list");
            browser.click(By.cssSelector("#goal-list a.goal-link"));
            browser.waitFor(By.id("goal-kpis"));
            shoot(browser, "goal-page");
        }
    }

    @Test
    void theHeadRunsTheWeeklyReviewAndClosesItIntoMinutes() {
        try (Browser browser = Browser.open()) {
            browser.go(APP + "reviews");
            browser.logInOnKeycloak("hanna", "hanna");
            browser.waitFor(By.id("reviews-title"));
            browser.click(By.id("review-start"));
            browser.waitFor(By.id("agenda"));
            shoot(browser, "review-agenda");
            By sixTwelve = By.cssSelector("#agenda .agenda-six-twelve");
            if (browser.shown(sixTwelve)) {
                browser.scrollTo(sixTwelve);
                shoot(browser, "review-six-twelve");
            }
            String agenda = browser.url().replaceAll("[?#].*", "");
            browser.go(agenda + "/present");
            browser.waitFor(By.id("presenter"));
            shoot(browser, "review-presenter");
            browser.go(agenda);
            browser.waitFor(By.id("agenda"));

            By decision = By.cssSelector("#agenda .agenda-decision-form textarea");
            if (browser.shown(decision)) {
                browser.type(decision, "Перенести 20 % бюджета VK Рекламы в Яндекс Директ на две недели");
                browser.click(By.cssSelector("#agenda .agenda-decision-form .agenda-decide"));
                browser.waitForText(By.cssSelector("#agenda .agenda-decision-text"), "Перенести 20 %");
            }
            browser.go(browser.url());   // the page again: its forms at the review's version after the decision
            browser.waitFor(By.id("attendance-form"));
            browser.runScript("document.querySelectorAll(\"#attendance-form input[name='present']\")"
                    + ".forEach(function (box) { box.checked = ['hanna', 'mark', 'sofia'].indexOf(box.value) >= 0; });");
            browser.click(By.id("attendance-save"));
            browser.waitFor(By.cssSelector("#close-form input[name='rating']"));
            browser.runScript("document.querySelectorAll(\"#close-form input[name='rating']\")"
                    + ".forEach(function (rating) { rating.value = '8'; });");
            browser.click(By.id("review-close"));
            browser.waitFor(By.id("minutes-text"));
            shoot(browser, "review-minutes");
        }
    }

    @Test
    void theMarketerSortsHisChannelsAndChecksAFileBeforeImportingIt() throws IOException {
        try (Browser browser = Browser.open()) {
            browser.go(APP + "scorecards/marketer");
            browser.logInOnKeycloak("mark", "mark");
            browser.waitFor(By.id("by-channel-table"));
            By revenue = By.cssSelector("#by-channel-table th[data-column='revenue'] button[data-sort-column]");
            browser.click(revenue);
            browser.click(revenue);
            browser.scrollTo(By.id("by-channel"));
            shoot(browser, "scorecard-marketer-channels-sorted");

            browser.go(APP + "imports");
            browser.waitFor(By.id("imports"));
            shoot(browser, "imports-list");
            browser.click(By.cssSelector("#imports td a"));
            browser.waitFor(By.id("report-status"));
            shoot(browser, "import-report");

            // yesterday's spend of Yandex Direct again, with other figures: the preview says what it would replace
            LocalDate yesterday = LocalDate.now().minusDays(1);
            Path file = Files.createTempFile("direct-spend-", ".csv");
            try {
                Files.writeString(file, String.join("\n", List.of("date,channel,campaign,ad_spend,clicks",
                        yesterday + ",yandex_direct,,15000.00,610", yesterday.minusDays(1) + ",yandex_direct,,14200.00,575")));
                browser.go(APP + "imports/new");
                browser.waitFor(By.id("file")).sendKeys(file.toString());
                browser.click(By.id("preview-button"));
                browser.waitFor(By.id("preview-counts"));
                browser.scrollTo(By.id("preview-counts"));
                shoot(browser, "import-preview");
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    @Test
    void theAdminReviewsAGoalInTheWizardAndKeepsTheChannelRules() {
        try (Browser browser = Browser.open()) {
            browser.go(APP + "goals");
            browser.logInOnKeycloak("ada", "ada");
            browser.click(By.cssSelector("#goal-list a.goal-link"));
            browser.waitFor(By.id("goal-kpis"));
            String goal = browser.url().replaceAll(".*/goals/", "").replaceAll("[?#].*", "");

            browser.go(APP + "admin/goals/" + goal + "/edit");
            browser.waitFor(By.id("smart-review"));
            browser.scrollTo(By.id("smart-review"));
            shoot(browser, "goal-wizard");
            browser.select(By.id("phasing"), "MANUAL");
            browser.waitFor(By.id("manual-phasing"));
            browser.scrollTo(By.id("manual-phasing"));
            shoot(browser, "goal-wizard-manual");

            browser.go(APP + "admin/channels");
            browser.waitFor(By.cssSelector("form"));
            shoot(browser, "channel-rules");
        }
    }

    /** The last week that is over, as a cycle names it: {@code 2026-W48}. */
    private static String lastWeek() {
        return lastWeek(0);
    }

    /** The month before this one, as a cycle names it. */
    private static String lastMonth() {
        LocalDate first = LocalDate.now().withDayOfMonth(1).minusMonths(1);
        return "%d-%02d".formatted(first.getYear(), first.getMonthValue());
    }

    /** The whole week {@code before} weeks before the last one. */
    private static String lastWeek(int before) {
        LocalDate monday = LocalDate.now().with(java.time.DayOfWeek.MONDAY).minusWeeks(1 + before);
        return "%d-W%02d".formatted(monday.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                monday.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static void shoot(Browser browser, String name) {
        browser.saveScreenshot(IMAGES.resolve(name + ".png"));
    }
}
