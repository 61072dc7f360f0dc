package com.kpipulse.web.channel;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AdminsKeepTheChannelMappingAsAuditedDataTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aNewRuleMapsTheNextImportAndTheChangeIsAudited() throws SQLException {
        List<Map<String, String>> original = given().auth().oauth2(KeycloakTokens.accessTokenOf("vic"))
                .when().get("/api/v1/channel-rules")
                .then().statusCode(200).body("sourcePattern", hasItem("google / cpc")).extract().path("$");
        List<Map<String, String>> extended = new java.util.ArrayList<>(original);
        extended.add(Map.of("sourcePattern", "dzen / native", "channel", "referral"));
        try {
            given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType(ContentType.JSON).body(extended)
                    .when().put("/api/v1/channel-rules")
                    .then().statusCode(200).body("$", hasSize(original.size() + 1));

            given().auth().oauth2(KeycloakTokens.accessTokenOf("mark"))
                    .multiPart("file", "dzen.csv", "date,source,visits\n2024-03-11,Dzen / Native,42\n".getBytes())
                    .multiPart("preset", "generic")
                    .when().post("/api/v1/imports")
                    .then().statusCode(201);
            assertThat(channelOfTheImportedVisit()).isEqualTo("referral");
            assertThat(audited()).isTrue();
        } finally {
            given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType(ContentType.JSON).body(original)
                    .when().put("/api/v1/channel-rules").then().statusCode(200);
            try (Connection connection = dataSource.getConnection()) {
                connection.createStatement().execute("delete from observation where period_start = date '2024-03-11' and source = 'Dzen / Native'");
            }
        }
    }

    @Test
    void wrongLinesAreNamedAndNothingChanges() {
        int before = given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).when().get("/api/v1/channel-rules")
                .then().extract().path("size()");
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType(ContentType.JSON)
                .body(List.of(Map.of("sourcePattern", "a / b", "channel", "Not A Channel"),
                        Map.of("sourcePattern", "a / b", "channel", "seo")))
                .when().put("/api/v1/channel-rules")
                .then().statusCode(422).body("errors[0]", containsString("line 1"));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).when().get("/api/v1/channel-rules")
                .then().body("$", hasSize(before));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).contentType(ContentType.JSON).body(List.of())
                .when().put("/api/v1/channel-rules")
                .then().statusCode(403);
    }

    private String channelOfTheImportedVisit() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery(
                     "select channel from observation where period_start = date '2024-03-11' and source = 'Dzen / Native'")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private boolean audited() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery(
                     "select count(*) from audit_entry where subject_type = 'channel_mapping' and actor = 'ada'"
                             + " and after_value like '%dzen / native -> referral%'")) {
            rs.next();
            return rs.getLong(1) >= 1;
        }
    }
}
