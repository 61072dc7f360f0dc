package com.kpipulse.web.support;

import static io.restassured.RestAssured.given;

/** Goals that tests set up through the real API as the admin {@code ada}, and remove again. */
public final class TestGoals {

    private TestGoals() {
    }

    /** Creates the goal (JSON as {@code POST /api/v1/goals} takes it) and returns its id. */
    public static String create(String json) {
        return given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json").body(json)
                .when().post("/api/v1/goals")
                .then().log().ifValidationFails().statusCode(201)
                .extract().path("goal.id");
    }

    /** Deletes the goal if there is one; returns null so callers can clear their field in one line. */
    public static String delete(String id) {
        if (id != null) {
            given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).when().delete("/api/v1/goals/" + id)
                    .then().statusCode(204);
        }
        return null;
    }
}
