package com.kpipulse.web.admin;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.ReusedTokens;
import com.kpipulse.web.support.Sql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * The channel mapping and the scorecards are forms of rows: each rule a source and a channel picked from the catalog,
 * each scorecard a list of KPIs picked by name; rows are added, removed and moved by buttons that submit the form
 * (the page's script does the same in place); a wrong field is named next to itself in the reader's language, and
 * what was typed stays.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AdminsEditChannelsAndScorecardsOnPagesTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"([0-9]*)\"");

    @Inject
    AgroalDataSource dataSource;

    private List<Map<String, String>> rules;

    @BeforeEach
    void remember() {
        rules = given().auth().oauth2(ReusedTokens.of("ada")).when().get("/api/v1/channel-rules")
                .then().statusCode(200).extract().path("$");
    }

    @AfterEach
    void restore() throws SQLException {
        given().auth().oauth2(ReusedTokens.of("ada")).contentType(ContentType.JSON).body(rules)
                .when().put("/api/v1/channel-rules").then().statusCode(200);
        new Sql(dataSource).execute("delete from scorecard_layout");
    }

    private static RequestSpecification form(String language) {
        RequestSpecification request = given().auth().oauth2(ReusedTokens.of("ada")).contentType(FORM)
                .redirects().follow(false);
        return language == null ? request : request.cookie("kpi_lang", language);
    }

    /** The stored rules as the form sends them back, plus {@code more} pattern/channel pairs. */
    private RequestSpecification rulesForm(String language, String version, String... more) {
        RequestSpecification request = form(language).formParam("version", version);
        for (Map<String, String> rule : rules) {
            request = request.formParam("sourcePattern", rule.get("sourcePattern")).formParam("channel", rule.get("channel"));
        }
        for (int i = 0; i < more.length; i += 2) {
            request = request.formParam("sourcePattern", more[i]).formParam("channel", more[i + 1]);
        }
        return request;
    }

    /** The element with this id, up to the end of its row (or of its table body). */
    private static String row(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("an element " + id).isNotNegative();
        String rest = html.substring(start);
        int end = rest.indexOf(id.startsWith("kpis-") ? "</tbody>" : "</tr>");
        return rest.substring(0, end);
    }

    /** The values of the options selected, in order. */
    private static List<String> selected(String html) {
        List<String> values = new ArrayList<>();
        Matcher matcher = Pattern.compile("<option value=\"([^\"]*)\" selected>").matcher(html);
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }

    private static String version(String html) {
        Matcher matcher = VERSION.matcher(html);
        assertThat(matcher.find()).as("a hidden version field").isTrue();
        return matcher.group(1);
    }

    @Test
    void aRuleIsARowWhoseChannelIsPickedFromTheCatalogByName() {
        String html = form(null).when().get("/admin/channels").then().statusCode(200)
                .body(allOf(containsString("value=\"google / cpc\""), containsString("<option value=\"vk_ads\""),
                        containsString("VK Реклама (vk_ads)"), containsString("data-row-action=\"up\""),
                        containsString("src=\"/js/admin-forms.js\"")))
                .body(not(containsString("<textarea")))
                .extract().asString();
        int google = rules.indexOf(rules.stream().filter(rule -> rule.get("sourcePattern").equals("google / cpc"))
                .findFirst().orElseThrow());
        assertThat(row(html, "rule-" + google)).contains("<option value=\"google_ads\" selected>");

        rulesForm(null, version(html), "zen.yandex / native", "seo").when().post("/admin/channels")
                .then().statusCode(303).header("Location", containsString("/admin/channels?saved="));
        form(null).when().get("/admin/channels?saved=1").then().statusCode(200)
                .body(allOf(containsString("id=\"rules-saved\""), containsString("value=\"zen.yandex / native\"")));
        given().auth().oauth2(ReusedTokens.of("vic")).when().get("/api/v1/channel-rules")
                .then().body("find { it.sourcePattern == 'zen.yandex / native' }.channel", equalTo("seo"))
                .body("[-1].sourcePattern", equalTo("zen.yandex / native"));
    }

    @Test
    void aWrongRuleIsNamedNextToItsFieldInRussianAndEnglishAndTheRowsStayAsTyped() {
        String html = form(null).when().get("/admin/channels").then().extract().asString();
        int last = rules.size();

        String russian = rulesForm(null, version(html), "ok.ru / social", "ok_ru", "google / cpc", "seo", "*", "seo")
                .when().post("/admin/channels").then().statusCode(422)
                .body(allOf(containsString("id=\"rule-problems\""), containsString("Не сохранено: исправьте отмеченные поля."),
                        containsString("value=\"ok.ru / social\""), containsString("ok_ru (нет в каталоге)")))
                .body(not(containsString("line ")))
                .extract().asString();
        assertThat(row(russian, "rule-" + last)).contains("<small class=\"field-error\">Канала «ok_ru» нет в каталоге каналов.</small>");
        assertThat(row(russian, "rule-" + (last + 1))).contains("<small class=\"field-error\">«google / cpc» уже есть в строке");
        assertThat(row(russian, "rule-" + (last + 2))).contains("совпал бы с любым источником");

        rulesForm("en", version(html), "ok.ru / social", "ok_ru").when().post("/admin/channels")
                .then().statusCode(422)
                .body(allOf(containsString("There is no channel “ok_ru” in the channel catalog."),
                        containsString("Not saved: correct the fields marked below.")));
        given().auth().oauth2(ReusedTokens.of("vic")).when().get("/api/v1/channel-rules")
                .then().body("size()", equalTo(rules.size()));
    }

    @Test
    void rowsAreAddedRemovedAndMovedWithoutAScriptByTheSameButtonsAndNothingIsSaved() {
        String html = form(null).when().get("/admin/channels").then().extract().asString();
        String seen = version(html);
        int last = rules.size();

        String moved = rulesForm(null, seen, "zen.yandex / native", "seo").formParam("action", "up:" + last)
                .when().post("/admin/channels").then().statusCode(200).extract().asString();
        assertThat(row(moved, "rule-" + (last - 1))).contains("value=\"zen.yandex / native\"");
        assertThat(version(moved)).isEqualTo(seen);

        String added = rulesForm(null, seen).formParam("action", "add").when().post("/admin/channels")
                .then().statusCode(200).extract().asString();
        assertThat(row(added, "rule-" + last)).contains("name=\"sourcePattern\" value=\"\"");

        String removed = rulesForm(null, seen).formParam("action", "remove:0").when().post("/admin/channels")
                .then().statusCode(200).extract().asString();
        assertThat(row(removed, "rule-0")).contains("value=\"" + rules.get(1).get("sourcePattern") + "\"");

        form(null).formParam("action", "sideways:1").when().post("/admin/channels").then().statusCode(400);
        given().auth().oauth2(ReusedTokens.of("vic")).when().get("/api/v1/channel-rules")
                .then().body("size()", equalTo(rules.size()));
    }

    @Test
    void aRolesScorecardIsAListOfKpisPickedByNameInOrder() {
        String html = form(null).when().get("/admin/scorecards").then().statusCode(200)
                .body(allOf(containsString("id=\"compose-viewer\""), containsString("<option value=\"nps\""),
                        containsString(">ROMI (romi)<")))
                .extract().asString();
        String viewerForm = html.substring(html.indexOf("id=\"compose-viewer\""));

        form(null).formParam("role", "viewer").formParam("version", version(viewerForm))
                .formParam("kpis", "nps").formParam("kpis", "romi").formParam("kpis", "traffic")
                .when().post("/admin/scorecards")
                .then().statusCode(303).header("Location", containsString("saved=viewer"));
        given().auth().oauth2(ReusedTokens.of("vic")).when().get("/api/v1/scorecards")
                .then().body("viewer", equalTo(List.of("nps", "romi", "traffic")));

        String moved = form(null).formParam("role", "viewer").formParam("version", "1")
                .formParam("kpis", "nps").formParam("kpis", "romi").formParam("kpis", "traffic")
                .formParam("action", "down:0").when().post("/admin/scorecards")
                .then().statusCode(200).extract().asString();
        assertThat(selected(row(moved, "kpis-viewer"))).containsExactly("romi", "nps", "traffic");
    }

    @Test
    void aWrongScorecardIsNamedAtItsRowInRussianAndEnglish() {
        String russian = form(null).formParam("role", "viewer").formParam("kpis", "nps").formParam("kpis", "no_such")
                .formParam("kpis", "nps").when().post("/admin/scorecards")
                .then().statusCode(422).extract().asString();
        String viewer = russian.substring(russian.indexOf("id=\"kpis-viewer\""));
        assertThat(viewer.substring(0, viewer.indexOf("</tbody>")))
                .contains("<small class=\"field-error\">«nps» уже есть в строке 1.</small>");
        assertThat(russian).contains("no_such (нет в каталоге)");
        assertThat(russian).doesNotContain("kpis[");

        form("en").formParam("role", "viewer").formParam("kpis", "nps").formParam("kpis", "no_such")
                .when().post("/admin/scorecards")
                .then().statusCode(422).body(containsString("There is no KPI “no_such” in the catalog."));
        form("en").formParam("role", "viewer").when().post("/admin/scorecards")
                .then().statusCode(422).body(containsString("Add at least one row."));
        given().auth().oauth2(ReusedTokens.of("hanna")).when().get("/admin/scorecards").then().statusCode(403);
    }
}
