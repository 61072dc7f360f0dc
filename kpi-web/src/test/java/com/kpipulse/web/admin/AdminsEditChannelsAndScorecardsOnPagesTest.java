package com.kpipulse.web.admin;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AdminsEditChannelsAndScorecardsOnPagesTest {

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void restore() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("delete from scorecard_layout");
        }
    }

    @Test
    void theChannelRulesAreEditedAsLinesAndAWrongLineIsNamed() {
        String rules = given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).when().get("/admin/channels")
                .then().statusCode(200).body(containsString("google / cpc = google_ads"))
                .extract().htmlPath().getString("**.find { it.@id == 'rules' }");
        try {
            given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("rules", rules + "\nzen.yandex / native = dzen\n")
                    .when().post("/admin/channels")
                    .then().statusCode(200).body(allOf(containsString("id=\"rules-saved\""), containsString("zen.yandex / native = dzen")));
            given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("rules", "a / b = Not Valid\n")
                    .when().post("/admin/channels")
                    .then().statusCode(422).body(allOf(containsString("id=\"rule-problems\""), containsString("line 1")));
            given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).when().get("/api/v1/channel-rules")
                    .then().body("find { it.sourcePattern == 'zen.yandex / native' }.channel", equalTo("dzen"));
        } finally {
            given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("rules", rules).when().post("/admin/channels").then().statusCode(200);
        }
    }

    @Test
    void aRolesScorecardIsRecomposedFromCodes() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("role", "viewer").formParam("kpis", "nps, romi traffic")
                .when().post("/admin/scorecards")
                .then().statusCode(200).body(allOf(containsString("id=\"scorecard-saved\""), containsString("value=\"nps, romi, traffic\"")));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("role", "viewer").formParam("kpis", "nps, no_such")
                .when().post("/admin/scorecards")
                .then().statusCode(422).body(containsString("no_such"));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).when().get("/admin/scorecards").then().statusCode(403);
    }
}
