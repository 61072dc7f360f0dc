package com.kpipulse.web.kpi;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Who may write, read and remove notes is one rule, whether the page or the API is asked. */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class NotesFollowTheReadingRulesOnEveryDoorTest {

    private static final String NOTE = "{\"day\":\"2026-11-03\",\"text\":\"Акция в рассылке\"}";

    @Test
    void theViewerMayNoteAKpiSheReadsButNotProfitOnThePageOrInTheApi() {
        String vic = KeycloakTokens.accessTokenOf("vic");
        given().auth().oauth2(vic).contentType("application/json").body(NOTE)
                .when().post("/api/v1/kpis/profit/annotations")
                .then().statusCode(403).body("error", equalTo("forbidden"));
        given().auth().oauth2(vic).formParam("day", "2026-11-03").formParam("text", "Акция")
                .when().post("/kpis/profit/notes")
                .then().statusCode(403);
        given().auth().oauth2(vic).queryParam("from", "2026-11-01").queryParam("to", "2026-11-30")
                .when().get("/api/v1/kpis/profit/annotations")
                .then().statusCode(403);
        given().auth().oauth2(vic).contentType("application/json").body(NOTE)
                .when().post("/api/v1/kpis/romi/annotations")
                .then().statusCode(201).body("author", equalTo("vic"));
    }

    @Test
    void aNoteIsRemovedByItsAuthorOrAnAdminOnly() {
        String id = given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).contentType("application/json").body(NOTE)
                .when().post("/api/v1/kpis/romi/annotations").then().statusCode(201).extract().path("id");
        given().auth().oauth2(KeycloakTokens.accessTokenOf("sofia")).when().delete("/api/v1/kpis/romi/annotations/" + id)
                .then().statusCode(403);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).when().delete("/api/v1/kpis/romi/annotations/" + id)
                .then().statusCode(204);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).when().delete("/api/v1/kpis/romi/annotations/" + id)
                .then().statusCode(404);

        String other = given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).contentType("application/json")
                .body(NOTE).when().post("/api/v1/kpis/romi/annotations").then().statusCode(201).extract().path("id");
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).when().delete("/api/v1/kpis/romi/annotations/" + other)
                .then().statusCode(204);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).queryParam("from", "2026-11-01")
                .queryParam("to", "2026-11-30").when().get("/api/v1/kpis/romi/annotations")
                .then().statusCode(200).body("id", not(hasItem(id))).body("id", not(hasItem(other)));
    }

    @Test
    void aNoteOutsideTheDatesOrWithBrokenTextIsRefusedInBothLanguages() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).contentType("application/json")
                .body("{\"day\":\"0000-01-01\",\"text\":\"x\"}")
                .when().post("/api/v1/kpis/romi/annotations")
                .then().statusCode(422).body("errors[0].field", equalTo("day"))
                .body("errors[0].messageRu", containsString("вне допустимого диапазона дат"));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).contentType("application/json")
                .body("{\"day\":\"2026-11-03\",\"text\":\"\\ud800\"}")
                .when().post("/api/v1/kpis/romi/annotations")
                .then().statusCode(422).body("errors[0].message", containsString("unpaired UTF-16 surrogate"));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).contentType("application/json")
                .body("{\"day\":\"2026-11-03\",\"channel\":\"" + "c".repeat(100_000) + "\",\"text\":\"x\"}")
                .when().post("/api/v1/kpis/romi/annotations")
                .then().statusCode(422).body("errors[0].field", equalTo("channel"));
    }
}
