package com.kpipulse.web.health;

import com.kpipulse.localstack.RealStackResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ReadinessReportsDatabaseAndKeycloakTest {

    @Test
    void readinessIsUpAndNamesTheDatabaseAndTheOidcServer() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "OIDC Provider Health Check"))
                .body("checks.status", hasItem("UP"));
    }
}
