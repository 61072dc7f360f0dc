package com.kpipulse.web.admin;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.ReusedTokens;
import com.kpipulse.web.support.Sql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Values by hand: the measure and the channel are picked from lists (a channel the catalog lacks is refused, not
 * stored), the form keeps what was typed and names each problem next to its field in the reader's language, and the
 * values entered so far are listed newest first, each to change (a changed key moves the value) or delete, audited.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AdminsTypeInValuesAndKeepThemOnAPageTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void clean() throws SQLException {
        new Sql(dataSource).execute("delete from observation where source_system = 'manual'"
                + " and period_start between date '2023-01-01' and date '2023-12-31'");
    }

    private static RequestSpecification form(String language) {
        RequestSpecification request = given().auth().oauth2(ReusedTokens.of("ada")).contentType(FORM)
                .redirects().follow(false);
        return language == null ? request : request.cookie("kpi_lang", language);
    }

    private static RequestSpecification value(String language, String measure, String day, String channel, String value,
                                              String currency) {
        return form(language).formParam("measure", measure).formParam("periodStart", day).formParam("grain", "MONTH")
                .formParam("channel", channel).formParam("value", value).formParam("currency", currency);
    }

    private long stored(String where) throws SQLException {
        return new Sql(dataSource).number("select count(*) from observation where source_system = 'manual' and " + where);
    }

    @Test
    void theFormPicksMeasuresAndChannelsFromListsWithTheirNames() {
        form(null).when().get("/admin/values").then().statusCode(200)
                .body(allOf(containsString("<option value=\"nps_promoters\""), containsString("<option value=\"vk_ads\">VK Реклама (vk_ads)</option>"),
                        containsString("<option value=\"\">без канала</option>"), containsString("name=\"currency\" type=\"text\" maxlength=\"3\" value=\"RUB\"")))
                .body(not(containsString("name=\"channel\" type=\"text\"")));
    }

    @Test
    void aValueIsEnteredListedNewestFirstChangedAndDeleted() throws SQLException {
        value(null, "nps_promoters", "2023-02-01", "", "412", "").when().post("/admin/values")
                .then().statusCode(303).header("Location", containsString("/admin/values?done=saved"));
        value(null, "receivables", "2023-03-01", "vk_ads", "1 500 000,50", "RUB").when().post("/admin/values")
                .then().statusCode(303);
        String page = form(null).queryParam("done", "saved").when().get("/admin/values").then().statusCode(200)
                .body(allOf(containsString("id=\"value-saved\""), containsString("id=\"value-receivables:MONTH:2023-03-01:vk_ads\""),
                        containsString("1\u00A0500\u00A0000,50"), containsString("VK Реклама")))
                .extract().asString();
        assertThat(page.indexOf("receivables:MONTH:2023-03-01")).as("the newest first")
                .isLessThan(page.indexOf("nps_promoters:MONTH:2023-02-01"));

        form(null).queryParam("edit", "nps_promoters:MONTH:2023-02-01:").when().get("/admin/values").then().statusCode(200)
                .body(allOf(containsString("name=\"original\" value=\"nps_promoters:MONTH:2023-02-01:\""),
                        containsString("value=\"412\""), containsString("id=\"cancel-edit\"")));
        value(null, "nps_promoters", "2023-04-01", "", "420", "").formParam("original", "nps_promoters:MONTH:2023-02-01:")
                .when().post("/admin/values").then().statusCode(303);
        assertThat(stored("measure = 'nps_promoters' and period_start = date '2023-02-01'")).as("the old key is gone").isZero();
        assertThat(stored("measure = 'nps_promoters' and period_start = date '2023-04-01' and value = 420")).isOne();

        form(null).formParam("key", "nps_promoters:MONTH:2023-04-01:").when().post("/admin/values/delete")
                .then().statusCode(303).header("Location", containsString("done=removed"));
        assertThat(stored("measure = 'nps_promoters' and period_start = date '2023-04-01'")).isZero();
        form(null).formParam("key", "nps_promoters:MONTH:2023-04-01:").when().post("/admin/values/delete")
                .then().statusCode(409).body(containsString("Этого значения больше нет"));
        assertThat(new Sql(dataSource).number("select count(*) from audit_entry where subject_type = 'observation'"
                + " and action = 'delete' and subject_id like 'manual|nps_promoters|MONTH|2023-0%'")).isEqualTo(2);
    }

    @Test
    void aWrongValueKeepsWhatWasTypedAndNamesEachFieldInRussianAndEnglish() throws SQLException {
        String russian = value(null, "receivables", "2023-02-15", "vk", "12,5x", "").when().post("/admin/values")
                .then().statusCode(422).extract().asString();
        assertThat(russian).contains("id=\"value-problems\"", "value=\"2023-02-15\"", "value=\"12,5x\"",
                "<small class=\"field-error\" id=\"channel-error\">Канала «vk» нет в каталоге каналов.</small>",
                "id=\"value-error\">«12.5x» — не число");
        String moneyWithoutCurrency = value(null, "receivables", "2023-02-01", "", "10", "").when().post("/admin/values")
                .then().statusCode(422).extract().asString();
        assertThat(moneyWithoutCurrency).contains("id=\"currency-error\">Это деньги: выберите валюту.</small>");
        value(null, "visits", "2023-02-15", "", "10", "").when().post("/admin/values").then().statusCode(422)
                .body(containsString("id=\"period-start-error\">Месяц начинается с первого числа, а не 2023-02-15.</small>"));
        value("en", "receivables", "2023-02-01", "vk", "10", "RUB").when().post("/admin/values").then().statusCode(422)
                .body(allOf(containsString("There is no channel “vk” in the channel catalog."),
                        containsString("Not saved: correct the fields marked below.")));
        value("en", "no_such_measure", "2023-02-01", "", "-1", "").when().post("/admin/values").then().statusCode(422)
                .body(containsString("There is no base measure “no_such_measure”."));
        assertThat(stored("period_start between date '2023-01-01' and date '2023-12-31'")).isZero();
        given().auth().oauth2(ReusedTokens.of("mark")).when().get("/admin/values").then().statusCode(403);
    }

    @Test
    void aKeyTheListDidNotWriteIsRefusedWithAReason() {
        form(null).queryParam("edit", "nps_promoters:YEAR:2023-02-01:").when().get("/admin/values").then().statusCode(400);
        form(null).formParam("key", "'; drop table observation_value; --").when().post("/admin/values/delete")
                .then().statusCode(400);
        form(null).queryParam("page", "-1").when().get("/admin/values").then().statusCode(400);
    }
}
