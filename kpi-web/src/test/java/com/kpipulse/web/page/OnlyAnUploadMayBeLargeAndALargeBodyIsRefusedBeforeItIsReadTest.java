package com.kpipulse.web.page;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A request declaring a body larger than its door takes is refused with 413 and its reason before the body is read,
 * signed in or not: 4 MB for a form or a JSON body, 16 MB for the values API; a file upload may be as large as the
 * global limit.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class OnlyAnUploadMayBeLargeAndALargeBodyIsRefusedBeforeItIsReadTest {

    private static byte[] jsonOf(int bytes) {
        byte[] body = new byte[bytes];
        Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[bytes - 1] = '}';
        return body;
    }

    @Test
    void aJsonBodyOverFourMegabytesIsRefusedByItsLengthSignedInOrNot() {
        given().contentType("application/json").body(jsonOf(5 << 20)).post("/api/v1/goals").then().statusCode(413)
                .body("error", equalTo("body_too_large"), "limitBytes", equalTo(4 << 20));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body(jsonOf(5 << 20)).post("/api/v1/goals").then().statusCode(413);
        int small = given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body("{}").post("/api/v1/goals").then().extract().statusCode();
        assertThat(small).as("a small body goes on to the door's own checks").isNotEqualTo(413).isLessThan(500);
    }

    @Test
    void theValuesApiTakesUpToSixteenMegabytesAndAnUploadMore() {
        int twoMegabytes = given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body(jsonOf(5 << 20)).post("/api/v1/observations").then().extract().statusCode();
        assertThat(twoMegabytes).isNotEqualTo(413).isLessThan(500);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body(jsonOf(17 << 20)).post("/api/v1/observations").then().statusCode(413)
                .body("limitBytes", equalTo(16 << 20));

        byte[] file = ("date,channel,visits\n" + "2019-01-01,seo,1\n".repeat(300_000)).getBytes(StandardCharsets.UTF_8);
        assertThat(file.length).isGreaterThan(4 << 20);
        int upload = given().auth().oauth2(KeycloakTokens.accessTokenOf("mark"))
                .multiPart("file", "large.csv", file, "text/csv").multiPart("preset", "generic")
                .post("/api/v1/imports").then().extract().statusCode();
        assertThat(upload).as("an upload is not held to the other bodies' limit").isNotEqualTo(413).isLessThan(500);
    }
}
