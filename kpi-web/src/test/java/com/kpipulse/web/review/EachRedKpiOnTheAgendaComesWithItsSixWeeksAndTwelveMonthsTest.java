package com.kpipulse.web.review;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.Sql;
import com.kpipulse.web.support.TestGoals;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A red KPI's item on the review's agenda carries its 6-12, on days of 2021 and 2022 no other test writes to: social
 * traffic on the Sundays of weeks 15 to 20 of 2022 (100, 200, …, 600) against 50 on each of the same weekdays 52 weeks
 * before, and a goal of 3 000 for week 20, the review's week. The weeks' chart draws the six weeks beside last year's;
 * the months' chart ends with May 2022, whose data stop on the 22nd: it is provisional, and May 2021 is read over the
 * same 22 days (150, not the 200 of the whole month).
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EachRedKpiOnTheAgendaComesWithItsSixWeeksAndTwelveMonthsTest {

    private static final String SOURCE = "six_twelve_test";
    private static final String WEEK = "2022-W20";
    private static final LocalDate FIRST_SUNDAY = LocalDate.of(2022, 4, 17);

    @Inject
    AgroalDataSource dataSource;

    private String goalId;

    @AfterEach
    void cleanUp() throws SQLException {
        goalId = TestGoals.delete(goalId);
        Sql sql = new Sql(dataSource);
        sql.execute("delete from weekly_review where week_code = '" + WEEK + "'");
        sql.execute("delete from cycle_snapshot where period_code = '" + WEEK + "'");
        sql.execute("delete from observation where source_system = '" + SOURCE + "'");
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.accessTokenOf(user)).contentType("application/json; charset=UTF-8");
    }

    @Test
    void theWeeksAndTheMonthsAreDrawnBesideLastYearsLikeForLike() {
        StringJoiner observations = new StringJoiner(",");
        for (int week = 0; week < 6; week++) {
            LocalDate sunday = FIRST_SUNDAY.plusWeeks(week);
            observations.add(visits(sunday, 100 * (week + 1)));
            observations.add(visits(sunday.minusWeeks(52), 50));
        }
        as("ada").body("{\"source\":\"" + SOURCE + "\",\"observations\":[" + observations + "]}")
                .post("/api/v1/observations").then().log().ifValidationFails().statusCode(200);
        goalId = TestGoals.create("""
                {"title":"Переходы из соцсетей, неделя 20","objective":"TRAFFIC","owner":"sofia",
                 "start":"2022-05-16","deadline":"2022-05-22",
                 "kpis":[{"kpi":"social_traffic","target":{"kind":"ABSOLUTE","value":"3000"}}]}""");
        as("hanna").body("{\"period\":\"" + WEEK + "\"}").post("/api/v1/cycles").then().statusCode(200);
        String review = as("hanna").body("{\"week\":\"" + WEEK + "\"}").post("/api/v1/reviews").then()
                .statusCode(201).extract().path("id");

        String agenda = as("hanna").get("/reviews/" + review).then().statusCode(200).extract().asString();

        String weeks = svg(agenda, "-weeks");
        assertThat(values(weeks, "Факт")).containsExactly(100L, 200L, 300L, 400L, 500L, 600L);
        assertThat(values(weeks, "Год назад")).containsExactly(50L, 50L, 50L, 50L, 50L, 50L);
        assertThat(weeks).as("the plan of week 20").contains("class=\"line-target\"");
        String months = svg(agenda, "-months");
        List<Long> actual = values(months, "Факт");
        assertThat(actual.subList(actual.size() - 2, actual.size())).as("April and May 2022")
                .containsExactly(300L, 1800L);
        List<Long> lastYear = values(months, "Год назад");
        assertThat(lastYear.subList(lastYear.size() - 2, lastYear.size()))
                .as("April 2021, and May 2021 to the 22nd as May 2022 is").containsExactly(100L, 150L);
        assertThat(months).contains("class=\"line-actual provisional\"");
        assertThat(agenda).contains("6-12: последние 6 недель и 12 месяцев");

        String english = as("hanna").cookie("kpi_lang", "en").get("/reviews/" + review).then().statusCode(200)
                .extract().asString();
        assertThat(values(svg(english, "-weeks"), "A year before")).hasSize(6);
        String item = weeks.substring(weeks.indexOf("id=\"item-") + 9, weeks.indexOf("-weeks\""));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("item", item)
                .post("/reviews/" + review + "/present").then().statusCode(303);
        String presenter = as("hanna").get("/reviews/" + review + "/present").then().statusCode(200).extract().asString();
        assertThat(presenter).as("the presenter shows the item as the agenda does")
                .contains("id=\"item-" + item + "-weeks\"", "id=\"item-" + item + "-months\"");
    }

    private static String visits(LocalDate day, long value) {
        return "{\"measure\":\"social_visits\",\"periodStart\":\"%s\",\"grain\":\"DAY\",\"value\":\"%d\"}"
                .formatted(day, value);
    }

    /** The chart of the agenda's one KPI item whose id ends so ({@code -weeks}, {@code -months}). */
    private static String svg(String page, String suffix) {
        Matcher found = Pattern.compile("<svg class=\"chart\" id=\"item-\\d+" + suffix + "\".*?</svg>", Pattern.DOTALL)
                .matcher(page);
        assertThat(found.find()).as("a chart item-N" + suffix).isTrue();
        String chart = found.group();
        assertThat(found.find()).as("one red KPI, one chart").isFalse();
        return chart;
    }

    /** The values of a line's dots, oldest first, from their tooltips («… · Факт: 1 800»). */
    private static List<Long> values(String svg, String line) {
        Matcher dots = Pattern.compile("<title>[^<]* · " + Pattern.quote(line) + ": ([^<(]*)").matcher(svg);
        List<Long> values = new ArrayList<>();
        while (dots.find()) {
            values.add(Long.parseLong(dots.group(1).replaceAll("\\D", "")));
        }
        return values;
    }
}
