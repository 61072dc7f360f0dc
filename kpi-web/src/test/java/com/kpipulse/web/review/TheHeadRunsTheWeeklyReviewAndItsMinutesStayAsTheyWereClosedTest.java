package com.kpipulse.web.review;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.Sql;
import com.kpipulse.web.support.TestGoals;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The weekly review through its doors, with real tokens of each role: the head starts week 15 of 2023 from its cycle
 * (social traffic far short of its goal), the marketer and the SMM specialist add notes to the same item at once, a
 * decision written over another is refused as stale, the head records who attended and closes the review with their
 * ratings; the minutes in Markdown (Cyrillic, UTF-8) stay as they were closed when the week's cycle runs again, and an
 * addendum follows them with its date. Viewers read the closed minutes only.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TheHeadRunsTheWeeklyReviewAndItsMinutesStayAsTheyWereClosedTest {

    private static final String SOURCE = "review_test";
    private static final String WEEK = "2023-W15";

    @Inject
    AgroalDataSource dataSource;

    private String goalId;

    private final List<String> actionIds = new java.util.ArrayList<>();

    @BeforeEach
    void weekWithACycle() throws SQLException {
        cleanUp();
        seed("2023-04-10", "40", "2023-04-12", "30", "2023-04-16", "30");
        goalId = TestGoals.create("""
                {"title":"Переходы из соцсетей, неделя 15","objective":"TRAFFIC","owner":"sofia",
                 "start":"2023-04-10","deadline":"2023-04-16",
                 "kpis":[{"kpi":"social_traffic","target":{"kind":"ABSOLUTE","value":"3000"}}]}""");
        as("hanna").contentType("application/json").body("{\"period\":\"" + WEEK + "\"}").post("/api/v1/cycles")
                .then().log().ifValidationFails().statusCode(200);
    }

    @AfterEach
    void cleanUp() throws SQLException {
        goalId = TestGoals.delete(goalId);
        Sql sql = new Sql(dataSource);
        sql.execute("delete from weekly_review where week_code = '" + WEEK + "'");
        for (String action : actionIds) {
            sql.execute("delete from corrective_action where id = '" + java.util.UUID.fromString(action) + "'");
        }
        sql.execute("delete from cycle_snapshot where period_code = '" + WEEK + "'");
        sql.execute("delete from observation where source_system = '" + SOURCE + "'");
    }

    @Test
    void theHeadRunsTheReviewFromItsGeneratedAgendaToFrozenMinutesAndAnAddendum() {
        Response started = json("hanna").body("{\"week\":\"" + WEEK + "\"}").post("/api/v1/reviews");
        started.then().log().ifValidationFails().statusCode(201).header("ETag", "\"1\"")
                .body("week", equalTo(WEEK), "status", equalTo("OPEN"), "startedBy.name", equalTo("Hanna Head"))
                .body("items.kind", hasItem("KPI"), "items.kpi", hasItem("social_traffic"))
                .body("items[-1].kind", equalTo("CONCLUSION"));
        String id = started.path("id");
        List<Integer> sections = started.path("items.section");
        assertThat(sections).as("the sections in order").isSorted();
        int item = started.path("items.find { it.kpi == 'social_traffic' && it.channel == null }.number");

        // the goals' section says where each goal is heading, as the goal's forecast does
        String forecast = json("hanna").get("/api/v1/goals/" + goalId + "/forecast").then().statusCode(200)
                .extract().path("[0].said.ru");
        assertThat(json("hanna").get("/reviews/" + id).then().statusCode(200).extract().asString())
                .contains("Прогноз «Переходы из соцсетей» к сроку: " + forecast);

        json("ada").body("{\"week\":\"" + WEEK + "\"}").post("/api/v1/reviews").then().statusCode(409)
                .body("error", equalTo("already_open"), "id", equalTo(id));
        json("mark").body("{\"week\":\"" + WEEK + "\"}").post("/api/v1/reviews").then().statusCode(403);
        json("hanna").body("{\"week\":\"2001-W02\"}").post("/api/v1/reviews").then().statusCode(422)
                .body("errors[0].field", equalTo("week"), "errors[0].code", equalTo("review.no_cycle"));
        json("vic").get("/api/v1/reviews/" + id).then().statusCode(403);

        json("mark").body("{\"text\":\"Бюджет VK кончился в среду\"}").post(itemPath(id, item) + "/notes")
                .then().statusCode(201).body("author.name", equalTo("Mark Marketer"));
        json("sofia").body("{\"text\":\"Креативы готовы к четвергу\"}").post(itemPath(id, item) + "/notes")
                .then().statusCode(201);
        json("hanna").body("{\"version\":0,\"text\":\"Перенести 50 000 ₽ из SEO в соцсети\"}")
                .put(itemPath(id, item) + "/decision").then().statusCode(200);
        json("ada").body("{\"version\":0,\"text\":\"Ничего не менять\"}").put(itemPath(id, item) + "/decision")
                .then().statusCode(409).body("error", equalTo("stale"), "currentVersion", equalTo(1));
        String action = json("mark").body("""
                        {"title":"Новые креативы для соцсетей","kpi":"social_traffic","owner":"sofia",
                         "dueDate":"%s"}""".formatted(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow"))
                        .plusDays(7))).post(itemPath(id, item) + "/actions")
                .then().log().ifValidationFails().statusCode(201)
                .body("review.items.find { it.number == %d }.actions".formatted(item), hasItem(notNullValue()))
                .extract().path("action");
        actionIds.add(action);
        json("hanna").body("{\"version\":3,\"present\":[\"hanna\",\"mark\"]}").put("/api/v1/reviews/" + id + "/attendance")
                .then().statusCode(200).body("attendance.name", equalTo(List.of("Hanna Head", "Mark Marketer")));
        String page = as("mark").get("/reviews/" + id).then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"item-" + item + "\"", "Переходы из соцсетей", "отстаёт",
                "Бюджет VK кончился в среду", "Креативы готовы к четвергу", "Перенести 50 000 ₽ из SEO в соцсети",
                "id=\"nav-reviews\"", "Новые креативы для соцсетей", "/actions/" + action, "agenda-action-form");

        json("hanna").body("{\"version\":4,\"ratings\":{\"hanna\":8,\"mark\":9}}").post("/api/v1/reviews/" + id + "/close")
                .then().statusCode(200).body("status", equalTo("CLOSED"), "attendance.rating", equalTo(List.of(8, 9)));
        json("sofia").body("{\"text\":\"Поздно\"}").post(itemPath(id, item) + "/notes").then().statusCode(409)
                .body("error", equalTo("frozen"));
        json("hanna").body("{\"version\":1,\"text\":\"Поздно\"}").put(itemPath(id, item) + "/decision")
                .then().statusCode(409).body("error", equalTo("frozen"));

        Response markdown = as("vic").get("/reviews/" + id + "/minutes.md");
        markdown.then().statusCode(200);
        assertThat(markdown.contentType()).startsWith("text/markdown").containsIgnoringCase("charset=UTF-8");
        String minutes = markdown.asString();
        assertThat(minutes).startsWith("# Обзор недели").contains("Перенести 50 000 ₽ из SEO в соцсети",
                "Mark Marketer (9)", "Hanna Head (8)", "Бюджет VK кончился в среду", "Переходы из соцсетей");
        seed("2023-04-11", "2500");
        as("hanna").contentType("application/json").body("{\"period\":\"" + WEEK + "\"}").post("/api/v1/cycles")
                .then().statusCode(200);
        assertThat(as("vic").get("/reviews/" + id + "/minutes.md").asString()).as("frozen").isEqualTo(minutes);

        json("vic").body("{\"text\":\"Поправка\"}").post("/api/v1/reviews/" + id + "/addenda").then().statusCode(403);
        json("hanna").body("{\"text\":\"Перенос бюджета — в среду, не во вторник\"}")
                .post("/api/v1/reviews/" + id + "/addenda").then().statusCode(201).body("author.login", equalTo("hanna"));
        String corrected = as("vic").get("/reviews/" + id + "/minutes.md").asString();
        assertThat(corrected).startsWith(minutes.stripTrailing()).contains("## Дополнения",
                "Перенос бюджета — в среду, не во вторник");
        assertThat(as("vic").cookie("kpi_lang", "en").get("/reviews/" + id + "/minutes.md").asString())
                .startsWith("# Weekly review").contains("**Decision**: Перенести 50 000 ₽ из SEO в соцсети");
        assertThat(as("vic").get("/reviews/" + id + "/minutes").then().statusCode(200).extract().asString())
                .contains("id=\"minutes-text\"", "Перенос бюджета — в среду, не во вторник");
        json("vic").get("/api/v1/reviews/" + id).then().statusCode(200).body("minutesFrozenAt", not(equalTo(null)));
    }

    @Test
    void anActionTakenOnAKpiItemsFormCarriesTheEffectItIsExpectedToHave() {
        Response started = json("hanna").body("{\"week\":\"" + WEEK + "\"}").post("/api/v1/reviews");
        String id = started.then().statusCode(201).extract().path("id");
        int item = started.path("items.find { it.kpi == 'social_traffic' && it.channel == null }.number");
        String due = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow")).plusDays(7).toString();
        assertThat(as("hanna").get("/reviews/" + id).then().statusCode(200).extract().asString())
                .contains("id=\"item-" + item + "-action-direction\"", "Ожидаемый эффект на KPI пункта");

        as("hanna").redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("title", "Розыгрыш в соцсетях").formParam("kpi", "social_traffic")
                .formParam("effectKpi", "social_traffic").formParam("owner", "sofia").formParam("dueDate", due)
                .formParam("effectDirection", "UP").formParam("effectSize", "сто")
                .post("/reviews/" + id + "/items/" + item + "/actions").then().statusCode(422);
        String refused = as("hanna").redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").header("Accept-Language", "ru")
                .formParam("title", "Розыгрыш в соцсетях").formParam("kpi", "social_traffic")
                .formParam("effectKpi", "social_traffic").formParam("owner", "sofia").formParam("dueDate", due)
                .formParam("effectDirection", "UP").formParam("effectSize", "1001")
                .post("/reviews/" + id + "/items/" + item + "/actions").then().statusCode(422).extract().asString();
        assertThat(refused).as("the reason in Russian on the item, no exception text")
                .contains("id=\"review-problem\"", "Размер эффекта — больше 0 и не больше 1000 %")
                .doesNotContain("10.01", "Exception");
        as("hanna").redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("title", "Розыгрыш в соцсетях").formParam("kpi", "social_traffic")
                .formParam("effectKpi", "social_traffic").formParam("owner", "sofia").formParam("dueDate", due)
                .formParam("effectDirection", "UP").formParam("effectSize", "15")
                .post("/reviews/" + id + "/items/" + item + "/actions").then().statusCode(303);

        String action = json("hanna").get("/api/v1/reviews/" + id).then().statusCode(200)
                .extract().path("items.find { it.number == %d }.actions[0]".formatted(item));
        actionIds.add(action);
        json("hanna").get("/api/v1/actions/" + action).then().statusCode(200)
                .body("title", equalTo("Розыгрыш в соцсетях"), "expectedEffect.kpi.code", equalTo("social_traffic"),
                        "expectedEffect.direction", equalTo("UP"), "expectedEffect.size", equalTo(0.15f));
    }

    @Test
    void thePastReviewsAreFoundByAWordAKpiOrAPerson() {
        String id = json("hanna").body("{\"week\":\"" + WEEK + "\"}").post("/api/v1/reviews").then().statusCode(201)
                .extract().path("id");
        json("sofia").body("{\"text\":\"Запустить розыгрыш в Телеграме\"}").post(itemPath(id, 1) + "/notes")
                .then().statusCode(201);

        for (String query : List.of("розыгрыш", "social_traffic", "Переходы из соцсетей", "Sofia Smm", WEEK)) {
            json("mark").queryParam("q", query).get("/api/v1/reviews").then().statusCode(200)
                    .body("id", hasItem(id));
        }
        json("mark").queryParam("q", "ничего такого не было").get("/api/v1/reviews").then().statusCode(200)
                .body("id", not(hasItem(id)));
        json("vic").get("/api/v1/reviews").then().statusCode(200).body("id", not(hasItem(id)));
        assertThat(as("mark").queryParam("q", "розыгрыш").get("/reviews").then().statusCode(200).extract().asString())
                .contains("/reviews/" + id);
    }

    private static String itemPath(String id, int item) {
        return "/api/v1/reviews/" + id + "/items/" + item;
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.accessTokenOf(user));
    }

    private static RequestSpecification json(String user) {
        return as(user).contentType("application/json; charset=UTF-8");
    }

    private static void seed(String... dayValuePairs) {
        StringBuilder observations = new StringBuilder();
        for (int i = 0; i < dayValuePairs.length; i += 2) {
            observations.append(observations.isEmpty() ? "" : ",").append(
                    "{\"measure\":\"social_visits\",\"periodStart\":\"%s\",\"grain\":\"DAY\",\"value\":\"%s\"}"
                            .formatted(dayValuePairs[i], dayValuePairs[i + 1]));
        }
        as("ada").contentType("application/json")
                .body("{\"source\":\"" + SOURCE + "\",\"observations\":[" + observations + "]}")
                .when().post("/api/v1/observations").then().log().ifValidationFails().statusCode(200);
    }
}
