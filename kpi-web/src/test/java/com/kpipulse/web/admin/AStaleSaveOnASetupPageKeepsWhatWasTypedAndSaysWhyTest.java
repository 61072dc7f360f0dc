package com.kpipulse.web.admin;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.ReusedTokens;
import com.kpipulse.web.support.Sql;
import com.kpipulse.web.support.TestGoals;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Two admins on one setup page: the second to save worked from a page rendered before the first saved. Each page
 * carries the version it was rendered with; the late save is refused with 409, keeps what was typed, and says in the
 * reader's language that somebody else changed it.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AStaleSaveOnASetupPageKeepsWhatWasTypedAndSaysWhyTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"([0-9]*)\"");
    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private static final String GOAL_TITLE = "Выручка 2033 по неделям";

    @Inject
    AgroalDataSource dataSource;

    private String goalId;
    private List<Map<String, String>> rules;

    @AfterEach
    void restore() throws SQLException {
        goalId = TestGoals.delete(goalId);
        if (rules != null) {
            api().body(rules).when().put("/api/v1/channel-rules").then().statusCode(200);
        }
        new Sql(dataSource).execute("delete from scorecard_layout");
        new Sql(dataSource).execute("delete from custom_kpi where code = 'lead_cost'");
    }

    private static RequestSpecification api() {
        return given().auth().oauth2(ReusedTokens.of("ada")).contentType(ContentType.JSON);
    }

    private static RequestSpecification page(String language) {
        RequestSpecification request = given().auth().oauth2(ReusedTokens.of("ada")).contentType(FORM)
                .redirects().follow(false);
        return language == null ? request : request.cookie("kpi_lang", language);
    }

    private static String version(String html) {
        Matcher matcher = VERSION.matcher(html);
        assertThat(matcher.find()).as("a hidden version field").isTrue();
        return matcher.group(1);
    }

    @Test
    void theChannelMappingSavedFromAnOlderPageIsRefusedWithTheTypedRulesKeptInRussianAndEnglish() {
        rules = api().when().get("/api/v1/channel-rules").then().extract().path("$");
        String html = page(null).when().get("/admin/channels").then().statusCode(200).extract().asString();
        String seen = version(html);
        List<Map<String, String>> byOther = new ArrayList<>(rules);
        byOther.add(Map.of("sourcePattern", "other / admin", "channel", "seo"));
        api().body(byOther).when().put("/api/v1/channel-rules").then().statusCode(200);

        page(null).formParam("version", seen).formParam("sourcePattern", "typed.late / native").formParam("channel", "email")
                .when().post("/admin/channels")
                .then().statusCode(409)
                .body(allOf(containsString("id=\"rules-stale\""),
                        containsString("Сопоставление каналов изменил другой пользователь — обновите страницу, чтобы увидеть изменения"),
                        containsString("value=\"typed.late / native\""), containsString("value=\"" + seen + "\"")));
        page("en").formParam("version", seen).formParam("sourcePattern", "typed.late / native").formParam("channel", "email")
                .when().post("/admin/channels")
                .then().statusCode(409)
                .body(containsString("Another user changed the channel mapping — reload the page to see their changes"));

        List<String> stored = api().when().get("/api/v1/channel-rules").then().extract().path("sourcePattern");
        assertThat(stored).contains("other / admin").doesNotContain("typed.late / native");

        String current = version(page(null).when().get("/admin/channels").then().extract().asString());
        page(null).formParam("version", current).formParam("sourcePattern", "typed.late / native").formParam("channel", "email")
                .when().post("/admin/channels")
                .then().statusCode(303);
    }

    @Test
    void aScorecardSavedFromAnOlderPageIsRefusedWithTheTypedKpisKeptInRussianAndEnglish() {
        String html = page(null).when().get("/admin/scorecards").then().statusCode(200).extract().asString();
        String viewerForm = html.substring(html.indexOf("id=\"compose-viewer\""));
        String seen = version(viewerForm);
        api().body("{\"kpis\":[\"nps\",\"romi\"]}").when().put("/api/v1/scorecards/viewer").then().statusCode(200);

        String refused = page(null).formParam("role", "viewer").formParam("kpis", "ctr").formParam("kpis", "cpa")
                .formParam("version", seen)
                .when().post("/admin/scorecards")
                .then().statusCode(409)
                .body(allOf(containsString("id=\"scorecard-stale\""),
                        containsString("изменил другой пользователь — обновите страницу, чтобы увидеть изменения")))
                .extract().asString();
        String viewer = refused.substring(refused.indexOf("id=\"compose-viewer\""));
        assertThat(viewer.substring(0, viewer.indexOf("</form>")))
                .contains("<option value=\"ctr\" selected>", "<option value=\"cpa\" selected>", "value=\"" + seen + "\"");
        page("en").formParam("role", "viewer").formParam("kpis", "ctr").formParam("kpis", "cpa").formParam("version", seen)
                .when().post("/admin/scorecards")
                .then().statusCode(409)
                .body(containsString("reload the page to see their changes"));

        given().auth().oauth2(ReusedTokens.of("vic")).when().get("/api/v1/scorecards")
                .then().body("viewer", equalTo(List.of("nps", "romi")));
    }

    @Test
    void theChannelCatalogAndTheSettingsSavedFromAnOlderPageAreRefusedWithWhatWasTypedKept() {
        String catalog = page(null).when().get("/admin/channel-catalog").then().statusCode(200).extract().asString();
        String settings = page(null).when().get("/admin/settings").then().statusCode(200).extract().asString();
        String seenCatalog = version(catalog);
        String seenSettings = version(settings);
        page(null).formParam("currency", "RUB").formParam("timeZone", "Europe/Moscow").formParam("version", seenSettings)
                .when().post("/admin/settings").then().statusCode(303);
        List<Map<String, Object>> channels = api().when().get("/api/v1/channels").then().extract().path("$");
        api().body(channels).when().put("/api/v1/channels").then().statusCode(200);

        page(null).formParam("currency", "USD").formParam("timeZone", "Asia/Almaty").formParam("version", seenSettings)
                .when().post("/admin/settings").then().statusCode(409)
                .body(allOf(containsString("id=\"settings-stale\""), containsString("<option value=\"USD\" selected>")));
        page("en").formParam("code", "seo").formParam("nameRu", "Поиск").formParam("nameEn", "Search")
                .formParam("paid", "false").formParam("social", "false").formParam("version", seenCatalog)
                .when().post("/admin/channel-catalog").then().statusCode(409)
                .body(allOf(containsString("Another user changed the channel catalog — reload the page to see their changes"),
                        containsString("value=\"Поиск\"")));
        given().auth().oauth2(ReusedTokens.of("vic")).when().get("/api/v1/settings")
                .then().body("currency", equalTo("RUB"));
    }

    @Test
    void aCustomKpiEditedOnAnOlderPageIsRefusedWithTheTypedNameKeptInRussianAndEnglish() {
        api().body("""
                {"code":"lead_cost","nameRu":"Цена лида","nameEn":"Lead cost","formula":"ad_spend / leads",
                 "unit":"MONEY","direction":"LOWER_IS_BETTER","level":"ANALYTICAL","explanationRu":"Расход на лид",
                 "explanationEn":"Spend per lead"}""").when().post("/api/v1/kpis").then().statusCode(201);
        String html = page(null).queryParam("edit", "lead_cost").when().get("/admin/kpis")
                .then().statusCode(200).body(allOf(containsString("value=\"Цена лида\""), containsString("readonly")))
                .extract().asString();
        String seen = version(html);
        assertThat(seen).isEqualTo("1");
        api().body("""
                {"code":"lead_cost","nameRu":"Стоимость лида","nameEn":"Lead cost","formula":"ad_spend / leads",
                 "unit":"MONEY","direction":"LOWER_IS_BETTER","level":"ANALYTICAL","explanationRu":"Расход на лид",
                 "explanationEn":"Spend per lead"}""").when().put("/api/v1/kpis/lead_cost").then().statusCode(201);

        RequestSpecification late = page(null).formParam("code", "lead_cost").formParam("nameRu", "Лид по цене")
                .formParam("nameEn", "Lead cost").formParam("formula", "ad_spend / leads").formParam("unit", "MONEY")
                .formParam("direction", "LOWER_IS_BETTER").formParam("version", seen);
        late.when().post("/admin/kpis")
                .then().statusCode(409)
                .body(allOf(containsString("id=\"kpi-stale\""),
                        containsString("Показатель изменил другой пользователь — обновите страницу, чтобы увидеть изменения"),
                        containsString("value=\"Лид по цене\"")));
        page("en").formParam("code", "lead_cost").formParam("nameRu", "Лид по цене").formParam("nameEn", "Lead cost")
                .formParam("formula", "ad_spend / leads").formParam("unit", "MONEY").formParam("direction", "LOWER_IS_BETTER")
                .formParam("version", seen)
                .when().post("/admin/kpis")
                .then().statusCode(409).body(containsString("Another user changed this KPI — reload the page to see their changes"));

        given().auth().oauth2(ReusedTokens.of("vic")).when().get("/api/v1/kpis/lead_cost")
                .then().body("nameRu", equalTo("Стоимость лида")).header("ETag", "\"2\"");
        page(null).formParam("code", "lead_cost").formParam("nameRu", "Лид по цене").formParam("nameEn", "Lead cost")
                .formParam("formula", "ad_spend / leads").formParam("unit", "MONEY").formParam("direction", "LOWER_IS_BETTER")
                .formParam("version", "2").formParam("explanationRu", "Расход на один лид")
                .formParam("explanationEn", "Spend per lead")
                .when().post("/admin/kpis")
                .then().statusCode(303).header("Location", containsString("saved=lead_cost"));
        given().auth().oauth2(ReusedTokens.of("vic")).when().get("/api/v1/kpis/lead_cost")
                .then().header("ETag", "\"3\"").body("nameRu", equalTo("Лид по цене"))
                .body("explanationRu", equalTo("Расход на один лид"))
                .body("explanationEn", equalTo("Spend per lead")).body("level", equalTo("ANALYTICAL"));
    }

    @Test
    void aGoalEditedInTheWizardFromAnOlderPageIsRefusedWithTheTypedTitleKeptInRussianAndEnglish() {
        goalId = TestGoals.create("""
                {"title":"%s","objective":"SALES","owner":"hanna","start":"2033-01-03","deadline":"2033-03-27",
                 "kpis":[{"kpi":"revenue","target":{"kind":"ABSOLUTE","value":"100000"}},{"kpi":"romi"}],
                 "visibleTo":["marketing-head"]}""".formatted(GOAL_TITLE));
        page(null).when().get("/admin").then().statusCode(200)
                .body(containsString("href=\"/admin/goals/" + goalId + "/edit\""));
        String html = page(null).when().get("/admin/goals/" + goalId + "/edit")
                .then().statusCode(200)
                .body(allOf(containsString("action=\"/admin/goals/" + goalId + "\""), containsString("value=\"" + GOAL_TITLE + "\""),
                        containsString("value=\"Объём продаж / выручка\""), containsString("value=\"100000\""), not(containsString("id=\"goal-lossy\""))))
                .extract().asString();
        String seen = version(html);
        assertThat(seen).isEqualTo("1");
        api().body("""
                {"title":"%s (уточнено)","objective":"SALES","owner":"hanna","start":"2033-01-03","deadline":"2033-03-27",
                 "kpis":[{"kpi":"revenue","target":{"kind":"ABSOLUTE","value":"100000"}}],"visibleTo":["marketing-head"]}"""
                .formatted(GOAL_TITLE)).when().put("/api/v1/goals/" + goalId).then().statusCode(200);

        wizard("Заголовок из формы", seen, null).when().post("/admin/goals/" + goalId)
                .then().statusCode(409)
                .body(allOf(containsString("id=\"goal-stale\""),
                        containsString("Цель изменил другой пользователь — обновите страницу, чтобы увидеть изменения"),
                        containsString("value=\"Заголовок из формы\""), containsString("name=\"version\" value=\"1\"")));
        wizard("Заголовок из формы", seen, "en").when().post("/admin/goals/" + goalId)
                .then().statusCode(409)
                .body(containsString("Another user changed this goal — reload the page to see their changes"));
        api().when().get("/api/v1/goals/" + goalId).then().body("title", equalTo(GOAL_TITLE + " (уточнено)"));

        wizard("Заголовок из формы", "2", null).when().post("/admin/goals/" + goalId)
                .then().statusCode(303).header("Location", containsString("/admin/goals/" + goalId + "/edit?saved="));
        api().when().get("/api/v1/goals/" + goalId).then().header("ETag", "\"3\"")
                .body("title", equalTo("Заголовок из формы")).body("kpis.kpi", equalTo(List.of("revenue", "romi")));
    }

    private static RequestSpecification wizard(String title, String version, String language) {
        RequestSpecification form = page(language).formParam("title", title).formParam("objective", "SALES")
                .formParam("owner", "hanna").formParam("start", "2033-01-03").formParam("deadline", "2033-03-27")
                .formParam("baselineStart", "").formParam("baselineEnd", "").formParam("phasing", "EVEN")
                .formParam("visibleTo", "marketing-head").formParam("version", version);
        String[][] rows = {{"revenue", "ABSOLUTE", "100000"}, {"romi", "NONE", ""}};
        for (String[] row : rows) {
            form.formParam("kpi", row[0]).formParam("targetKind", row[1]).formParam("targetValue", row[2])
                    .formParam("changePercent", "");
        }
        return form;
    }
}
