package com.kpipulse.web.company;

import com.kpipulse.domain.input.DateWindow;
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
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The company's settings: its currency, which money in a file that names none is in (GA4 and amoCRM exports name
 * none, and every such import used to be refused), shown preselected on the upload form; and its time zone, in which
 * the application's clock says what day it is, so the window of dates a value may have moves with it. Every role reads
 * them, the admin changes them (page and API, versioned, audited).
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TheCompanysCurrencyAndTimeZoneGoIntoEveryImportTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private static final String GA4 = """
            # Start date: 20240601
            # End date: 20240630
            Session primary channel group (Default Channel Group),Users,Sessions,Total revenue
            Referral,10,12,345.5
            """;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    private static RequestSpecification api(String user) {
        return given().auth().oauth2(ReusedTokens.of(user)).contentType(ContentType.JSON);
    }

    private static RequestSpecification page(String language) {
        RequestSpecification request = given().auth().oauth2(ReusedTokens.of("ada")).contentType(FORM)
                .redirects().follow(false);
        return language == null ? request : request.cookie("kpi_lang", language);
    }

    private static void settle(String currency, String zone) {
        api("ada").body("{\"currency\":\"" + currency + "\",\"timeZone\":\"" + zone + "\"}")
                .when().put("/api/v1/settings").then().statusCode(200);
    }

    @AfterEach
    void restore() throws SQLException {
        settle("RUB", "Europe/Moscow");
        new Sql(dataSource).execute("delete from observation where source_system = 'ga4' and period_start = date '2024-06-01'"
                + " and source = 'Referral'");
        new Sql(dataSource).execute("delete from observation where source_system = 'generic' and source = 'zone probe'");
    }

    @Test
    void everyRoleReadsTheSettingsAndOnlyTheAdminChangesThemAtTheVersionRead() {
        String etag = api("vic").when().get("/api/v1/settings").then().statusCode(200)
                .body("currency", equalTo("RUB")).body("timeZone", equalTo("Europe/Moscow"))
                .extract().header("ETag");
        api("mark").body("{\"currency\":\"USD\",\"timeZone\":\"UTC\"}").when().put("/api/v1/settings").then().statusCode(403);
        api("ada").header("If-Match", etag).body("{\"currency\":\"KZT\",\"timeZone\":\"Asia/Almaty\"}")
                .when().put("/api/v1/settings").then().statusCode(200).body("currency", equalTo("KZT"));
        api("ada").header("If-Match", etag).body("{\"currency\":\"USD\",\"timeZone\":\"UTC\"}")
                .when().put("/api/v1/settings").then().statusCode(412)
                .body("messageRu", containsString("Настройки компании изменил другой пользователь"));
        api("ada").body("{\"currency\":\"ABC\",\"timeZone\":\"Mars/Olympus\"}").when().put("/api/v1/settings")
                .then().statusCode(422)
                .body("problems.field", equalTo(java.util.List.of("currency", "timeZone")))
                .body("problems[0].code", equalTo("NOT_A_CURRENCY"))
                .body("problems[1].messageRu", equalTo("«Mars/Olympus» — не часовой пояс: выберите название, например Europe/Moscow."));
        api("vic").when().get("/api/v1/settings").then().body("timeZone", equalTo("Asia/Almaty"));
    }

    @Test
    void theSettingsPageNamesAWrongFieldInRussianAndEnglishAndSavesAtTheVersionShown() throws SQLException {
        page(null).when().get("/admin/settings").then().statusCode(200)
                .body(allOf(containsString("<option value=\"RUB\" selected>"), containsString("<option value=\"Europe/Moscow\" selected>")));
        page(null).formParam("currency", "RUB").formParam("timeZone", "Mars/Olympus").formParam("version", "")
                .when().post("/admin/settings").then().statusCode(422)
                .body(containsString("<small class=\"field-error\" id=\"time-zone-error\">«Mars/Olympus» — не часовой пояс"));
        page("en").formParam("currency", "XYZ").formParam("timeZone", "UTC").formParam("version", "")
                .when().post("/admin/settings").then().statusCode(422)
                .body(containsString("id=\"currency-error\">“XYZ” is not a currency"));
        page(null).formParam("currency", "EUR").formParam("timeZone", "Europe/Berlin").formParam("version", "")
                .when().post("/admin/settings").then().statusCode(303).header("Location", containsString("saved="));
        api("vic").when().get("/api/v1/settings").then().body("currency", equalTo("EUR"));
        assertThat(new Sql(dataSource).number("select count(*) from audit_entry where subject_type = 'company_settings'"
                + " and after_value = 'EUR, Europe/Berlin'")).isPositive();
    }

    @Test
    void aGa4FileWithoutACurrencyIsImportedInTheCompanysCurrencyShownOnTheUploadForm() throws SQLException {
        settle("KZT", "Asia/Almaty");
        given().auth().oauth2(ReusedTokens.of("mark")).when().get("/imports/new").then().statusCode(200)
                .body(containsString("<option value=\"\" selected>KZT — валюта компании, если в файле её нет</option>"));

        given().auth().oauth2(ReusedTokens.of("mark"))
                .multiPart("file", "acquisition.csv", GA4.getBytes(StandardCharsets.UTF_8)).multiPart("preset", "ga4-csv")
                .when().post("/api/v1/imports").then().statusCode(201);

        assertThat(new Sql(dataSource).text("select currency from observation where source_system = 'ga4'"
                + " and measure = 'revenue' and period_start = date '2024-06-01' and source = 'Referral'")).isEqualTo("KZT");
    }

    @Test
    void theLastDayAValueMayHaveIsAYearAfterTodayInTheCompanysTimeZone() throws SQLException {
        // at any moment one of these two zones is on another day than UTC: the company is put there
        LocalDate utc = LocalDate.now(Clock.systemUTC());
        ZoneId zone = LocalDate.now(Clock.system(ZoneId.of("Pacific/Kiritimati"))).isAfter(utc)
                ? ZoneId.of("Pacific/Kiritimati") : ZoneId.of("Pacific/Pago_Pago");
        settle("RUB", zone.getId());
        LocalDate companyToday = LocalDate.now(Clock.system(zone));
        assertThat(companyToday).as("the zone chosen is on another day than UTC").isNotEqualTo(utc);
        assertThat(LocalDate.now(clock)).as("the application's clock runs in the company's zone").isEqualTo(companyToday);

        LocalDate lastInCompany = DateWindow.latestValue(companyToday);
        LocalDate lastInUtc = DateWindow.latestValue(utc);
        LocalDate accepted = lastInCompany;
        LocalDate refused = lastInCompany.plusDays(1);
        assertThat(accepted.isAfter(lastInUtc) || refused.equals(lastInUtc))
                .as("the two answers differ from what UTC would say").isTrue();

        importDay(accepted).then().statusCode(201);
        importDay(refused).then().statusCode(422).body(containsString("out of range"));
    }

    private io.restassured.response.Response importDay(LocalDate day) {
        return given().auth().oauth2(ReusedTokens.of("mark"))
                .multiPart("file", "zone.csv", ("date,channel,source,visits\n" + day + ",seo,zone probe,1\n")
                        .getBytes(StandardCharsets.UTF_8))
                .multiPart("preset", "generic")
                .when().post("/api/v1/imports");
    }
}
