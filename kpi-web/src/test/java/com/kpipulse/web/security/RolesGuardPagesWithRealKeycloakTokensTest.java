package com.kpipulse.web.security;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.localstack.TestStack;
import com.kpipulse.web.support.KeycloakTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class RolesGuardPagesWithRealKeycloakTokensTest {

    @Test
    void theAdminOpensSetup() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada"))
                .when().get("/admin")
                .then().statusCode(200)
                .body(containsString("id=\"admin-title\""));
    }

    @Test
    void theSmmSpecialistIsRefusedSetupWithAReadablePage() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("sofia"))
                .when().get("/admin")
                .then().statusCode(403)
                .body(containsString("id=\"forbidden\""))
                .body(containsString("SMM-специалист"))
                .body(not(containsString("Exception")));
    }

    @Test
    void theSmmSpecialistOpensHerScorecardButNotTheMarketingHeads() {
        String sofia = KeycloakTokens.accessTokenOf("sofia");
        given().auth().oauth2(sofia).when().get("/scorecards/smm")
                .then().statusCode(200).body(containsString("Вовлечённость"));
        given().auth().oauth2(sofia).when().get("/scorecards/head")
                .then().statusCode(403);
    }

    @Test
    void everyRoleMayOpenTheOverview() {
        for (String user : new String[] {"ada", "hanna", "mark", "sofia", "vic"}) {
            given().auth().oauth2(KeycloakTokens.accessTokenOf(user)).when().get("/scorecards/viewer")
                    .then().statusCode(200);
        }
    }

    @Test
    void withoutATokenTheBrowserIsSentToTheKeycloakLoginPage() {
        given().redirects().follow(false)
                .when().get("/admin")
                .then().statusCode(302)
                .header("Location", startsWith(TestStack.get().realmUrl() + "/protocol/openid-connect/auth"));
    }

    @Test
    void aForgedTokenIsRejected() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.c2lnbmF0dXJl")
                .redirects().follow(false)
                .when().get("/admin")
                .then().statusCode(401);
    }
}
