package com.kpipulse.web.correction;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.Sql;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.StringJoiner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

/**
 * Twenty weeks of 2012 up to week 20 (14–20 May), entered through the API: Yandex Direct and VK Ads spend about
 * 100 000 ₽ a week, moving ±40 %, and their revenue lies on log curves whose next rouble at 100 000 brings 1.50 ₽ and
 * 0.50 ₽. Twenty flat weeks of 2014 up to week 20 give no curve. No other test writes these years.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TheBudgetIsReallocatedThroughTheApiAndOnItsPageTest {

    private static final double[] SPENDS = {60_000, 80_000, 100_000, 120_000, 140_000, 90_000, 110_000, 70_000,
            130_000, 100_000, 85_000, 115_000, 75_000, 125_000, 95_000, 105_000, 65_000, 135_000, 90_000, 100_000};

    private static boolean seeded;

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;

    @BeforeEach
    void history() {
        if (seeded) {
            return;
        }
        seeded = true;
        StringJoiner values = new StringJoiner(",");
        LocalDate varied = LocalDate.of(2012, 5, 14).minusWeeks(SPENDS.length - 1);
        LocalDate flat = LocalDate.of(2014, 5, 12).minusWeeks(SPENDS.length - 1);
        for (int week = 0; week < SPENDS.length; week++) {
            week(values, varied.plusWeeks(week), "yandex_direct", SPENDS[week], 300_000 * Math.log1p(SPENDS[week] / 100_000));
            week(values, varied.plusWeeks(week), "vk_ads", SPENDS[week], 100_000 * Math.log1p(SPENDS[week] / 100_000));
            week(values, flat.plusWeeks(week), "yandex_direct", 100_000, 150_000);
            week(values, flat.plusWeeks(week), "vk_ads", 100_000, 50_000);
        }
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body("{\"observations\":[" + values + "]}")
                .when().post("/api/v1/observations").then().statusCode(200);
    }

    private static void week(StringJoiner values, LocalDate monday, String channel, double spend, double revenue) {
        values.add(value("marketing_spend", monday, channel, spend));
        values.add(value("revenue", monday, channel, revenue));
    }

    private static String value(String measure, LocalDate day, String channel, double amount) {
        return "{\"measure\":\"" + measure + "\",\"periodStart\":\"" + day + "\",\"channel\":\"" + channel
                + "\",\"value\":\"" + String.format(Locale.ROOT, "%.2f", amount) + "\",\"currency\":\"RUB\"}";
    }

    @Test
    void theApiProposesMovingTheLimitFromVkAdsToYandexDirectWithFiguresAsNumbers() {
        JsonPath json = given().auth().oauth2(KeycloakTokens.accessTokenOf("mark"))
                .queryParam("period", "2012-W20").queryParam("kpi", "revenue").queryParam("maxShift", "0.3")
                .when().get("/api/v1/budget/reallocation")
                .then().statusCode(200).extract().jsonPath();

        assertThat(json.getBoolean("declined")).isFalse();
        assertThat(json.getString("period")).isEqualTo("2012-W20");
        assertThat(json.getInt("currentWeeks")).isEqualTo(1);
        assertThat(json.getList("channels.code", String.class)).containsExactly("yandex_direct", "vk_ads");
        assertThat(json.getString("channels[0].spendMeasure")).isEqualTo("marketing_spend");
        assertThat(json.getDouble("channels[0].spendNow")).isEqualTo(100_000.0);
        assertThat(json.getDouble("channels[0].spendProposed")).isEqualTo(130_000.0);
        assertThat(json.getDouble("channels[1].spendProposed")).isEqualTo(70_000.0);
        assertThat(json.getDouble("channels[0].marginalReturn.expected")).isBetween(1.45, 1.55);
        assertThat(json.getDouble("channels[0].marginalReturn.low"))
                .isLessThanOrEqualTo(json.getDouble("channels[0].marginalReturn.high"));
        assertThat(json.getDouble("expectedChange.expected")).isPositive();
        assertThat(json.getString("moves[0].kind")).isEqualTo("TRANSFER");
        assertThat(json.getString("moves[0].from")).isEqualTo("vk_ads");
        assertThat(json.getDouble("moves[0].amount")).isEqualTo(30_000.0);
        assertThat(json.getString("moves[0].why.ru")).startsWith("Перенести 30");
        assertThat(json.getString("moves[0].why.en")).startsWith("Move RUB");
        assertThat(json.getDouble("spendProposed")).isEqualTo(json.getDouble("spendNow"));
    }

    @Test
    void theSecondModeAnswersWhetherTheRomiTargetIsReached() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna"))
                .queryParam("period", "2012-W20").queryParam("target", "romi:0.1")
                .when().get("/api/v1/budget/reallocation")
                .then().statusCode(200)
                .body("target.kind", org.hamcrest.Matchers.equalTo("romi"))
                .body("targetVerdict.reached", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void aFlatHistoryIsDeclinedWithEachChannelsReason() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic"))
                .queryParam("period", "2014-W20")
                .when().get("/api/v1/budget/reallocation")
                .then().statusCode(200)
                .body("declined", org.hamcrest.Matchers.equalTo(true))
                .body("reason.en", containsString("hardly moved"))
                .body("channels.noCurve", hasItem("TOO_LITTLE_VARIATION"));
    }

    @Test
    void unusableParametersAre422WithEachFieldAndItsReason() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark"))
                .queryParam("period", "2012-W99").queryParam("kpi", "romi").queryParam("maxShift", "1.5")
                .when().get("/api/v1/budget/reallocation")
                .then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("period", "kpi", "maxShift"))
                .body("errors.code", hasItem("SHIFT_OUT_OF_RANGE"))
                .body("errors.messageRu", hasItem(containsString("±30 %")));
        for (String shift : new String[]{"0", "-0.1", "abc"}) {
            given().auth().oauth2(KeycloakTokens.accessTokenOf("mark"))
                    .queryParam("period", "2012-W20").queryParam("maxShift", shift)
                    .when().get("/api/v1/budget/reallocation")
                    .then().statusCode(422).body("errors[0].field", org.hamcrest.Matchers.equalTo("maxShift"));
        }
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark"))
                .queryParam("period", "2012-W20").queryParam("target", "cac:1500")
                .when().get("/api/v1/budget/reallocation")
                .then().statusCode(422).body("errors[0].code", org.hamcrest.Matchers.equalTo("TARGET_DOES_NOT_SUIT"));
    }

    @Test
    void thePageShowsTheTableTheMovesAndTheCurvesInRussianAndInEnglish() {
        String russian = given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna"))
                .queryParam("period", "2012-W20")
                .when().get("/budget").then().statusCode(200).extract().asString();

        assertThat(russian).contains("id=\"budget-table\"", "Яндекс Директ", "следующий рубль приносит",
                "Перенести 30", "id=\"curve-yandex_direct\"", "class=\"mark mark-now\"", "Расход сейчас, в неделю");

        String english = given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).cookie("kpi_lang", "en")
                .queryParam("period", "2012-W20")
                .when().get("/budget").then().statusCode(200).extract().asString();

        assertThat(english).contains("Budget reallocation", "Yandex Direct", "the next rouble brings", "Move RUB",
                "Spend now, a week");
    }

    @Test
    void thePagesSecondModeReachesARomiTargetAtTheLeastSpend() {
        String page = given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna"))
                .queryParam("period", "2012-W20").queryParam("targetKind", "romi").queryParam("targetValue", "0,1")
                .when().get("/budget").then().statusCode(200).extract().asString();

        assertThat(page).contains("достижима", "id=\"budget-table\"", "<option value=\"romi\" selected>",
                "value=\"0,1\"");
    }

    @Test
    void thePageSaysAnUnusableTargetNextToTheForm() {
        String page = given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna"))
                .queryParam("period", "2012-W20").queryParam("targetKind", "cac").queryParam("targetValue", "много")
                .when().get("/budget").then().statusCode(422).extract().asString();

        assertThat(page).contains("id=\"budget-problems\"", "«много» — не цель: введите число")
                .doesNotContain("id=\"budget-table\"", "cac:");
    }

    @Test
    void theHeadProposesThePagesReallocationToTheWeeksCycleOnceItHasOne() throws java.sql.SQLException {
        try {
            String page = form("hanna").queryParam("period", "2012-W20").when().get("/budget").then().statusCode(200)
                    .extract().asString();
            assertThat(page).contains("id=\"budget-propose-form\"", "Предложить на обзор");
            assertThat(form("vic").queryParam("period", "2012-W20").when().get("/budget").then().statusCode(200)
                    .extract().asString()).as("the viewer proposes nothing").doesNotContain("budget-propose-form");

            assertThat(propose("hanna", "2012-W20").then().statusCode(422).extract().asString())
                    .contains("ещё нет цикла мониторинга");
            given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).contentType("application/json")
                    .body("{\"period\":\"2012-W20\"}").post("/api/v1/cycles").then().statusCode(200);
            propose("vic", "2012-W20").then().statusCode(403);

            String location = propose("hanna", "2012-W20").then().statusCode(303).extract().header("Location");
            assertThat(location).contains("/cycles/2012-W20#proposal-");
            given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).queryParam("period", "2012-W20")
                    .when().get("/api/v1/proposals").then().statusCode(200)
                    .body("kind", hasItem("REALLOCATION"));
            assertThat(form("hanna").when().get("/cycles/2012-W20").then().statusCode(200).extract().asString())
                    .contains("proposal-reallocation", "Запрошено на странице «Бюджет»");
            String id = location.substring(location.indexOf("#proposal-") + "#proposal-".length());
            assertThat(form("vic").when().get("/proposals/" + id + "/curves").then().statusCode(200).extract()
                    .asString()).as("the card's curves, loaded when it comes into view")
                    .contains("id=\"proposal-" + id + "-curve-yandex_direct\"", "class=\"mark mark-now\"");
        } finally {
            new Sql(dataSource).execute("delete from cycle_snapshot where period_code = '2012-W20'");
            new Sql(dataSource).execute("delete from proposal where period_code = '2012-W20'");
        }
    }

    private static io.restassured.specification.RequestSpecification form(String user) {
        return given().auth().oauth2(KeycloakTokens.accessTokenOf(user)).header("Accept-Language", "ru");
    }

    private static io.restassured.response.Response propose(String user, String period) {
        return form(user).redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("period", period).formParam("kpi", "revenue").formParam("maxShift", "0,3")
                .post("/budget/propose");
    }

    @Test
    void thePageSaysAnUnusableShiftNextToTheForm() {
        String page = given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna"))
                .queryParam("period", "2012-W20").queryParam("maxShift", "2")
                .when().get("/budget").then().statusCode(422).extract().asString();

        assertThat(page).contains("id=\"budget-problems\"", "Наибольший сдвиг");
    }

    @Test
    void opensOnTheLastWholeWeek() {
        LocalDate monday = LocalDate.now(java.time.ZoneId.of("Europe/Moscow")).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic"))
                .when().get("/budget").then().statusCode(200)
                .body(containsString("value=\"" + com.kpipulse.domain.period.Period.of(
                        com.kpipulse.domain.period.Grain.WEEK, monday).code() + "\""));
    }
}
