package com.kpipulse.web.scorecard;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.Concurrently;
import com.kpipulse.web.support.KeycloakTokens;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ScorecardCompositionsAreVersionedAndCheckedElementByElementTest {

    /** Sixteen different compositions, each of distinct catalog KPIs. */
    private static final List<List<String>> COMPOSITIONS = compositions();

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void restore() throws SQLException {
        new Sql(dataSource).execute("delete from scorecard_layout");
    }

    private static List<List<String>> compositions() {
        List<String> codes = List.of("nps", "romi", "traffic", "revenue", "cac", "aov", "ctr", "cpa");
        List<List<String>> all = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            List<String> rotated = new ArrayList<>(codes);
            Collections.rotate(rotated, i);
            all.add(List.copyOf(rotated.subList(0, 1 + i % 6)));
        }
        return all;
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    private static String body(List<String> kpis) {
        return "{\"kpis\":[" + String.join(",", kpis.stream().map(code -> "\"" + code + "\"").toList()) + "]}";
    }

    private long version() throws SQLException {
        return new Sql(dataSource).number("select coalesce(max(version), 0) from scorecard_layout_version where role = 'viewer'");
    }

    @Test
    void aCompositionIsReadWithItsVersionAndAChangeAgainstAnOlderOneIs412() {
        String ada = KeycloakTokens.accessTokenOf("ada");
        String etag = as(ada).when().get("/api/v1/scorecards/viewer").then().statusCode(200).extract().header("ETag");

        String next = as(ada).header("If-Match", etag).body(body(List.of("nps", "romi")))
                .when().put("/api/v1/scorecards/viewer")
                .then().statusCode(200).body("kpis", contains("nps", "romi")).extract().header("ETag");
        assertThat(next).isNotEqualTo(etag);

        as(ada).header("If-Match", etag).body(body(List.of("traffic")))
                .when().put("/api/v1/scorecards/viewer")
                .then().statusCode(412).body("error", equalTo("stale"))
                .body("messageRu", containsString("Скоркард изменил другой пользователь"))
                .body("messageEn", containsString("Another user changed this scorecard"));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).when().get("/api/v1/scorecards/viewer")
                .then().statusCode(200).header("ETag", next).body("kpis", contains("nps", "romi"));
        as(ada).body("{\"kpis\":[\"traffic\"],\"version\":" + next.replace("\"", "") + "}")
                .when().put("/api/v1/scorecards/viewer").then().statusCode(200);
    }

    @Test
    void anEmptyElementARepeatedCodeAndACodeThatIsNotTextAreNamedAndNothingChanges() throws SQLException {
        String ada = KeycloakTokens.accessTokenOf("ada");
        as(ada).body(body(List.of("nps", "romi"))).when().put("/api/v1/scorecards/viewer").then().statusCode(200);
        long version = version();

        as(ada).body("{\"kpis\":[null]}").when().put("/api/v1/scorecards/viewer")
                .then().statusCode(422).body("errors", hasItem("kpis[0]: a KPI code is required"));
        as(ada).body(body(Collections.nCopies(13, "revenue"))).when().put("/api/v1/scorecards/viewer")
                .then().statusCode(422).body("errors", hasItem("kpis[1]: «revenue» is already listed at kpis[0]: each KPI appears once"));
        as(ada).body(body(List.of("nps", "romi", "nps"))).when().put("/api/v1/scorecards/viewer")
                .then().statusCode(422).body("errors", contains("kpis[2]: «nps» is already listed at kpis[0]: each KPI appears once"))
                .body("problems[0].index", equalTo(2)).body("problems[0].code", equalTo("REPEATED"))
                .body("problems[0].messageRu", containsString("«nps» уже")).body("problems[0].messageEn", containsString("“nps” is already"));
        as(ada).body("{\"kpis\":[\"nps\",\"ro\\u0000mi\"]}").when().put("/api/v1/scorecards/viewer")
                .then().statusCode(422).body("errors[0]", containsString("kpis[1]: a control character (code 0)"));
        as(ada).body(body(List.of("x".repeat(100_000)))).when().put("/api/v1/scorecards/viewer")
                .then().statusCode(422).body("errors[0]", containsString("kpis[0]: the text is too long"));

        assertThat(version()).isEqualTo(version);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).when().get("/api/v1/scorecards")
                .then().body("viewer", equalTo(List.of("nps", "romi")));
    }

    @Test
    void sixteenRecompositionsWithTheSameIfMatchAtOnceMakeOne200AndFifteen412() throws Exception {
        String ada = KeycloakTokens.accessTokenOf("ada");
        for (int round = 0; round < 3; round++) {
            String etag = as(ada).when().get("/api/v1/scorecards/viewer").then().extract().header("ETag");
            List<Integer> statuses = Concurrently.run(16, i -> as(ada).header("If-Match", etag)
                    .body(body(COMPOSITIONS.get(i))).when().put("/api/v1/scorecards/viewer").then().extract().statusCode());

            assertThat(statuses).as("round %d", round).filteredOn(status -> status == 200).hasSize(1);
            assertThat(statuses).as("round %d", round).filteredOn(status -> status == 412).hasSize(15);
            List<String> stored = as(ada).when().get("/api/v1/scorecards/viewer").then().extract().path("kpis");
            assertThat(stored).isEqualTo(COMPOSITIONS.get(statuses.indexOf(200)));
        }
    }

    @Test
    void sixteenRecompositionsWithoutIfMatchAtOnceAllSucceedAndTheStoredOneIsOneOfThemWhole() throws Exception {
        String ada = KeycloakTokens.accessTokenOf("ada");
        for (int round = 0; round < 3; round++) {
            long before = version();
            List<Integer> statuses = Concurrently.run(16, i -> as(ada).body(body(COMPOSITIONS.get(i)))
                    .when().put("/api/v1/scorecards/viewer").then().extract().statusCode());

            assertThat(statuses).as("round %d", round).containsOnly(200);
            assertThat(version()).isEqualTo(before + 16);
            List<String> stored = as(ada).when().get("/api/v1/scorecards/viewer").then().extract().path("kpis");
            assertThat(COMPOSITIONS).contains(stored);
        }
    }
}
