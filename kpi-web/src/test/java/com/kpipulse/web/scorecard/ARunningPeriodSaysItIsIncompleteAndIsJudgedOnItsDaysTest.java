package com.kpipulse.web.scorecard;

import com.kpipulse.domain.evaluation.Figures;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.TestGoals;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The head looks at the period that is running now (the first of week, month or quarter that has a day over, by the
 * company's clock): 120 leads a day so far, today's first figures included, against 100 a day in the whole period
 * before, and a goal of 100 leads a day for the running period. The page says the period is incomplete and up to
 * which day, judges the days that are over against their share of the goal, compares them with the same days of the
 * period before, and the KPI detail, its chart and the values API say the same.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ARunningPeriodSaysItIsIncompleteAndIsJudgedOnItsDaysTest {

    private static final String SOURCE = "provisional_test";
    private static final String NBSP = "\u00A0";
    private static final Locale RU = Locale.forLanguageTag("ru");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    private String goalId;
    private LocalDate today;
    private LocalDate yesterday;
    private Grain grain;
    private Period running;
    private long covered;

    @BeforeEach
    void seed() throws SQLException {
        cleanUp();
        today = LocalDate.now(clock);
        yesterday = today.minusDays(1);
        Optional<Grain> withADayOver = Stream.of(Grain.WEEK, Grain.MONTH, Grain.QUARTER)
                .filter(candidate -> !Period.of(candidate, today).start().equals(today)).findFirst();
        assumeTrue(withADayOver.isPresent(), "today starts a week, a month and a quarter: no running period has a day over");
        grain = withADayOver.get();
        running = Period.of(grain, today);
        covered = ChronoUnit.DAYS.between(running.start(), today);
        StringJoiner values = new StringJoiner(",");
        for (LocalDate day = running.previous().start(); day.isBefore(running.start()); day = day.plusDays(1)) {
            values.add(leads(day, 100));
        }
        for (LocalDate day = running.start(); !day.isAfter(today); day = day.plusDays(1)) {
            values.add(leads(day, 120));
        }
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body("{\"source\":\"" + SOURCE + "\",\"observations\":[" + values + "]}")
                .when().post("/api/v1/observations").then().log().ifValidationFails().statusCode(200);
        goalId = TestGoals.create("""
                {"title":"Лиды текущего периода","objective":"SALES","owner":"hanna","start":"%s","deadline":"%s",
                 "kpis":[{"kpi":"leads","target":{"kind":"ABSOLUTE","value":"%d"}}],"visibleTo":["marketing-head"]}"""
                .formatted(running.start(), running.lastDay(), 100 * running.days()));
    }

    @AfterEach
    void cleanUp() throws SQLException {
        goalId = TestGoals.delete(goalId);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("delete from observation where source_system = '" + SOURCE + "'");
        }
    }

    @Test
    void theRunningPeriodSaysItIsIncompleteAndIsJudgedAndComparedOnTheDaysThatAreOver() {
        String html = page("hanna", "/scorecards/head", grain, today).extract().asString();

        assertThat(html).contains("id=\"period-provisional\"", "неполный период: данные по "
                + yesterday.format(DateTimeFormatter.ofPattern("dd.MM")) + ", " + covered + " из " + running.days() + " д");
        String row = row(html, "kpi-leads");
        assertThat(row).as("to date, without today's first figures").contains(count(120 * covered));
        assertThat(row).as("the goal's share of the days that are over").contains(count(100 * covered));
        assertThat(row).contains("120,0" + NBSP + "%", "в плане", "+20,0" + NBSP + "%", "лучше",
                "против тех же дней предыдущего периода").doesNotContain("отстаёт", "хуже");

        String english = request("hanna", grain, today).cookie("kpi_lang", "en")
                .when().get("/scorecards/head").then().statusCode(200).extract().asString();
        assertThat(english).contains("incomplete period: data to "
                + yesterday.format(DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH)) + ", " + covered + " of "
                + running.days() + " days");
    }

    @Test
    void theScorecardOpensOnTheLastWeekThatIsOverAndTheRunningOneIsAClickAway() {
        String html = given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).when().get("/scorecards/head")
                .then().statusCode(200).extract().asString();

        Period lastWeek = Period.endingBy(Grain.WEEK, yesterday);
        assertThat(html).contains("name=\"day\" value=\"" + lastWeek.start() + "\"", "<option value=\"WEEK\" selected>",
                lastWeek.label(RU));
        Period runningWeek = Period.of(Grain.WEEK, today);
        assertThat(html).contains("id=\"period-running\" href=\"/scorecards/head?grain=WEEK&amp;day=" + runningWeek.start() + "\"",
                "Идёт сейчас: неделя");
    }

    @Test
    void theKpiDetailDrawsTheRunningPeriodHollowAndDashedAndSaysWhy() {
        String html = page("hanna", "/kpis/leads", grain, today).extract().asString();

        assertThat(html).contains("id=\"kpi-provisional\"", "неполный период: данные по", "id=\"kpi-chart-provisional\"");
        String chart = html.substring(html.indexOf("<svg class=\"chart\" id=\"kpi-chart\""),
                html.indexOf("</svg>", html.indexOf("<svg class=\"chart\" id=\"kpi-chart\"")));
        assertThat(chart).as("the running period's point is hollow").contains("<circle class=\"line-actual provisional\"");
        assertThat(chart).as("the segment to it is dashed").contains("<path class=\"line-actual provisional\" stroke-dasharray=");
        assertThat(chart.split("class=\"line-actual provisional\"")).as("one hollow point and one dashed segment").hasSize(3);
        assertThat(html).contains("те же дни предыдущего периода");
    }

    @Test
    void theValuesApiGivesTheRunningPeriodToDateWithItsDaysCovered() {
        JsonPath kpi = given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna"))
                .queryParam("from", running.previous().start().toString()).queryParam("to", running.lastDay().toString())
                .queryParam("grain", grain.name()).when().get("/api/v1/kpis/leads/values")
                .then().statusCode(200).extract().jsonPath();

        assertThat(kpi.getBoolean("values[0].provisional")).isFalse();
        assertThat(kpi.getLong("values[0].daysCovered")).isEqualTo(running.previous().days());
        assertThat(new BigDecimal(kpi.getString("values[0].value"))).isEqualByComparingTo(BigDecimal.valueOf(100 * running.previous().days()));
        assertThat(kpi.getBoolean("values[1].provisional")).isTrue();
        assertThat(kpi.getLong("values[1].daysCovered")).isEqualTo(covered);
        assertThat(kpi.getLong("values[1].days")).isEqualTo(running.days());
        assertThat(kpi.getString("values[1].coveredTo")).isEqualTo(yesterday.toString());
        assertThat(new BigDecimal(kpi.getString("values[1].value"))).isEqualByComparingTo(BigDecimal.valueOf(120 * covered));
        assertThat(kpi.getBoolean("total.provisional")).isTrue();

        JsonPath measure = given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna"))
                .queryParam("from", running.start().toString()).queryParam("to", running.lastDay().toString())
                .queryParam("grain", grain.name()).when().get("/api/v1/measures/leads/values")
                .then().statusCode(200).extract().jsonPath();
        assertThat(measure.getBoolean("values[0].provisional")).isTrue();
        assertThat(measure.getLong("values[0].daysCovered")).isEqualTo(covered);
    }

    private static String leads(LocalDate day, int value) {
        return "{\"measure\":\"leads\",\"periodStart\":\"%s\",\"grain\":\"DAY\",\"channel\":\"seo\",\"value\":\"%d\"}"
                .formatted(day, value);
    }

    private static String count(long value) {
        return Figures.format(BigDecimal.valueOf(value), Unit.COUNT, Optional.empty(), RU);
    }

    private static io.restassured.response.ValidatableResponse page(String user, String path, Grain grain, LocalDate day) {
        return request(user, grain, day).when().get(path).then().statusCode(200);
    }

    private static RequestSpecification request(String user, Grain grain, LocalDate day) {
        return given().auth().oauth2(KeycloakTokens.accessTokenOf(user)).queryParam("grain", grain.name())
                .queryParam("day", day.toString());
    }

    private static String row(String html, String id) {
        Matcher matcher = Pattern.compile("<tr id=\"" + id + "\".*?</tr>", Pattern.DOTALL).matcher(html);
        assertThat(matcher.find()).as("row %s on the page", id).isTrue();
        return matcher.group();
    }
}
