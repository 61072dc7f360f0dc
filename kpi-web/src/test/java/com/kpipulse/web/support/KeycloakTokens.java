package com.kpipulse.web.support;

import com.kpipulse.localstack.LocalKeycloak;
import com.kpipulse.localstack.TestStack;

import static io.restassured.RestAssured.given;

/** Real access tokens from the real Keycloak of the test stack (password grant, demo users). */
public final class KeycloakTokens {

    private KeycloakTokens() {
    }

    /** A bearer token for a demo user; the demo password equals the user name. */
    public static String accessTokenOf(String user) {
        return given()
                .formParam("grant_type", "password")
                .formParam("client_id", LocalKeycloak.CLIENT_ID)
                .formParam("client_secret", LocalKeycloak.CLIENT_SECRET)
                .formParam("username", user)
                .formParam("password", user)
                .formParam("scope", "openid")
                .when().post(TestStack.get().realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
