package com.kpipulse.web.analysis;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Requests through SEO typed in day by day from 1 January to 10 March 2024, about 200 a day; on 5 March only 40.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AnomaliesAreListedWithTheirEvidenceAndAcknowledgedThroughTheApiTest {

    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2024, 3, 10);
    private static final String DROP = "requests.manual.seo.2024-03-05.drop";
    private static final String SPAN = "from=2024-03-01&to=2024-03-10";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void requestsWithADrop() {
        List<String> values = new ArrayList<>();
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            int value = day.equals(LocalDate.of(2024, 3, 5)) ? 40 : 200 + (day.getDayOfYear() * 7) % 11;
            values.add("{\"measure\":\"requests\",\"periodStart\":\"%s\",\"channel\":\"seo\",\"value\":\"%d\"}"
                    .formatted(day, value));
        }
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body("{\"source\":\"manual\",\"observations\":[" + String.join(",", values) + "]}")
                .when().post("/api/v1/observations").then().statusCode(200);
    }

    @AfterEach
    void clean() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("delete from observation where measure = 'requests' and period_start"
                    + " between date '" + FIRST + "' and date '" + LAST + "'");
            connection.createStatement().execute("delete from anomaly_acknowledgement where anomaly_id like 'requests.%'");
        }
    }

    @Test
    void theDropIsListedWithNamesFiguresAndEvidenceInBothLanguages() {
        String body = given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna"))
                .when().get("/api/v1/anomalies?" + SPAN).then().statusCode(200).extract().asString();
        JsonPath answer = new JsonPath(body);

        assertThat(answer.getString("from")).isEqualTo("2024-03-01");
        assertThat(answer.getString("to")).isEqualTo("2024-03-10");
        List<Map<String, Object>> found = answer.getList("anomalies.findAll { it.id.startsWith('requests.') }");
        assertThat(found).hasSize(1);
        JsonPath drop = new JsonPath(body).setRootPath("anomalies.find { it.id == '" + DROP + "' }");
        assertThat(drop.getString("kind")).isEqualTo("DROP");
        assertThat(drop.getString("day")).isEqualTo("2024-03-05");
        assertThat(drop.getString("measure.code")).isEqualTo("requests");
        assertThat(drop.getString("source.code")).isEqualTo("manual");
        assertThat(drop.getString("source.nameEn")).isEqualTo("Manual entry");
        assertThat(drop.getString("channel.code")).isEqualTo("seo");
        assertThat(drop.getDouble("value")).isEqualTo(40.0);
        assertThat(drop.getDouble("usual")).isBetween(190.0, 215.0);
        assertThat(drop.getDouble("ratio")).isBetween(0.18, 0.22);
        assertThat(drop.getDouble("score")).isLessThan(-4);
        assertThat(drop.getString("evidence.ru")).contains("Ручной ввод", "SEO", "40", "05.03.2024");
        assertThat(drop.getString("evidence.en")).contains("Manual entry", "SEO", "2024-03-05");
        assertThat(drop.getString("acknowledged")).isNull();
    }

    @Test
    void anAcknowledgementIsKeptAndShownWithTheAnomaly() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).contentType("application/json")
                .body("{\"note\":\"форму заявки чинили\"}")
                .when().post("/api/v1/anomalies/" + DROP + "/acknowledge")
                .then().statusCode(200).body("by", equalTo("mark")).body("note", equalTo("форму заявки чинили"));

        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).when().get("/api/v1/anomalies?" + SPAN)
                .then().statusCode(200)
                .body("anomalies.find { it.id == '" + DROP + "' }.acknowledged.by", equalTo("mark"))
                .body("anomalies.find { it.id == '" + DROP + "' }.acknowledged.note", equalTo("форму заявки чинили"));

        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json").body("{}")
                .when().post("/api/v1/anomalies/" + DROP + "/acknowledge")
                .then().statusCode(200).body("by", equalTo("ada")).body("note", nullValue());
    }

    @Test
    void anAnomalyTheDataDoNotShowIsNotFoundAndOnlyTheManagingRolesAcknowledge() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).contentType("application/json").body("{}")
                .when().post("/api/v1/anomalies/requests.manual.seo.2024-03-06.drop/acknowledge")
                .then().statusCode(404).contentType(containsString("json"));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).contentType("application/json").body("{}")
                .when().post("/api/v1/anomalies/not-an-id/acknowledge").then().statusCode(404);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).contentType("application/json").body("{}")
                .when().post("/api/v1/anomalies/" + DROP + "/acknowledge").then().statusCode(403);
        given().contentType("application/json").body("{}")
                .when().post("/api/v1/anomalies/" + DROP + "/acknowledge").then().statusCode(401);
    }

    @Test
    void badDatesAndLongSpansAreRefusedWithAReasonInBothLanguages() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).when().get("/api/v1/anomalies?from=2024-02-30")
                .then().statusCode(400).body(containsString("from"));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna"))
                .when().get("/api/v1/anomalies?from=2024-03-10&to=2024-03-01").then().statusCode(400)
                .body(containsString("TO_BEFORE_FROM"));
        String tooLong = given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna"))
                .when().get("/api/v1/anomalies?from=2024-01-01&to=2024-06-30").then().statusCode(400)
                .extract().asString();
        assertThat(tooLong).contains("SPAN_TOO_LONG", "92", "дней");
    }
}
