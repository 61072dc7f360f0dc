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
                .body(containsString("2 строк, 4 значений"))
                .body(containsString("ad_spend"))
                .body(containsString("Spring &lt;b&gt;sale&lt;/b&gt;"))
                .body(not(containsString("Spring <b>sale</b>")))
                .body(containsString("200,50"))
                .body(containsString("id=\"confirm-button\""))
                .extract().asString();
        assertThat(WebImportFiles.storedValues(dataSource)).isZero();

        ExtractableResponse<Response> confirmed = upload("mark", "/imports/confirm", WebImportFiles.GOOD_CSV, "generic",
                fingerprintIn(preview)).then().statusCode(200)
                .body(containsString("id=\"import-report\""))
                .body(containsString("Загружено"))
                .body(containsString("2 / 4"))
                .extract();
        assertThat(WebImportFiles.storedValues(dataSource)).isEqualTo(4);
        String reportUrl = confirmed.header("HX-Push-Url");
        assertThat(reportUrl).startsWith("/imports/");

        as("vic").when().get(reportUrl).then().statusCode(200)
                .body(containsString("id=\"report-title\"")).body(containsString("id=\"report-status\""));
        as("vic").when().get("/imports").then().statusCode(200)
                .body(containsString(WebImportFiles.FILE_PREFIX + "good.csv"));
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
                .body(containsString("Формат «generic» определён автоматически"));
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
