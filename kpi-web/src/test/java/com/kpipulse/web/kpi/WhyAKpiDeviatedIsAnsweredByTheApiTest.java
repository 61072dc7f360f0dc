package com.kpipulse.web.kpi;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Weekly figures of vk_ads and yandex_direct from February to May 2017 (a corner no other test uses): each channel 700
 * visits, 28 orders and 28 000 ₽ a week; in week 20 (15–21 May) vk_ads converts half as well. Revenue falls by 14 000.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WhyAKpiDeviatedIsAnsweredByTheApiTest {

    static final LocalDate WEEK_20 = LocalDate.of(2017, 5, 15);

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void seed() {
        seedWeeks();
    }

    @AfterEach
    void clean() throws SQLException {
        cleanWeeks(dataSource);
    }

    /** Thirteen weeks before week 20 and week 20 itself, posted as weekly values. */
    static void seedWeeks() {
        List<String> rows = new ArrayList<>();
        for (int back = 13; back >= 0; back--) {
            LocalDate monday = WEEK_20.minusWeeks(back);
            BigDecimal swing = back > 1 ? BigDecimal.ONE.add(new BigDecimal(back % 3 - 1).movePointLeft(2)) : BigDecimal.ONE;
            for (String channel : List.of("vk_ads", "yandex_direct")) {
                int orders = back == 0 && channel.equals("vk_ads") ? 14 : 28;
                rows.add(row("visits", monday, channel, new BigDecimal(700).multiply(swing), false));
                rows.add(row("orders", monday, channel, new BigDecimal(orders).multiply(swing), false));
                rows.add(row("revenue", monday, channel, new BigDecimal(orders * 1000).multiply(swing), true));
            }
        }
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body("{\"observations\":[" + String.join(",", rows) + "]}")
                .when().post("/api/v1/observations").then().statusCode(200);
    }

    static void cleanWeeks(AgroalDataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute(
                    "delete from observation where period_start between date '2017-02-01' and date '2017-05-31'");
        }
    }

    private static String row(String measure, LocalDate monday, String channel, BigDecimal value, boolean money) {
        return "{\"measure\":\"%s\",\"periodStart\":\"%s\",\"grain\":\"WEEK\",\"channel\":\"%s\",\"value\":\"%s\"%s}"
                .formatted(measure, monday, channel, value.toPlainString(), money ? ",\"currency\":\"RUB\"" : "");
    }

    @Test
    void theDeviationIsSplitExactlyAndPutDownToTheChannelThatMovedIt() {
        JsonPath answer = given().auth().oauth2(KeycloakTokens.accessTokenOf("mark"))
                .queryParam("period", "2017-W20").queryParam("compareTo", "PREVIOUS")
                .when().get("/api/v1/kpis/revenue/analysis")
                .then().statusCode(200)
                .body("kpi", equalTo("revenue"), "period", equalTo("2017-W20"), "compareTo", equalTo("PREVIOUS"),
                        "provisional", equalTo(false), "daysCovered", equalTo(7), "cause", equalTo("CHANNEL"),
                        "explainedBy", equalTo(List.of("vk_ads")), "reason", nullValue())
                .extract().jsonPath();

        assertThat(answer.getDouble("actual")).isEqualTo(42000.0);
        assertThat(answer.getDouble("reference")).isEqualTo(56000.0);
        assertThat(answer.getDouble("deviation")).isEqualTo(-14000.0);
        assertThat(answer.getList("drivers.contribution", Number.class).stream().mapToDouble(Number::doubleValue).sum())
                .isEqualTo(-14000.0);
        assertThat(answer.getList("channels.contribution", Number.class).stream().mapToDouble(Number::doubleValue).sum())
                .isEqualTo(-14000.0);
        assertThat(answer.getList("drivers.code", String.class)).contains("visits", "conversion_rate", "aov");
        assertThat(answer.getDouble("drivers.find { it.code == 'conversion_rate' }.actual")).isEqualTo(0.03);
        assertThat(answer.getString("evidence.ru")).contains("VK Реклама");
        assertThat(answer.getString("evidence.en")).contains("VK Ads");
    }

    @Test
    void aChannelNarrowsTheQuestionAndAMonthIsReadByItsCode() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark"))
                .queryParam("period", "2017-W20").queryParam("channel", "yandex_direct")
                .when().get("/api/v1/kpis/revenue/analysis")
                .then().statusCode(200).body("deviation", equalTo(0), "channels.channel", equalTo(List.of("yandex_direct")));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark"))
                .queryParam("period", "2017-04").queryParam("compareTo", "last_year")
                .when().get("/api/v1/kpis/revenue/analysis")
                .then().statusCode(200).body("period", equalTo("2017-04"), "compareTo", equalTo("LAST_YEAR"),
                        "cause", nullValue(), "reason.en", containsString("no value to compare with"),
                        "reason.ru", containsString("нет значения"));
    }

    @Test
    void withoutAGoalThePlanIsNoDiagnosisWithItsReason() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark"))
                .queryParam("period", "2017-W20").queryParam("compareTo", "PLAN")
                .when().get("/api/v1/kpis/revenue/analysis")
                .then().statusCode(200).body("cause", nullValue(), "reason.en", containsString("No goal sets"));
    }

    @Test
    void anUnreadablePeriodOrReferenceIsRefusedWithItsReasonInBothLanguages() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark"))
                .queryParam("period", "2017-W54")
                .when().get("/api/v1/kpis/revenue/analysis")
                .then().statusCode(400).body("errors[0].field", equalTo("period"),
                        "errors[0].code", equalTo("NOT_A_PERIOD"), "errors[0].message", containsString("2017-W54"),
                        "errors[0].messageRu", containsString("не период"));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark"))
                .queryParam("period", "2017-W20").queryParam("compareTo", "BUDGET")
                .when().get("/api/v1/kpis/revenue/analysis")
                .then().statusCode(400).body("errors[0].code", equalTo("NOT_A_REFERENCE"));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark"))
                .when().get("/api/v1/kpis/revenue/analysis")
                .then().statusCode(400).body("errors[0].field", equalTo("period"));
    }

    @Test
    void anUnknownKpiIsNotFoundAndAViewerReadsOnlyHerKpis() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).queryParam("period", "2017-W20")
                .when().get("/api/v1/kpis/no_such_kpi/analysis").then().statusCode(404);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).queryParam("period", "2017-W20")
                .when().get("/api/v1/kpis/profit/analysis").then().statusCode(403);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).queryParam("period", "2017-W20")
                .when().get("/api/v1/kpis/romi/analysis").then().statusCode(200).body("kpi", equalTo("romi"));
    }
}
