package com.kpipulse.web.channel;

import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.web.text.Names;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * A channel is one thing: the stored catalog, seeded with the nine channels the product knew, edited by the admin (on
 * its page and through the API, versioned and audited) and read by every page, filter, import and the mapping. A
 * channel added there is at once a choice of the mapping page and of the values form, a channel values may carry, and
 * a name pages show; a channel rules or values still name is not removed.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AdminsKeepTheChannelCatalogThatEveryPageNamesChannelsByTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Inject
    AgroalDataSource dataSource;

    private List<Map<String, Object>> channels;
    private List<Map<String, String>> rules;

    private static RequestSpecification api(String user) {
        return given().auth().oauth2(ReusedTokens.of(user)).contentType(ContentType.JSON);
    }

    private static RequestSpecification form(String language) {
        RequestSpecification request = given().auth().oauth2(ReusedTokens.of("ada")).contentType(FORM)
                .redirects().follow(false);
        return language == null ? request : request.cookie("kpi_lang", language);
    }

    @BeforeEach
    void remember() {
        channels = api("ada").when().get("/api/v1/channels").then().statusCode(200).extract().path("$");
        rules = api("ada").when().get("/api/v1/channel-rules").then().statusCode(200).extract().path("$");
    }

    @AfterEach
    void restore() throws SQLException {
        new Sql(dataSource).execute("delete from observation where source_system in ('manual', 'generic')"
                + " and period_start = date '2024-03-12'");
        api("ada").body(rules).when().put("/api/v1/channel-rules").then().statusCode(200);
        api("ada").body(channels).when().put("/api/v1/channels").then().statusCode(200);
    }

    /** The catalog as it is, with Dzen (a social network) first. */
    private List<Map<String, Object>> withDzen() {
        List<Map<String, Object>> next = new ArrayList<>();
        Map<String, Object> dzen = new LinkedHashMap<>();
        dzen.put("code", "dzen");
        dzen.put("nameRu", "Дзен");
        dzen.put("nameEn", "Dzen");
        dzen.put("paid", false);
        dzen.put("social", true);
        next.add(dzen);
        next.addAll(channels);
        return next;
    }

    @Test
    void theCatalogStartsWithTheNineChannelsInTheirOrderWithTheirNamesAndKinds() {
        List<String> codes = api("vic").when().get("/api/v1/channels").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.matchesPattern("\"[0-9]+\""))
                .body("find { it.code == 'vk_ads' }.nameRu", equalTo("VK Реклама"))
                .body("find { it.code == 'vk_ads' }.paid", equalTo(true))
                .body("find { it.code == 'smm_vk' }.social", equalTo(true))
                .body("find { it.code == 'seo' }.paid", equalTo(false))
                .extract().path("code");
        assertThat(codes).containsSubsequence(ChannelCatalog.seed().codes());
        assertThat(Names.channel("smm_vk", Locale.ENGLISH)).isEqualTo("VK (SMM)");
        assertThat(Names.channel("no_such_channel", Locale.ENGLISH)).isEqualTo("no_such_channel");
    }

    @Test
    void aChannelAddedToTheCatalogReachesTheMappingPageTheValueCheckTheImportsAndTheNames() throws SQLException {
        String etag = api("ada").when().get("/api/v1/channels").then().extract().header("ETag");
        api("mark").body(withDzen()).when().put("/api/v1/channels").then().statusCode(403);
        api("ada").header("If-Match", etag).body(withDzen()).when().put("/api/v1/channels")
                .then().statusCode(200).body("[0].code", equalTo("dzen"));
        api("ada").header("If-Match", etag).body(channels).when().put("/api/v1/channels")
                .then().statusCode(412).body("messageRu", containsString("Каталог каналов изменил другой пользователь"));
        assertThat(new Sql(dataSource).number("select count(*) from audit_entry where subject_type = 'channel_catalog'"
                + " and actor = 'ada' and after_value like 'dzen «Дзен» / «Dzen» organic social%'")).isPositive();

        assertThat(Names.channel("dzen", Locale.forLanguageTag("ru"))).isEqualTo("Дзен");
        form(null).when().get("/admin/channels").then().statusCode(200)
                .body(containsString("<option value=\"dzen\">Дзен (dzen)</option>"));
        form("en").when().get("/admin/values").then().statusCode(200)
                .body(containsString("<option value=\"dzen\">Dzen (dzen)</option>"));

        form(null).formParam("measure", "visits").formParam("periodStart", "2024-03-12").formParam("grain", "DAY")
                .formParam("channel", "dzen").formParam("value", "7").when().post("/admin/values").then().statusCode(303);
        List<Map<String, String>> withRule = new ArrayList<>(rules);
        withRule.add(Map.of("sourcePattern", "dzen / native", "channel", "dzen"));
        api("ada").body(withRule).when().put("/api/v1/channel-rules").then().statusCode(200);
        given().auth().oauth2(ReusedTokens.of("mark"))
                .multiPart("file", "dzen.csv", "date,source,visits\n2024-03-12,Dzen / Native,42\n".getBytes())
                .multiPart("preset", "generic")
                .when().post("/api/v1/imports").then().statusCode(201);
        assertThat(new Sql(dataSource).text("select channel from observation where source_system = 'generic'"
                + " and period_start = date '2024-03-12' and source = 'Dzen / Native'")).isEqualTo("dzen");
        given().auth().oauth2(ReusedTokens.of("ada")).queryParam("channel", "dzen")
                .when().get("/kpis/traffic").then().statusCode(200);
        given().auth().oauth2(ReusedTokens.of("ada")).queryParam("channel", "ok_ru")
                .when().get("/kpis/traffic").then().statusCode(400);
    }

    @Test
    void aChannelThatRulesOrValuesNameIsNotRemovedAndTheReasonSaysWhich() throws SQLException {
        api("ada").body(withDzen()).when().put("/api/v1/channels").then().statusCode(200);
        List<Map<String, String>> withRule = new ArrayList<>(rules);
        withRule.add(Map.of("sourcePattern", "dzen / native", "channel", "dzen"));
        api("ada").body(withRule).when().put("/api/v1/channel-rules").then().statusCode(200);

        api("ada").body(channels).when().put("/api/v1/channels").then().statusCode(422)
                .body("problems[0].code", equalTo("CHANNEL_HAS_RULES"))
                .body("problems[0].messageRu", equalTo("Канал «dzen» нельзя удалить: его называют правила сопоставления (1)."));

        api("ada").body(rules).when().put("/api/v1/channel-rules").then().statusCode(200);
        form(null).formParam("measure", "visits").formParam("periodStart", "2024-03-12").formParam("grain", "DAY")
                .formParam("channel", "dzen").formParam("value", "7").when().post("/admin/values").then().statusCode(303);
        api("ada").body(channels).when().put("/api/v1/channels").then().statusCode(422)
                .body("problems[0].code", equalTo("CHANNEL_HAS_VALUES"))
                .body("problems[0].messageEn", equalTo("The channel “dzen” cannot be removed: values are stored for it."));

        new Sql(dataSource).execute("delete from observation where source_system = 'manual' and period_start = date '2024-03-12'");
        api("ada").body(channels).when().put("/api/v1/channels").then().statusCode(200);
        form(null).when().get("/admin/channels").then().body(not(containsString("<option value=\"dzen\"")));
    }

    @Test
    void theCatalogPageIsAFormOfRowsThatNamesEachWrongFieldInRussianAndEnglish() {
        form(null).when().get("/admin/channel-catalog").then().statusCode(200)
                .body(allOf(containsString("value=\"yandex_direct\""), containsString("value=\"Яндекс Директ\""),
                        containsString("id=\"add-channel\""), containsString("<option value=\"true\" selected>платный</option>")));

        String refused = withRows(form(null)).formParam("code", "Дзен").formParam("nameRu", "").formParam("nameEn", "Dzen")
                .formParam("paid", "false").formParam("social", "true")
                .when().post("/admin/channel-catalog").then().statusCode(422).extract().asString();
        int last = channels.size();
        String row = refused.substring(refused.indexOf("id=\"channel-" + last + "\""));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains(
                "<small class=\"field-error\">«Дзен» — не код: нужны строчные латинские буквы, цифры и _, например yandex_direct.</small>",
                "<small class=\"field-error\">Заполните это поле.</small>", "value=\"Дзен\"");
        withRows(form("en")).formParam("code", "seo").formParam("nameRu", "Ещё SEO").formParam("nameEn", "More SEO")
                .formParam("paid", "false").formParam("social", "false")
                .when().post("/admin/channel-catalog").then().statusCode(422)
                .body(containsString("“seo” is already in row"));

        withRows(form(null)).formParam("code", "dzen").formParam("nameRu", "Дзен").formParam("nameEn", "Dzen")
                .formParam("paid", "false").formParam("social", "true").formParam("action", "up:" + last)
                .when().post("/admin/channel-catalog").then().statusCode(200)
                .body(containsString("id=\"channel-" + (last - 1) + "\""));
        withRows(form(null)).formParam("code", "dzen").formParam("nameRu", "Дзен").formParam("nameEn", "Dzen")
                .formParam("paid", "false").formParam("social", "true")
                .when().post("/admin/channel-catalog").then().statusCode(303)
                .header("Location", containsString("/admin/channel-catalog?saved="));
        api("vic").when().get("/api/v1/channels").then().body("[-1].code", equalTo("dzen"))
                .body("[-1].social", equalTo(true));
    }

    /** The stored channels as the page sends them back. */
    private RequestSpecification withRows(RequestSpecification request) {
        for (Map<String, Object> channel : channels) {
            request = request.formParam("code", channel.get("code")).formParam("nameRu", channel.get("nameRu"))
                    .formParam("nameEn", channel.get("nameEn")).formParam("paid", String.valueOf(channel.get("paid")))
                    .formParam("social", String.valueOf(channel.get("social")));
        }
        return request;
    }
}
