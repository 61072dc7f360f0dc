package com.kpipulse.web.page;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** Browsers ask every page for its icon; a 404 on each was noise in every log and a blank tab. */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EveryPageHasAnIconTest {

    @Test
    void theIconIsServedToAnybodyAsAnIcoFile() {
        byte[] icon = given().redirects().follow(false).when().get("/favicon.ico")
                .then().statusCode(200).extract().asByteArray();
        assertThat(icon).startsWith(0, 0, 1, 0); // the ICO header: reserved 0, type 1 (icon)
        assertThat(icon.length).isGreaterThan(100);
    }

    @Test
    void pagesNameTheirIcon() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).when().get("/")
                .then().statusCode(200).body(containsString("<link rel=\"icon\" href=\"/favicon.ico\""));
    }
}
