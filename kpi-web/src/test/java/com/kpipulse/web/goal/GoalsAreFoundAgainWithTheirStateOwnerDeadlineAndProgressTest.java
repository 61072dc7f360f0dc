package com.kpipulse.web.goal;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.TestGoals;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A goal on brand mentions running from 30 days ago for 91 days, 900 mentions in all, phased evenly; 600 mentions
 * were counted on its first day and none since, counted up to yesterday. Only the marketing head's role (and admins)
 * may see it.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class GoalsAreFoundAgainWithTheirStateOwnerDeadlineAndProgressTest {

    private static final String TITLE = "Больше упоминаний бренда (список целей)";
    private static final LocalDate START = LocalDate.now().minusDays(30);
    /** The last day that is over: what is due is due by then; the mentions are counted up to it. */
    private static final LocalDate YESTERDAY = LocalDate.now().minusDays(1);
    private static final LocalDate DEADLINE = START.plusDays(90);
    private static final String NBSP = "\u00A0";

    @Inject
    AgroalDataSource dataSource;

    private String goalId;

    @BeforeEach
    void aGoalWithMentions() {
        goalId = TestGoals.create("""
                {"title":"%s","objective":"BRAND_AWARENESS","owner":"hanna","start":"%s","deadline":"%s",
                 "kpis":[{"kpi":"mentions","target":{"kind":"ABSOLUTE","value":"900"}},{"kpi":"engagement_rate"}],
                 "visibleTo":["marketing-head"]}""".formatted(TITLE, START, DEADLINE));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body("""
                        {"observations":[{"measure":"mentions","periodStart":"%s","channel":"smm_vk","value":"600"},
                          {"measure":"mentions","periodStart":"%s","channel":"smm_vk","value":"0"}]}"""
                        .formatted(START, YESTERDAY))
                .when().post("/api/v1/observations").then().statusCode(200);
    }

    @AfterEach
    void clean() throws SQLException {
        goalId = TestGoals.delete(goalId);
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("delete from observation where measure = 'mentions' and period_start in (date '"
                    + START + "', date '" + YESTERDAY + "')");
        }
    }

    @Test
    void theListShowsTheStateInWordsTheOwnersNameTheDeadlineAndTheProgressAgainstTheTarget() {
        String html = page("hanna", "/goals");

        String row = html.substring(html.indexOf("id=\"goal-" + goalId + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("href=\"/goals/" + goalId + "\"", TITLE, "в плане", "Hanna Head",
                DEADLINE.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                "Упоминания бренда: 66,7" + NBSP + "% плана, к " + YESTERDAY.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                        + " нужно ");
        assertThat(html).contains("id=\"nav-goals\"", "href=\"/goals?archived=true\"");

        String english = given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).cookie("kpi_lang", "en")
                .when().get("/goals").then().statusCode(200).extract().asString();
        assertThat(english).contains("on track", "Brand mentions: 66.7% of the target", DEADLINE.toString());
    }

    @Test
    void theGoalsPageShowsEachKpiWithTargetDueActualAndPaceLinkedToItsPage() {
        String html = page("hanna", "/goals/" + goalId);

        assertThat(html).contains("id=\"goal-title\">" + TITLE, "Ответственный: Hanna Head", "Бизнес-задача: Узнаваемость бренда",
                "Видят: Руководитель отдела маркетинга");
        String mentions = html.substring(html.indexOf("id=\"goal-kpi-mentions\""));
        mentions = mentions.substring(0, mentions.indexOf("</tr>"));
        assertThat(mentions).contains("href=\"/kpis/mentions\"", "Упоминания бренда", ">900<", ">600<", "66,7" + NBSP + "%",
                "в плане");
        String rate = html.substring(html.indexOf("id=\"goal-kpi-engagement_rate\""));
        assertThat(rate.substring(0, rate.indexOf("</tr>"))).contains("href=\"/kpis/engagement_rate\"", "без плана");
        assertThat(html).as("only admins manage goals").doesNotContain("id=\"archive-form\"", "id=\"delete-form\"");
        assertThat(page("ada", "/goals/" + goalId)).contains("id=\"archive-form\"", "id=\"delete-form\"",
                "href=\"/admin/goals/" + goalId + "/edit\"", "name=\"version\" value=\"1\"", "name=\"_csrf\"");
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).when().get("/kpis/mentions").then().statusCode(200);
    }

    @Test
    void aGoalForOtherRolesIsNeitherListedNorOpenedAndAnUnknownOneIsNotFound() {
        assertThat(page("vic", "/goals")).doesNotContain(TITLE);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).when().get("/goals/" + goalId).then().statusCode(403);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).when().get("/goals/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).when().get("/goals?archived=maybe").then().statusCode(400);
    }

    @Test
    void theStartPageAndTheAdminPageLeadToTheGoals() {
        assertThat(page("vic", "/")).contains("href=\"/goals\"");
        assertThat(page("ada", "/admin")).contains("id=\"all-goals\" href=\"/goals\"");
    }

    private static String page(String user, String path) {
        return given().auth().oauth2(KeycloakTokens.accessTokenOf(user)).when().get(path)
                .then().statusCode(200).extract().asString();
    }
}
