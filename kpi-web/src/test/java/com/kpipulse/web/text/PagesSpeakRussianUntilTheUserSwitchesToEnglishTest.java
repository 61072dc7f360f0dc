package com.kpipulse.web.text;

import com.kpipulse.web.page.Ui;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PagesSpeakRussianUntilTheUserSwitchesToEnglishTest {

    @Test
    void theHomePageGreetsInRussianWithNameRolesLogoutAndHtmx() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna"))
                .when().get("/")
                .then().statusCode(200)
                .body(allOf(containsString("lang=\"ru\""), containsString("Здравствуйте, Hanna Head!"),
                        containsString("Руководитель отдела маркетинга"), containsString("action=\"/logout\""),
                        containsString("/webjars/htmx.org/2.0.7/dist/htmx.min.js"), containsString("/scorecards/head")))
                .body(not(containsString("href=\"/admin\"")));
    }

    @Test
    void withTheEnglishCookieTheSamePageIsInEnglish() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).cookie(Ui.LANGUAGE_COOKIE, "en")
                .when().get("/")
                .then().statusCode(200)
                .body(allOf(containsString("lang=\"en\""), containsString("Hello, Hanna Head!"),
                        containsString("Marketing head"), containsString("Sign out")));
    }

    @Test
    void theSwitchRemembersTheChoiceAndGoesBackOnlyWithinTheSite() {
        String token = KeycloakTokens.accessTokenOf("vic");
        given().auth().oauth2(token).redirects().follow(false)
                .queryParam("to", "en").queryParam("back", "/scorecards/viewer")
                .when().get("/lang")
                .then().statusCode(303)
                .header("Location", containsString("/scorecards/viewer"))
                .cookie(Ui.LANGUAGE_COOKIE, equalTo("en"));
        given().auth().oauth2(token).redirects().follow(false)
                .queryParam("to", "ru").queryParam("back", "//evil.example/")
                .when().get("/lang")
                .then().statusCode(303)
                .header("Location", not(containsString("evil")));
    }

    @Test
    void theHtmxScriptIsServedFromTheWebjar() {
        given().when().get("/webjars/htmx.org/2.0.7/dist/htmx.min.js")
                .then().statusCode(200).body(containsString("htmx"));
    }

    @Test
    void anUnknownPageIsAReadable404() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic"))
                .when().get("/no-such-page")
                .then().statusCode(404).body(containsString("id=\"not-found\""));
    }
}
