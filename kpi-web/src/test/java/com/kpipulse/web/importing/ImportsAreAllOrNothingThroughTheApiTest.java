package com.kpipulse.web.importing;

import com.github.luben.zstd.ZstdInputStream;
import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ImportsAreAllOrNothingThroughTheApiTest {

    private static final String MAPPING = "{\"date\":\"date\",\"channel\":\"channel\",\"campaign\":\"campaign\","
            + "\"ad_spend\":\"ad_spend\",\"clicks\":\"clicks\"}";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void emptyStore() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("delete from observation where source_system = 'generic'");
        }
    }

    @Test
    void everyRoleSeesThePresets() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic"))
                .when().get("/api/v1/imports/presets")
                .then().statusCode(200)
                .body("id", hasItems("generic", "direct-ui-csv"));
    }

    @Test
    void aValidFileIsCommittedAndImportingItAgainChangesNothing() throws Exception {
        String csv = """
                date,channel,campaign,ad_spend,clicks
                2026-01-05,vk_ads,Winter sale,1200.50,340
                2026-01-06,vk_ads,Winter sale,900,210
                2026-01-06,yandex_direct,"=HYPERLINK(""http://x"",""y"")",500,120
                """;
        String id = upload("ads.csv", csv, "mark").statusCode(201)
                .body("status", equalTo("COMMITTED"))
                .body("rows", equalTo(3))
                .body("observations", equalTo(6))
                .body("from", equalTo("2026-01-05"))
                .body("to", equalTo("2026-01-06"))
                .body("written.added", equalTo(6))
                .body("written.replaced", equalTo(0))
                .body("written.unchanged", equalTo(0))
                .extract().path("id");
        assertThat(rawFile(id)).as("the raw file is kept, gzip-compressed, byte for byte")
                .isEqualTo(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(value("ad_spend", "2026-01-05", "vk_ads")).isEqualByComparingTo("1200.50");
        assertThat(campaigns()).contains("=HYPERLINK(\"http://x\",\"y\")");
        String exported = given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna"))
                .queryParam("from", "2026-01-05").queryParam("to", "2026-01-06").queryParam("measure", "ad_spend")
                .when().get("/api/v1/observations/export.csv")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertThat(exported).contains("generic,ad_spend,DAY,2026-01-06,yandex_direct,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",,500,RUB")
                .contains("generic,ad_spend,DAY,2026-01-05,vk_ads,Winter sale,,1200.5,RUB")
                .doesNotContain("clicks");
        long before = rowsRecordedSinceStart();
        long loads = scalar("select count(*) from observation_load");

        String again = upload("ads.csv", csv, "mark").statusCode(201).body("status", equalTo("COMMITTED"))
                .body("written.added", equalTo(0))
                .body("written.unchanged", equalTo(6))
                .extract().path("id");
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).when().get("/api/v1/imports/" + again)
                .then().statusCode(200).body("written.unchanged", equalTo(6)).body("written.replaced", equalTo(0));
        assertThat(rowsRecordedSinceStart()).isEqualTo(before);
        assertThat(scalar("select count(*) from observation_load")).as("not even a load is written").isEqualTo(loads);
        assertThat(count()).isEqualTo(6);
    }

    @Test
    void aCorrectedFileReplacesTheValueInsteadOfAddingToIt() throws SQLException {
        upload("ads.csv", "date,channel,campaign,ad_spend,clicks\n2026-02-02,vk_ads,Spring,100,10\n", "ada")
                .statusCode(201);
        upload("ads-corrected.csv", "date,channel,campaign,ad_spend,clicks\n2026-02-02,vk_ads,Spring,130,10\n", "ada")
                .statusCode(201).body("written.replaced", equalTo(1)).body("written.unchanged", equalTo(1))
                .body("written.added", equalTo(0));
        assertThat(value("ad_spend", "2026-02-02", "vk_ads")).isEqualByComparingTo("130");
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void aFileWithOneBadRowIsRejectedWithLineColumnAndReasonAndWritesNothing() throws SQLException {
        String csv = """
                date,channel,campaign,ad_spend,clicks
                2026-03-02,vk_ads,Spring,100,10
                2026-03-03,vk_ads,Spring,abc,11
                2026-03-04,vk_ads,Spring,-5,12
                """;
        upload("bad.csv", csv, "mark").statusCode(422)
                .body("status", equalTo("REJECTED"))
                .body("errors.line", hasItems(3, 4))
                .body("errors.column", hasItem("ad_spend"))
                .body("errors.message", hasItem(containsString("abc")));
        assertThat(count()).isZero();
    }

    @Test
    void everyProblemHasItsCodeAndBothLanguagesAndTheStoredReportSaysItTheSame() {
        String id = upload("calendar.csv", "date,channel,campaign,ad_spend,clicks\n32.01.2026,vk_ads,X,1,1\n", "mark")
                .statusCode(422)
                .body("errors[0].line", equalTo(2))
                .body("errors[0].column", equalTo("date"))
                .body("errors[0].code", equalTo("file.not_a_calendar_date"))
                .body("errors[0].message", equalTo("32.01.2026 is not a date of the calendar"))
                .body("errors[0].messageRu", equalTo("32.01.2026 — нет такой даты в календаре"))
                .extract().path("id");
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic"))
                .when().get("/api/v1/imports/" + id)
                .then().statusCode(200)
                .body("errors[0].code", equalTo("file.not_a_calendar_date"))
                .body("errors[0].message", equalTo("32.01.2026 is not a date of the calendar"))
                .body("errors[0].messageRu", equalTo("32.01.2026 — нет такой даты в календаре"));
    }

    @Test
    void aDryRunSaysWhichStoredValuesTheFileWouldReplace() throws SQLException {
        upload("spend.csv", "date,channel,campaign,ad_spend,clicks\n2026-02-09,vk_ads,Spring,100,10\n"
                + "2026-02-10,vk_ads,Spring,100,10\n", "mark").statusCode(201);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark"))
                .multiPart("file", "spend.csv", ("date,channel,campaign,ad_spend,clicks\n2026-02-09,vk_ads,Spring,100,10\n"
                        + "2026-02-10,vk_ads,Spring,130,12\n").getBytes(StandardCharsets.UTF_8))
                .multiPart("preset", "generic").multiPart("mapping", MAPPING).multiPart("options", "{\"currency\":\"RUB\"}")
                .multiPart("dryRun", "true")
                .when().post("/api/v1/imports")
                .then().statusCode(200)
                .body("status", equalTo("PREVIEW"))
                .body("replaces.values", equalTo(2))
                .body("replaces.from", equalTo("2026-02-10"))
                .body("replaces.to", equalTo("2026-02-10"))
                .body("warnings.code", hasItem("import_warning.replaces_values"))
                .body("warnings.messageRu", hasItem(containsString("(всего 2) за 10.02.2026–10.02.2026")));
        assertThat(value("ad_spend", "2026-02-10", "vk_ads")).isEqualByComparingTo("100");
    }

    @Test
    void rowsThatContradictEachOtherAreRejected() throws SQLException {
        String csv = """
                date,channel,campaign,ad_spend,clicks
                2026-04-06,vk_ads,Spring,100,10
                2026-04-06,vk_ads,Spring,120,10
                """;
        upload("dup.csv", csv, "mark").statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].line", equalTo(3))
                .body("errors[0].message", allOf(containsString("line 2"), containsString("different values")));
        assertThat(count()).isZero();
    }

    @Test
    void aDryRunPreviewsWithoutWriting() throws SQLException {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark"))
                .multiPart("file", "p.csv", "date,channel,campaign,ad_spend,clicks\n2026-05-04,seo,,0,5\n".getBytes(StandardCharsets.UTF_8))
                .multiPart("preset", "generic").multiPart("mapping", MAPPING).multiPart("options", "{\"currency\":\"RUB\"}")
                .multiPart("dryRun", "true")
                .when().post("/api/v1/imports")
                .then().statusCode(200)
                .body("status", equalTo("PREVIEW"))
                .body("preview.find { it.measure == 'ad_spend' }.currency", equalTo("RUB"))
                .body("preview.find { it.measure == 'clicks' }.currency", equalTo(null));
        assertThat(count()).isZero();
    }

    @Test
    void theReportCanBeFetchedAgainAndViewersMayNotImport() {
        String id = upload("again.csv", "date,channel,campaign,ad_spend,clicks\n2026-06-01,vk_ads,X,1,1\n", "ada")
                .statusCode(201).extract().path("id");
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna"))
                .when().get("/api/v1/imports/" + id)
                .then().statusCode(200).body("status", equalTo("COMMITTED")).body("fileName", equalTo("again.csv"))
                .body("importedBy", equalTo("ada"));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic"))
                .multiPart("file", "x.csv", "date\n".getBytes(StandardCharsets.UTF_8)).multiPart("preset", "generic")
                .when().post("/api/v1/imports")
                .then().statusCode(403);
    }

    private static ValidatableResponse upload(String name, String csv, String user) {
        return given().auth().oauth2(KeycloakTokens.accessTokenOf(user))
                .multiPart("file", name, csv.getBytes(StandardCharsets.UTF_8))
                .multiPart("preset", "generic")
                .multiPart("mapping", MAPPING)
                .multiPart("options", "{\"currency\":\"RUB\"}")
                .when().post("/api/v1/imports")
                .then().log().ifValidationFails();
    }

    private BigDecimal value(String measure, String day, String channel) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select value from observation where measure = ?"
                     + " and period_start = ?::date and channel = ? and source_system = 'generic'")) {
            statement.setString(1, measure);
            statement.setString(2, day);
            statement.setString(3, channel);
            try (ResultSet rs = statement.executeQuery()) {
                assertThat(rs.next()).as("a stored value for %s %s %s", measure, day, channel).isTrue();
                return rs.getBigDecimal(1);
            }
        }
    }

    private long count() throws SQLException {
        return scalar("select count(*) from observation where source_system = 'generic'");
    }

    private long rowsRecordedSinceStart() throws SQLException {
        return scalar("select count(distinct import_batch) from observation where source_system = 'generic'");
    }

    private java.util.List<String> campaigns() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select distinct campaign from observation where source_system = 'generic'")) {
            java.util.List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }

    private long scalar(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The kept raw file of a batch, uncompressed; checks that it says how it is kept and how big the file was. */
    private byte[] rawFile(String batch) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select encoding, size_bytes, lo_get(content) from import_raw"
                     + " where batch_id = '" + UUID.fromString(batch) + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("zstd");
            try (InputStream in = new ZstdInputStream(new ByteArrayInputStream(rs.getBytes(3)))) {
                byte[] file = in.readAllBytes();
                assertThat(rs.getLong(2)).isEqualTo(file.length);
                return file;
            }
        }
    }
}
