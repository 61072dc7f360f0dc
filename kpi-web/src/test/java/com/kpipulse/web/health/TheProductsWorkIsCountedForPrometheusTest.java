package com.kpipulse.web.health;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prometheus scrapes {@code /q/metrics} without signing in and finds the product's own work beside the JVM's: an
 * import counted by its system and outcome with its rows, a scorecard served computed then kept. Nothing in it names
 * a person or carries a token.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TheProductsWorkIsCountedForPrometheusTest {

    @Test
    void anImportIsCountedByItsOutcomeWithItsRows() {
        BigDecimal imports = sum(metrics(), "kpi_imports_total", "status=\"preview\"");
        BigDecimal rows = sum(metrics(), "kpi_import_rows_total", "status=\"preview\"");

        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark"))
                .multiPart("file", "visits.csv", "date,source,visits\n2024-03-11,Dzen / Native,42\n2024-03-12,Dzen / Native,40\n"
                        .getBytes())
                .multiPart("preset", "generic")
                .multiPart("dryRun", "true")
                .when().post("/api/v1/imports")
                .then().statusCode(200);

        String after = metrics();
        assertThat(sum(after, "kpi_imports_total", "status=\"preview\"")).isEqualByComparingTo(imports.add(BigDecimal.ONE));
        assertThat(sum(after, "kpi_import_rows_total", "status=\"preview\"")).isEqualByComparingTo(rows.add(BigDecimal.TWO));
        assertThat(after).contains("kpi_import_duration_seconds_count{");
        assertThat(after).as("no person, no token").doesNotContain("\"mark\"", "Bearer", "eyJ");
    }

    @Test
    void aScorecardIsCountedComputedThenKept() {
        String token = KeycloakTokens.accessTokenOf("vic");
        given().auth().oauth2(token).get("/scorecards/viewer").then().statusCode(200);
        BigDecimal kept = sum(metrics(), "kpi_scorecards_served_total", "from=\"kept\"");

        given().auth().oauth2(token).get("/scorecards/viewer").then().statusCode(200);

        assertThat(sum(metrics(), "kpi_scorecards_served_total", "from=\"kept\"")).isGreaterThan(kept);
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The sum of a counter's series whose labels contain {@code label}. */
    private static BigDecimal sum(String metrics, String name, String label) {
        Matcher line = Pattern.compile("^" + name + "\\{([^}]*)} (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        BigDecimal total = BigDecimal.ZERO;
        while (line.find()) {
            if (line.group(1).contains(label)) {
                total = total.add(new BigDecimal(line.group(2)));
            }
        }
        return total;
    }
}
