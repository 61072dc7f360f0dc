package com.kpipulse.web.kpi;

import com.kpipulse.domain.evaluation.Figures;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.period.Coverage;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.PartOfPeriod;
import com.kpipulse.domain.period.Period;
import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
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
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The period running now (the first of week, month or quarter with a day over, by the company's clock) and the one
 * before: two channels, each 100 visits, 4 orders and 4 000 ₽ every day; today's first figures are a single order.
 * Asked why revenue moved, the block and the API compare the days that are over with the same days of the period
 * before — no drop — and say so; the block opens on the last period that is over, the running one a click away.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WhyOnARunningPeriodComparesTheSameDaysTest {

    private static final String SOURCE = "why_running_test";
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final int DAILY = 2 * 4_000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    private LocalDate today;
    private Grain grain;
    private Period running;
    private PartOfPeriod compared;
    private PartOfPeriod reference;

    @BeforeEach
    void seed() throws SQLException {
        cleanUp();
        today = LocalDate.now(clock);
        Optional<Grain> withADayOver = Stream.of(Grain.WEEK, Grain.MONTH, Grain.QUARTER)
                .filter(candidate -> !Period.of(candidate, today).start().equals(today)).findFirst();
        assumeTrue(withADayOver.isPresent(), "today starts a week, a month and a quarter: no running period has a day over");
        grain = withADayOver.get();
        running = Period.of(grain, today);
        compared = Coverage.of(running, today.minusDays(1)).toDate().orElseThrow();
        reference = compared.previous();
        StringJoiner values = new StringJoiner(",");
        for (LocalDate day = running.previous().start(); day.isBefore(today); day = day.plusDays(1)) {
            for (String channel : new String[] {"vk_ads", "yandex_direct"}) {
                values.add(day(day, channel, "visits", 100)).add(day(day, channel, "orders", 4))
                        .add(day(day, channel, "revenue", 4_000));
            }
        }
        values.add(day(today, "vk_ads", "visits", 10)).add(day(today, "vk_ads", "orders", 1))
                .add(day(today, "vk_ads", "revenue", 1_000));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body("{\"source\":\"" + SOURCE + "\",\"observations\":[" + values + "]}")
                .when().post("/api/v1/observations").then().log().ifValidationFails().statusCode(200);
    }

    @AfterEach
    void cleanUp() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("delete from observation where source_system = '" + SOURCE + "'");
        }
    }

    @Test
    void theBlockSaysThePeriodIsProvisionalAndWhichDaysItComparesWithWhich() {
        String block = tight(given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).header("HX-Request", "true")
                .queryParam("grain", grain.name()).queryParam("day", today.toString())
                .when().get("/kpis/revenue/why").then().statusCode(200).extract().asString());

        assertThat(block).contains("id=\"why-provisional\"", "учтено " + compared.part().days() + " из "
                + running.days() + " дней, выводы предварительные");
        String sameDays = switch (grain) {
            case MONTH -> "прошлого месяца";
            case QUARTER -> "прошлого квартала";
            default -> "прошлой недели";
        };
        assertThat(block).contains("<p class=\"note\" id=\"why-same-days\">Учтены дни " + compared.part().label(RU)
                + " — по сравнению с теми же днями " + sameDays + ": " + reference.part().label(RU) + ".</p>");
        assertThat(block).as("the days over against as many days before, today's first figures left out")
                .contains("<p id=\"why-deviation\">Отклонение: " + change(compared.part().days() - reference.part().days())
                        + " (было " + rubles(reference.part().days() * DAILY) + ", стало "
                        + rubles(compared.part().days() * DAILY) + ")</p>");
        Period lastOver = running.previous();
        assertThat(block).as("the last period that is over is a click away")
                .contains("id=\"why-other-period\" href=\"/kpis/revenue/why?grain=" + grain.name() + "&amp;day="
                        + lastOver.start() + "\"", "Последний законченный период: " + lastOver.label(RU));

        String english = given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).cookie("kpi_lang", "en")
                .header("HX-Request", "true").queryParam("grain", grain.name()).queryParam("day", today.toString())
                .when().get("/kpis/revenue/why").then().statusCode(200).extract().asString();
        assertThat(english).contains("Days " + compared.part().label(Locale.ENGLISH) + " counted, compared with the same"
                + " days of", reference.part().label(Locale.ENGLISH));
    }

    @Test
    void withoutADayTheBlockOpensOnTheLastPeriodOverAndTheRunningOneIsAClickAway() {
        String block = tight(given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).header("HX-Request", "true")
                .queryParam("grain", grain.name())
                .when().get("/kpis/revenue/why").then().statusCode(200).extract().asString());

        assertThat(block).contains(running.previous().labelAsObject(RU)).doesNotContain("id=\"why-provisional\"",
                "id=\"why-same-days\"");
        assertThat(block).contains("id=\"why-other-period\" href=\"/kpis/revenue/why?grain=" + grain.name() + "&amp;day="
                + running.start() + "\"", "Идёт сейчас, предварительно: " + running.label(RU));
    }

    @Test
    void theApiGivesTheDaysComparedOnBothSides() {
        JsonPath answer = given().auth().oauth2(KeycloakTokens.accessTokenOf("mark"))
                .queryParam("period", running.code()).queryParam("compareTo", "PREVIOUS")
                .when().get("/api/v1/kpis/revenue/analysis")
                .then().statusCode(200).extract().jsonPath();

        assertThat(answer.getBoolean("provisional")).isTrue();
        assertThat(answer.getLong("daysCovered")).isEqualTo(compared.part().days());
        assertThat(answer.getString("compared.from")).isEqualTo(running.start().toString());
        assertThat(answer.getString("compared.to")).isEqualTo(today.minusDays(1).toString());
        assertThat(answer.getString("compared.referenceFrom")).isEqualTo(reference.part().start().toString());
        assertThat(answer.getString("compared.referenceTo")).isEqualTo(reference.part().lastDay().toString());
        assertThat(new BigDecimal(answer.getString("actual"))).isEqualByComparingTo(
                BigDecimal.valueOf(compared.part().days() * DAILY));
        assertThat(new BigDecimal(answer.getString("reference"))).isEqualByComparingTo(
                BigDecimal.valueOf(reference.part().days() * DAILY));
    }

    private static String day(LocalDate day, String channel, String measure, int value) {
        return "{\"measure\":\"%s\",\"periodStart\":\"%s\",\"grain\":\"DAY\",\"channel\":\"%s\",\"value\":\"%d\"%s}"
                .formatted(measure, day, channel, value, measure.equals("revenue") ? ",\"currency\":\"RUB\"" : "");
    }

    private static String rubles(long amount) {
        return Figures.format(BigDecimal.valueOf(amount), Unit.MONEY, Optional.of(Currency.getInstance("RUB")), RU);
    }

    /** The deviation as the block signs it. */
    private static String change(long days) {
        return (days > 0 ? "+" : "") + rubles(days * DAILY);
    }

    private static String tight(String html) {
        return html.replaceAll(">\\s+<", "><");
    }
}
