package com.kpipulse.web.importing;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class MarketersPreviewAndConfirmImportsOnTheImportPagesTest {

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    @AfterEach
    void cleanUp() throws SQLException {
        WebImportFiles.cleanUp(dataSource);
    }

    @Test
    void everyRoleSeesThePastImportsButOnlyWritersGetTheUploadLink() {
        for (String user : new String[] {"ada", "hanna", "mark", "sofia", "vic"}) {
            String page = as(user).when().get("/imports")
                    .then().statusCode(200).body(containsString("id=\"imports-title\""))
                    .body(containsString("id=\"api-connections\"")).extract().asString();
            assertThat(page.contains("id=\"new-import\"")).as(user).isEqualTo(user.equals("ada") || user.equals("mark"));
        }
    }

    @Test
    void theViewerIsRefusedTheUploadFormThePreviewAndTheConfirmation() throws SQLException {
        as("vic").when().get("/imports/new").then().statusCode(403)
                .body(containsString("id=\"forbidden\"")).body(not(containsString("import-form")));
        upload("vic", "/imports/preview", WebImportFiles.GOOD_CSV, "generic", null).then().statusCode(403)
                .body(not(containsString("ad_spend")));
        upload("vic", "/imports/confirm", WebImportFiles.GOOD_CSV, "generic", "0".repeat(64)).then().statusCode(403);
        assertThat(WebImportFiles.storedValues(dataSource)).isZero();
    }

    @Test
    void theMarketerOpensTheUploadFormWithEveryPresetDescribedInRussian() {
        as("mark").when().get("/imports/new").then().statusCode(200)
                .body(containsString("<label for=\"file\">Файл выгрузки</label>"))
                .body(containsString("value=\"auto\""))
                .body(containsString("direct-ui-csv — "))
                .body(containsString("Любая таблица CSV или XLSX"))
                .body(containsString("name=\"_csrf\""));
    }

    @Test
    void thePreviewStoresNothingAndTheConfirmationStoresWhatWasPreviewed() throws SQLException {
        String preview = upload("mark", "/imports/preview", WebImportFiles.GOOD_CSV, "generic", null)
                .then().statusCode(200)
                .body(containsString("id=\"import-preview\""))
                .body(not(containsString("<html")))
                .body(containsString("Строк: 2, значений: 4"))
                .body(containsString("ad_spend"))
                .body(containsString("Spring &lt;b&gt;sale&lt;/b&gt;"))
                .body(not(containsString("Spring <b>sale</b>")))
                .body(containsString("200,50"))
                .body(containsString("id=\"confirm-button\""))
                .extract().asString();
        assertThat(WebImportFiles.storedValues(dataSource)).isZero();

        ExtractableResponse<Response> confirmed = upload("mark", "/imports/confirm", WebImportFiles.GOOD_CSV, "generic",
                fingerprintIn(preview)).then().statusCode(200)
                .body(not(containsString("import-form")))
                .extract();
        assertThat(WebImportFiles.storedValues(dataSource)).isEqualTo(4);
        String reportUrl = confirmed.header("HX-Redirect");
        assertThat(reportUrl).as("the browser is sent to the report's own page").startsWith("/imports/");

        as("mark").when().get(reportUrl).then().statusCode(200)
                .body(containsString("id=\"import-report\""))
                .body(containsString("Загружено"))
                .body(containsString("2 / 4"))
                .body(containsString("<p id=\"report-written\">Новых значений: 4, заменено: 0, без изменений: 0.</p>"))
                .body(containsString("<a id=\"another-import\" href=\"/imports/new\">Загрузить ещё файл</a>"))
                .body(not(containsString("id=\"import-form\""))).body(not(containsString("name=\"file\"")));
        as("vic").cookie("kpi_lang", "en").when().get(reportUrl).then().statusCode(200)
                .body(containsString("<p id=\"report-written\">New values: 4, replaced: 0, unchanged: 0.</p>"));
        as("vic").when().get(reportUrl).then().statusCode(200)
                .body(containsString("id=\"report-title\"")).body(containsString("id=\"report-status\""))
                .body(not(containsString("id=\"another-import\"")));
        as("vic").when().get("/imports").then().statusCode(200)
                .body(containsString(WebImportFiles.FILE_PREFIX + "good.csv"));
    }

    @Test
    void thePreviewNamesMeasuresChannelsAndPeriodsAsPeopleSayThem() {
        String csv = "date,channel,campaign,ad_spend\n2001-03-05,vk_ads,Spring,10\n";
        upload("mark", "/imports/preview", csv, "generic", null).then().statusCode(200)
                .body(containsString("<td data-label=\"Показатель\" title=\"ad_spend\">Расходы на рекламу</td>"))
                .body(containsString("<td data-label=\"Канал\">VK Реклама</td>"))
                .body(containsString("<td data-label=\"Дата\">05.03.2001</td>"))
                .body(not(containsString("<code>ad_spend</code>")));
        as("mark").cookie("kpi_lang", "en").header("HX-Request", "true")
                .multiPart("file", WebImportFiles.FILE_PREFIX + "weeks.csv",
                        "date,channel,ad_spend\n2001-03-07,vk_ads,10\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("preset", "generic").multiPart("currency", "RUB")
                .multiPart("mapping", "date = date\nchannel = channel\nad_spend = ad_spend")
                .when().post("/imports/preview").then().statusCode(200)
                .body(containsString(">Ad spend</td>"))
                .body(containsString(">VK Ads</td>"))
                .body(containsString("Ad spend <small><code>ad_spend</code></small>"));
    }

    @Test
    void thePreviewSaysWhichStoredValuesTheFileWouldReplaceAndThatItsDatesAreOld() {
        String preview = upload("mark", "/imports/preview", WebImportFiles.GOOD_CSV, "generic", null)
                .then().statusCode(200).extract().asString();
        upload("mark", "/imports/confirm", WebImportFiles.GOOD_CSV, "generic", fingerprintIn(preview))
                .then().statusCode(200);

        String changed = WebImportFiles.GOOD_CSV.replace("900,210", "901,211");
        upload("mark", "/imports/preview", changed, "generic", null).then().statusCode(200)
                .body(containsString("id=\"import-warnings\""))
                .body(containsString("файл заменит уже сохранённые значения (всего 2) за 02.03.2001–02.03.2001"))
                .body(containsString("значения в файле за 01.03.2001–02.03.2001 — старше года"))
                .body(containsString("id=\"confirm-button\""));
        as("mark").cookie("kpi_lang", "en").header("HX-Request", "true")
                .multiPart("file", WebImportFiles.FILE_PREFIX + "good.csv", changed.getBytes(StandardCharsets.UTF_8),
                        "text/csv")
                .multiPart("preset", "generic").multiPart("currency", "RUB")
                .when().post("/imports/preview").then().statusCode(200)
                .body(containsString("the file replaces 2 stored values from 2001-03-02 to 2001-03-02"));
    }

    @Test
    void aStoredReportSaysItsProblemsInTheLanguageOfWhoeverOpensIt() {
        String id = as("mark")
                .multiPart("file", WebImportFiles.FILE_PREFIX + "calendar.csv",
                        "date,channel,ad_spend\n32.01.2001,web_import_test,10\n".getBytes(StandardCharsets.UTF_8))
                .multiPart("preset", "generic").multiPart("options", "{\"currency\":\"RUB\"}")
                .when().post("/api/v1/imports").then().statusCode(422).extract().path("id");

        as("vic").when().get("/imports/" + id).then().statusCode(200)
                .body(containsString("<td data-label=\"Что не так\">32.01.2001 — нет такой даты в календаре</td>"))
                .body(not(containsString("Invalid value")));
        as("vic").cookie("kpi_lang", "en").when().get("/imports/" + id).then().statusCode(200)
                .body(containsString("<td data-label=\"What is wrong\">32.01.2001 is not a date of the calendar</td>"))
                .body(not(containsString("нет такой даты")));
    }

    @Test
    void aConfirmationOfAnotherFileIsPreviewedAgainInsteadOfImported() throws SQLException {
        String preview = upload("mark", "/imports/preview", WebImportFiles.GOOD_CSV, "generic", null)
                .then().statusCode(200).extract().asString();
        String other = WebImportFiles.GOOD_CSV.replace("900", "901");
        upload("mark", "/imports/confirm", other, "generic", fingerprintIn(preview)).then().statusCode(200)
                .body(containsString("id=\"import-notice\""))
                .body(containsString("изменились после предпросмотра"))
                .body(not(containsString("id=\"import-report\"")));
        assertThat(WebImportFiles.storedValues(dataSource)).isZero();
    }

    @Test
    void aBrokenFileShowsEveryProblemWithLineAndColumnAndCannotBeConfirmed() {
        upload("mark", "/imports/preview", WebImportFiles.BROKEN_CSV, "generic", null).then().statusCode(200)
                .body(containsString("id=\"problems\""))
                .body(containsString("<td data-label=\"Строка\">2</td>"))
                .body(containsString("<td data-label=\"Строка\">3</td>"))
                .body(containsString("<td data-label=\"Столбец\">ad_spend</td>"))
                .body(containsString("<td data-label=\"Столбец\">date</td>"))
                .body(not(containsString("id=\"confirm-button\"")));
    }

    @Test
    void autoDetectionPicksTheGenericPresetForAPlainTableAndSaysItGuessed() {
        upload("mark", "/imports/preview", WebImportFiles.GOOD_CSV, "auto", null).then().statusCode(200)
                .body(containsString("Формат «Любая таблица CSV или XLSX: столбцы сопоставляются с показателями вручную» определён автоматически"));
    }

    @Test
    void anUploadWithoutAFileAsksForOne() {
        as("mark").header("HX-Request", "true").multiPart("preset", "generic")
                .when().post("/imports/preview")
                .then().statusCode(200).body(containsString("id=\"import-problem\""))
                .body(containsString("Выберите файл."));
    }

    @Test
    void aReportThatDoesNotExistIsAReadable404() {
        as("mark").when().get("/imports/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .body(not(containsString("Exception")));
        as("mark").when().get("/imports/not-an-id").then().statusCode(404);
    }

    @Test
    void theListIsInEnglishAfterTheSwitch() {
        as("vic").cookie("kpi_lang", "en").when().get("/imports").then().statusCode(200)
                .body(containsString("Data imports")).body(containsString("API connections"));
    }

    @Test
    void theRowsCheckedOfAnUploadAreToldToItsImporterInTheirLanguageAndToNobodyElse() {
        String key = java.util.UUID.randomUUID().toString();
        as("mark").header("HX-Request", "true")
                .multiPart("file", WebImportFiles.FILE_PREFIX + "good.csv", WebImportFiles.GOOD_CSV.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("preset", "generic").multiPart("currency", "RUB").multiPart("progress", key)
                .when().post("/imports/preview").then().statusCode(200).body(containsString("id=\"import-preview\""));

        as("mark").when().get("/imports/progress/" + key).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/plain"))
                .body(org.hamcrest.Matchers.equalTo("Файл передан, проверено строк: 2…"));
        as("mark").cookie("kpi_lang", "en").when().get("/imports/progress/" + key).then().statusCode(200)
                .body(org.hamcrest.Matchers.equalTo("File sent, 2 rows checked…"));
        as("ada").when().get("/imports/progress/" + key).then().statusCode(404);
        as("mark").when().get("/imports/progress/" + java.util.UUID.randomUUID()).then().statusCode(404);
        as("mark").when().get("/imports/progress/not-a-key").then().statusCode(404);
        as("vic").when().get("/imports/progress/" + key).then().statusCode(403);
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.accessTokenOf(user));
    }

    private static Response upload(String user, String path, String csv, String preset, String fingerprint) {
        RequestSpecification request = as(user).header("HX-Request", "true")
                .multiPart("file", WebImportFiles.FILE_PREFIX + "good.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("preset", preset).multiPart("currency", "RUB");
        if (fingerprint != null) {
            request = request.multiPart("fingerprint", fingerprint);
        }
        return request.when().post(path);
    }

    static String fingerprintIn(String preview) {
        Matcher matcher = Pattern.compile("name=\"fingerprint\" value=\"([0-9a-f]{64})\"").matcher(preview);
        assertThat(matcher.find()).as("the preview carries a fingerprint").isTrue();
        return matcher.group(1);
    }
}
