package com.kpipulse.web.correction;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.Sql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The follow-up of corrective actions, on days of 2011 no other test writes to: about 2 000 visits a day in each of
 * VK Ads, Yandex Direct and SEO, 3 % of them buying, from sixteen weeks before 6 June 2011, when an action on VK Ads
 * started, to 15 July, three weeks after its due date (its check window is 21 days); from the start VK Ads converts a
 * third better while the others stay. The actions list and API say it worked; the cycle of week 28 (11–17 July 2011),
 * in which its window ended, follows it up; a done action whose window is still open says when it is checked.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EachDoneActionSaysWhetherItWorkedInTheListAndInTheNextCycleTest {

    private static final String SOURCE = "action_follow_up_test";
    private static final String MARK = "[action-follow-up-test]";
    private static final LocalDate START = LocalDate.of(2011, 6, 6);
    private static final LocalDate DUE = LocalDate.of(2011, 6, 24);
    private static final LocalDate WINDOW_END = DUE.plusDays(21);
    private static final String WINDOW_WEEK = "2011-W28";
    private static final String WEEKS_LATER = "2011-W30";
    private static final String[] CHANNELS = {"vk_ads", "yandex_direct", "seo"};

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void cleanUp() throws SQLException {
        Sql sql = new Sql(dataSource);
        sql.execute("delete from corrective_action where title like '" + MARK + "%'");
        sql.execute("delete from observation where source_system = '" + SOURCE + "'");
        sql.execute("delete from weekly_review where week_code = '" + WINDOW_WEEK + "'");
        sql.execute("delete from cycle_snapshot where period_code in ('" + WINDOW_WEEK + "', '" + WEEKS_LATER + "')");
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.accessTokenOf(user)).contentType("application/json; charset=UTF-8");
    }

    @Test
    void theListAndItsApiSayTheDoneActionWorkedAndWhenTheOneStillWatchedIsChecked() throws SQLException {
        seedConversions();
        String worked = doneAction("Новая посадочная для VK", DUE, 21, START);
        LocalDate laterDue = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(3);
        String watched = doneAction("Новые креативы VK", laterDue, 14, laterDue.minusDays(10));

        JsonPath listed = as("hanna").get("/api/v1/actions?status=DONE").then().statusCode(200).extract().jsonPath();
        Map<String, Object> first = listed.getMap("find { it.id == '" + worked + "' }");
        assertThat(first).containsEntry("effectWindowDays", 21);
        assertThat(listed.getString("find { it.id == '" + worked + "' }.effect.verdict")).isEqualTo("WORKED");
        assertThat(listed.getFloat("find { it.id == '" + worked + "' }.effect.low")).isGreaterThan(0f);
        assertThat(listed.getFloat("find { it.id == '" + worked + "' }.effect.estimate"))
                .isGreaterThan(listed.getFloat("find { it.id == '" + worked + "' }.effect.low"));
        assertThat(listed.getMap("find { it.id == '" + watched + "' }")).containsEntry("effect", null);
        as("hanna").get("/api/v1/actions/" + worked).then().statusCode(200)
                .body("effect.verdict", equalTo("WORKED"), "effectWindowDays", equalTo(21));

        String page = as("hanna").get("/actions?status=DONE").then().statusCode(200).extract().asString();
        assertThat(row(page, worked)).contains("effect-badge effect-worked", ">Сработало<", "title=\"Сработало:",
                "effect-badge-figures");
        assertThat(row(page, watched)).contains("Проверка после").doesNotContain("effect-badge");
        String english = as("hanna").cookie("kpi_lang", "en").get("/actions?status=DONE").then().statusCode(200)
                .extract().asString();
        assertThat(row(english, worked)).contains(">Worked<");
        assertThat(row(english, watched)).contains("Checked after");
    }

    @Test
    void theCycleInWhichTheWindowEndedFollowsTheActionUpAndALaterOneDoesNot() throws SQLException {
        seedConversions();
        String worked = doneAction("Новая посадочная для VK", DUE, 21, START);
        for (String period : new String[] {WINDOW_WEEK, WEEKS_LATER}) {
            as("hanna").body("{\"period\":\"" + period + "\"}").post("/api/v1/cycles").then().statusCode(200);
        }

        String cycle = as("hanna").get("/cycles/" + WINDOW_WEEK).then().statusCode(200).extract().asString();
        assertThat(cycle).contains("id=\"cycle-checks\"", "Проверка действий", "href=\"/actions/" + worked + "\"",
                "effect-badge effect-worked", "15.07.2011");
        assertThat(as("hanna").cookie("kpi_lang", "en").get("/cycles/" + WINDOW_WEEK).then().statusCode(200)
                .extract().asString()).contains("Action follow-up", ">Worked<");
        String later = as("hanna").get("/cycles/" + WEEKS_LATER).then().statusCode(200).extract().asString();
        assertThat(later).contains("id=\"no-checks\"").doesNotContain("href=\"/actions/" + worked + "\"");
        assertThat(as("vic").get("/cycles/" + WINDOW_WEEK).then().statusCode(200).extract().asString())
                .as("the viewer may not read the conversion: no follow-up of it")
                .doesNotContain("href=\"/actions/" + worked + "\"");
    }

    @Test
    void theReviewOfTheWeekInWhichTheWindowEndedPresentsTheActionWithItsVerdict() throws SQLException {
        seedConversions();
        String worked = doneAction("Новая посадочная для VK", DUE, 21, START);
        as("hanna").body("{\"period\":\"" + WINDOW_WEEK + "\"}").post("/api/v1/cycles").then().statusCode(200);

        String review = as("hanna").body("{\"week\":\"" + WINDOW_WEEK + "\"}").post("/api/v1/reviews").then()
                .statusCode(201).extract().path("id");
        String agenda = as("hanna").get("/reviews/" + review).then().statusCode(200).extract().asString();
        String item = agenda.substring(agenda.indexOf("href=\"/actions/" + worked + "\""));
        item = item.substring(0, item.indexOf("</li>"));
        String verdict = as("hanna").get("/api/v1/actions/" + worked).then().statusCode(200).extract()
                .path("effect.verdict");
        assertThat(verdict).isEqualTo("WORKED");
        assertThat(item).as("the action's item in the first section").contains("Проверка эффекта: Сработало, ")
                .contains("Сработало:");
        assertThat(as("hanna").cookie("kpi_lang", "en").get("/reviews/" + review).then().statusCode(200).extract()
                .asString()).contains("Effect check: Worked, ");
    }

    @Test
    void aWindowOutsideAWeekToNinetyDaysIsRefusedOnItsFieldAndNothingIsStored() throws SQLException {
        LocalDate due = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(7);
        for (String unfit : new String[] {"6", "91", "\"14.5\"", "\"две недели\""}) {
            as("hanna").body(newAction("Слишком короткое окно", due, unfit)).post("/api/v1/actions").then()
                    .statusCode(422).body("errors[0].field", equalTo("effectWindowDays"),
                            "errors[0].code", equalTo("action.effect_window"));
        }
        assertThat(count()).isZero();

        String id = as("hanna").body(newAction("Окно в месяц", due, "30")).post("/api/v1/actions").then()
                .statusCode(201).body("effectWindowDays", equalTo(30)).extract().path("id");
        as("hanna").body("{\"version\":1,\"effectWindowDays\":120}").put("/api/v1/actions/" + id).then()
                .statusCode(422).body("errors[0].field", equalTo("effectWindowDays"));
        as("hanna").body("{\"version\":1,\"effectWindowDays\":\"45\"}").put("/api/v1/actions/" + id).then()
                .statusCode(200).body("effectWindowDays", equalTo(45), "version", equalTo(2));
        as("hanna").body("{\"version\":2,\"title\":\"" + MARK + " Окно в месяц\"}").put("/api/v1/actions/" + id)
                .then().statusCode(200).body("effectWindowDays", equalTo(45));
        String defaulted = as("hanna").body(newAction("Без окна", due, null)).post("/api/v1/actions").then()
                .statusCode(201).body("effectWindowDays", equalTo(14)).extract().path("id");
        assertThat(defaulted).isNotBlank();

        Response form = as("hanna").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("title", MARK + " Из формы").formParam("kpi", "revenue").formParam("owner", "sofia")
                .formParam("dueDate", due.toString()).formParam("effectWindowDays", "5").post("/actions");
        form.then().statusCode(422);
        assertThat(form.asString()).contains("id=\"error-effectWindowDays\"", "от 7 до 90",
                "name=\"effectWindowDays\" value=\"5\"");
        assertThat(count()).isEqualTo(2);
        assertThat(as("hanna").get("/actions/" + id).then().statusCode(200).extract().asString())
                .contains("id=\"action-effect-window-days\"", "45 дн. после срока",
                        "name=\"effectWindowDays\" value=\"45\"");
        assertThat(as("hanna").get("/actions/new").then().statusCode(200).extract().asString())
                .contains("Окно проверки, дней", "name=\"effectWindowDays\" value=\"14\"");
    }

    private static String newAction(String title, LocalDate due, String window) {
        return """
                {"title":"%s %s","kpi":"conversion_rate","channels":["vk_ads"],"owner":"sofia","dueDate":"%s"%s}"""
                .formatted(MARK, title, due, window == null ? "" : ",\"effectWindowDays\":" + window);
    }

    /** A done action on VK Ads' conversion, stored as it would be after its steps, proposed on {@code created}. */
    private String doneAction(String title, LocalDate due, int windowDays, LocalDate created) throws SQLException {
        String id = UUID.randomUUID().toString();
        new Sql(dataSource).execute("""
                insert into corrective_action (id, title, kpi, channels, owner, due_date, effect_window_days, status,
                    created_by, created_at)
                values ('%s', '%s %s', 'conversion_rate', 'vk_ads', 'sofia', '%s', %d, 'DONE', 'hanna',
                    '%sT09:00:00+03:00')""".formatted(id, MARK, title, due, windowDays, created));
        return id;
    }

    private static String row(String page, String id) {
        int start = page.indexOf("<tr id=\"action-" + id + "\"");
        assertThat(start).as("the row of " + id).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private long count() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select count(*) from corrective_action where title like '"
                     + MARK + "%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void seedConversions() {
        Random noise = new Random(2011);
        StringJoiner observations = new StringJoiner(",\n");
        for (LocalDate day = START.minusWeeks(16); !day.isAfter(WINDOW_END); day = day.plusDays(1)) {
            for (String channel : CHANNELS) {
                double weekday = day.getDayOfWeek().getValue() >= 6 ? 0.7 : 1.0;
                long visits = Math.round(2000 * weekday * (1 + 0.05 * noise.nextGaussian()));
                double rate = 0.03 * (channel.equals("vk_ads") && !day.isBefore(START) ? 1.35 : 1.0);
                double mean = visits * rate;
                long orders = Math.max(0, Math.round(mean + Math.sqrt(mean) * noise.nextGaussian()));
                observations.add(value("visits", day, channel, visits));
                observations.add(value("orders", day, channel, orders));
            }
        }
        as("ada").body("{\"source\":\"" + SOURCE + "\",\"observations\":[" + observations + "]}")
                .post("/api/v1/observations").then().log().ifValidationFails().statusCode(200);
    }

    private static String value(String measure, LocalDate day, String channel, long value) {
        return "{\"measure\":\"%s\",\"periodStart\":\"%s\",\"grain\":\"DAY\",\"channel\":\"%s\",\"value\":\"%d\"}"
                .formatted(measure, day, channel, value);
    }
}
