package com.kpipulse.web.scorecard;

import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.TestGoals;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One KPI, one period, one status: the visits from social networks against a goal the head and the SMM specialist
 * both see, read on the head's KPI rows, the head's goals table, the SMM scorecard and the KPI detail. Once for a
 * month that is over, once for the quarter that is running now (judged up to yesterday in all four places).
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class OneKpiHasOneStatusForOnePeriodOnEveryPageTest {

    private static final String SOURCE = "one_status_test";
    private static final String NBSP = "\u00A0";

    @Inject
    AgroalDataSource dataSource;

    private String goalId;

    @AfterEach
    void cleanUp() throws SQLException {
        goalId = TestGoals.delete(goalId);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("delete from observation where source_system = '" + SOURCE + "'");
        }
    }

    @Test
    void aMonthThatIsOverHasTheSameAttainmentAndStatusOnAllFourPages() {
        // April 2023: 2 700 visits from social networks against 3 000, delivered to its last day
        seed(new StringJoiner(",").add(visits("2023-04-03", 900)).add(visits("2023-04-14", 1000))
                .add(visits("2023-04-30", 800)).toString());
        goalId = goal("2023-04-01", "2023-04-30", "3000");

        assertEverywhere(Grain.MONTH, LocalDate.of(2023, 4, 1), "90,0" + NBSP + "%", "под угрозой");
    }

    @Test
    void theRunningQuarterIsJudgedUpToYesterdayTheSameWayOnAllFourPages() {
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1); // the app runs on the system clock in UTC
        Period quarter = Period.of(Grain.QUARTER, yesterday);
        // 120 visits every day so far against 100 a day: 120 % whatever the day of the quarter
        StringJoiner values = new StringJoiner(",");
        for (LocalDate day = quarter.start(); !day.isAfter(yesterday); day = day.plusDays(1)) {
            values.add(visits(day.toString(), 120));
        }
        seed(values.toString());
        goalId = goal(quarter.start().toString(), quarter.lastDay().toString(), Long.toString(100 * quarter.days()));

        assertEverywhere(Grain.QUARTER, yesterday, "120,0" + NBSP + "%", "в плане");
    }

    private void assertEverywhere(Grain grain, LocalDate day, String attainment, String status) {
        String head = page("hanna", "/scorecards/head", grain, day);
        String row = row(head, "kpi-social_traffic");
        assertThat(row).as("the head's KPI row").contains(attainment, status, "из цели",
                "href=\"/kpis/social_traffic?grain=" + grain + "&amp;day=");

        String goals = head.substring(head.indexOf("id=\"goals-table\""));
        String line = goals.substring(goals.indexOf("Переходы из соцсетей в цели"), goals.indexOf("</tr>", goals.indexOf("Переходы из соцсетей в цели")));
        assertThat(line).as("the head's goals table").contains(attainment, status, "href=\"/kpis/social_traffic");

        assertThat(row(page("sofia", "/scorecards/smm", grain, day), "kpi-social_traffic")).as("the SMM scorecard")
                .contains(attainment, status);

        for (String user : new String[]{"hanna", "sofia"}) {
            String detail = page(user, "/kpis/social_traffic", grain, day);
            String judgement = detail.substring(detail.indexOf("id=\"kpi-judgement\""), detail.indexOf("</section>",
                    detail.indexOf("id=\"kpi-judgement\"")));
            assertThat(judgement).as("the KPI detail for %s", user).contains(status, "выполнение " + attainment);
            assertThat(detail).as("the pace on the KPI detail").contains("выполнение " + attainment + ".");
        }
    }

    private static String goal(String start, String deadline, String target) {
        return TestGoals.create("""
                {"title":"Переходы из соцсетей в цели","objective":"TRAFFIC","owner":"sofia",
                 "start":"%s","deadline":"%s",
                 "kpis":[{"kpi":"social_traffic","target":{"kind":"ABSOLUTE","value":"%s"}}],
                 "visibleTo":["marketing-head","smm-specialist"]}""".formatted(start, deadline, target));
    }

    private static void seed(String observations) {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body("{\"source\":\"" + SOURCE + "\",\"observations\":[" + observations + "]}")
                .when().post("/api/v1/observations").then().log().ifValidationFails().statusCode(200);
    }

    private static String visits(String day, int value) {
        return "{\"measure\":\"social_visits\",\"periodStart\":\"%s\",\"grain\":\"DAY\",\"value\":\"%d\"}".formatted(day, value);
    }

    private static String page(String user, String path, Grain grain, LocalDate day) {
        RequestSpecification request = given().auth().oauth2(KeycloakTokens.accessTokenOf(user));
        return request.queryParam("grain", grain.name()).queryParam("day", day.toString())
                .when().get(path).then().statusCode(200).extract().asString();
    }

    private static String row(String html, String id) {
        Matcher matcher = Pattern.compile("<tr id=\"" + id + "\".*?</tr>", Pattern.DOTALL).matcher(html);
        assertThat(matcher.find()).as("row %s on the page", id).isTrue();
        return matcher.group();
    }
}
