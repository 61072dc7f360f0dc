package com.kpipulse.web.correction;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.Sql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The corrective action workflow over the API and the pages, with real tokens of each role: the head proposes an
 * action for the SMM specialist, who accepts it, works on it, comments and finishes it; the marketer changes anybody's
 * action; the SMM specialist only hers; the viewer reads. Unfit input is a 422 with the field and the reason and
 * stores nothing; a change against an older version is a 409.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ActionsAreProposedAndMovedOnByEachRoleAsItsRightsSayTest {

    private static final Map<String, String> TOKENS = new HashMap<>();
    private static final String MARK = "[actions-api-test]";

    @Inject
    AgroalDataSource dataSource;

    private final LocalDate due = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(7);

    @BeforeAll
    static void tokens() {
        for (String user : new String[]{"ada", "hanna", "mark", "sofia", "vic"}) {
            TOKENS.put(user, KeycloakTokens.accessTokenOf(user));
        }
    }

    @AfterEach
    void cleanUp() throws SQLException {
        new Sql(dataSource).execute("delete from corrective_action where title like '" + MARK + "%'");
    }

    private String action(String owner, String title) {
        return """
                {"title":"%s %s","kpi":"revenue","channels":["vk_ads"],"owner":"%s","dueDate":"%s",
                 "hypothesis":"Конверсия VK упала вдвое при тех же визитах",
                 "expectedEffect":{"kpi":"revenue","direction":"UP","size":"0.05"}}""".formatted(MARK, title, owner, due);
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(TOKENS.get(user)).contentType("application/json; charset=UTF-8");
    }

    private String proposed(String by, String owner) {
        return as(by).body(action(owner, "Проверить посадочную страницу VK")).post("/api/v1/actions")
                .then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    private long count() throws SQLException {
        return new Sql(dataSource).number("select count(*) from corrective_action where title like '" + MARK + "%'");
    }

    @Test
    void theHeadProposesAnActionForSofiaWhoTakesItStepByStepToDone() {
        Response created = as("hanna").body(action("sofia", "Проверить посадочную страницу VK")).post("/api/v1/actions");
        created.then().statusCode(201).header("ETag", "\"1\"")
                .body("status", equalTo("PROPOSED"), "statusRu", equalTo("предложено"),
                        "owner.login", equalTo("sofia"), "owner.name", equalTo("Sofia Smm"),
                        "kpi.nameRu", equalTo("Объём продаж / выручка"), "channels[0].nameRu", equalTo("VK Реклама"),
                        "expectedEffect.direction", equalTo("UP"), "createdBy.login", equalTo("hanna"),
                        "version", equalTo(1), "overdue", equalTo(false));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/actions/" + id);

        as("sofia").get("/api/v1/actions?mine=true").then().statusCode(200).body("id", hasItem(id));
        as("hanna").get("/api/v1/actions?mine=true").then().statusCode(200).body("id", not(hasItem(id)));
        as("sofia").body("{\"version\":1,\"status\":\"ACCEPTED\"}").put("/api/v1/actions/" + id)
                .then().statusCode(200).body("status", equalTo("ACCEPTED"), "version", equalTo(2));
        as("sofia").body("{\"version\":2,\"status\":\"IN_PROGRESS\",\"comment\":\"Начала проверку лендинга\"}")
                .put("/api/v1/actions/" + id).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"), "comments[0].text", equalTo("Начала проверку лендинга"),
                        "comments[0].author.name", equalTo("Sofia Smm"), "version", equalTo(3));
        as("sofia").body("{\"version\":3,\"status\":\"DONE\"}").put("/api/v1/actions/" + id)
                .then().statusCode(200).body("status", equalTo("DONE"), "version", equalTo(4));

        as("vic").get("/api/v1/actions/" + id).then().statusCode(200).header("ETag", "\"4\"")
                .body("status", equalTo("DONE"));
        String page = as("vic").get("/actions/" + id).then().statusCode(200).extract().asString();
        assertThat(page).contains("Проверить посадочную страницу VK", "Sofia Smm", "Начала проверку лендинга",
                "предложено → принято", "в работе → выполнено", "Hanna Head предложил(а)");
    }

    @Test
    void anUnknownOwnerOrAPastDueDateIsA422WithTheFieldAndNothingIsStored() throws SQLException {
        long before = count();

        as("hanna").body(action("olga", "Неизвестный исполнитель")).post("/api/v1/actions").then().statusCode(422)
                .body("error", equalTo("invalid"), "errors[0].field", equalTo("owner"),
                        "errors[0].code", equalTo("action.unknown_owner"), "errors[0].messageRu", containsString("olga"),
                        "errors[0].messageEn", containsString("olga"));
        as("hanna").body(action("sofia", "Прошедший срок").replace(due.toString(), due.minusDays(30).toString()))
                .post("/api/v1/actions").then().statusCode(422)
                .body("errors[0].field", equalTo("dueDate"), "errors[0].code", equalTo("action.due_in_past"));
        as("hanna").body(action("sofia", "x".repeat(400))).post("/api/v1/actions").then().statusCode(422)
                .body("errors[0].field", equalTo("title"), "errors[0].code", equalTo("input.text_too_long"));
        as("hanna").body("").post("/api/v1/actions").then().statusCode(422).body("errors[0].field", equalTo("body"));

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aChangeAgainstAnOlderVersionIsA409AndChangesNothing() {
        String id = proposed("hanna", "sofia");
        as("sofia").body("{\"version\":1,\"status\":\"ACCEPTED\"}").put("/api/v1/actions/" + id).then().statusCode(200);

        as("hanna").body("{\"version\":1,\"title\":\"" + MARK + " Другое название\"}").put("/api/v1/actions/" + id)
                .then().statusCode(409).body("error", equalTo("stale"), "currentVersion", equalTo(2),
                        "messageRu", containsString("версия 2"));
        as("hanna").get("/api/v1/actions/" + id).then().body("title", containsString("Проверить посадочную страницу"));
        as("sofia").body("{\"version\":2,\"status\":\"DONE\"}").put("/api/v1/actions/" + id).then().statusCode(422)
                .body("errors[0].field", equalTo("status"), "errors[0].code", equalTo("action.not_allowed"));
    }

    @Test
    void eachRoleMayDoWhatItsRuleSays() {
        String sofias = proposed("hanna", "sofia");
        String marks = proposed("ada", "mark");

        as("vic").body(action("vic", "Наблюдатель предлагает")).post("/api/v1/actions").then().statusCode(403);
        as("vic").body("{\"status\":\"ACCEPTED\"}").put("/api/v1/actions/" + sofias).then().statusCode(403);
        as("vic").get("/api/v1/actions").then().statusCode(200).body("id", hasItem(sofias));
        as("sofia").body(action("hanna", "Для руководителя")).post("/api/v1/actions").then().statusCode(403);
        as("sofia").body(action("sofia", "Для себя")).post("/api/v1/actions").then().statusCode(201);
        as("sofia").body("{\"status\":\"ACCEPTED\"}").put("/api/v1/actions/" + marks).then().statusCode(403);
        as("sofia").body("{\"owner\":\"mark\"}").put("/api/v1/actions/" + sofias).then().statusCode(403);
        as("mark").body("{\"owner\":\"hanna\",\"comment\":\"Передаю руководителю\"}").put("/api/v1/actions/" + sofias)
                .then().statusCode(200).body("owner.login", equalTo("hanna"), "comments[0].text",
                        equalTo("Передаю руководителю"));
        as("mark").get("/api/v1/actions/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void anOverdueActionStandsOutAndIsFoundByTheFilters() throws SQLException {
        String id = proposed("hanna", "sofia");
        new Sql(dataSource).execute("update corrective_action set due_date = current_date - 3 where id = '" + id + "'");

        as("vic").get("/api/v1/actions?overdue=true").then().statusCode(200).body("id", hasItem(id));
        as("vic").get("/api/v1/actions/" + id).then().body("overdue", equalTo(true));
        as("vic").get("/api/v1/actions?status=DONE,DROPPED").then().body("id", not(hasItem(id)));
        as("vic").get("/api/v1/actions?status=proposed").then().body("id", hasItem(id));
        as("vic").get("/api/v1/actions?status=FINISHED").then().statusCode(400);
        as("vic").get("/api/v1/actions?goal=not-a-goal").then().statusCode(400);
        String list = as("vic").get("/actions?overdue=true").then().statusCode(200).extract().asString();
        assertThat(list).contains("id=\"action-" + id + "\" class=\"action-row action-proposed action-overdue\"",
                "просрочено");
        String mine = as("sofia").header("HX-Request", "true").get("/actions/mine").then().statusCode(200)
                .extract().asString();
        assertThat(mine).contains("Мои действия", "action-" + id, "action-overdue");
    }

    @Test
    void theStatusChangesInPlaceOnThePageAndARefusalSaysWhyInTheRow() {
        String id = proposed("hanna", "sofia");

        String row = as("sofia").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .header("HX-Request", "true").formParam("version", "1").formParam("status", "ACCEPTED")
                .formParam("dropReason", "").post("/actions/" + id + "/status").then().statusCode(200)
                .extract().asString();
        assertThat(row).startsWith("<tr id=\"action-" + id + "\"").contains("принято", "value=\"IN_PROGRESS\"");

        String refused = as("sofia").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .header("HX-Request", "true").formParam("version", "2").formParam("status", "DROPPED")
                .formParam("dropReason", "").post("/actions/" + id + "/status").then().statusCode(422)
                .extract().asString();
        assertThat(refused).contains("Чтобы отменить действие, напишите причину");

        as("vic").contentType("application/x-www-form-urlencoded; charset=UTF-8").header("HX-Request", "true")
                .formParam("version", "2").formParam("status", "IN_PROGRESS").post("/actions/" + id + "/status")
                .then().statusCode(403);
    }

    @Test
    void aNewActionIsCreatedFromTheFormAndAnUnfitOneComesBackWithItsReasons() throws SQLException {
        as("hanna").get("/actions/new?kpi=revenue&grain=WEEK&day=2026-11-02&channel=vk_ads").then().statusCode(200)
                .body(containsString("id=\"action-prefilled\""), containsString("value=\"vk_ads\" id=\"channel-vk_ads\" checked"));

        Response refused = as("hanna").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("title", MARK + " Из формы").formParam("kpi", "revenue").formParam("owner", "olga")
                .formParam("dueDate", due.toString()).formParam("effectSize", "5000").formParam("effectKpi", "revenue")
                .formParam("effectDirection", "UP").post("/actions");
        refused.then().statusCode(422);
        assertThat(refused.asString()).contains("id=\"error-owner\"", "olga", "id=\"error-effect-size\"", "1000 %");

        Response created = given().redirects().follow(false).auth().oauth2(TOKENS.get("hanna"))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("title", MARK + " Из формы").formParam("kpi", "revenue").formParam("owner", "sofia")
                .formParam("channels", "vk_ads").formParam("channels", "seo").formParam("dueDate", due.toString())
                .formParam("effectSize", "12,5").formParam("effectKpi", "revenue").formParam("effectDirection", "UP")
                .post("/actions");
        created.then().statusCode(303);
        String id = created.header("Location").replaceAll(".*/actions/([^?]+).*", "$1");
        as("hanna").get("/api/v1/actions/" + id).then().body("expectedEffect.size", equalTo(0.125f),
                "channels.code", org.hamcrest.Matchers.contains("vk_ads", "seo"));
        assertThat(count()).isEqualTo(1);
    }
}
