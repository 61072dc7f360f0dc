package com.kpipulse.web.kpi;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.Sql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CustomKpisAreVersionedAndTheirTextsBoundedTest {

    private static final String LEAD_COST = """
            {"code":"lead_cost","nameRu":"Цена лида","nameEn":"Lead cost","formula":"ad_spend / leads",
             "unit":"MONEY","direction":"LOWER_IS_BETTER","explanationRu":"Расход на один лид","explanationEn":"Spend per lead"}""";

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void clean() throws SQLException {
        new Sql(dataSource).execute("delete from custom_kpi where code = 'lead_cost'");
    }

    private static RequestSpecification asAda() {
        return given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json");
    }

    private long stored() throws SQLException {
        return new Sql(dataSource).number("select count(*) from custom_kpi where code = 'lead_cost'");
    }

    @Test
    void aCustomKpiIsReadWithItsVersionAndARedefinitionAgainstAnOlderOneIs412() {
        asAda().body(LEAD_COST).when().post("/api/v1/kpis").then().statusCode(201).header("ETag", "\"1\"");
        String etag = given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).when().get("/api/v1/kpis/lead_cost")
                .then().statusCode(200).body("version", equalTo(1)).extract().header("ETag");
        assertThat(etag).isEqualTo("\"1\"");

        asAda().header("If-Match", etag).body(LEAD_COST.replace("Цена лида", "Стоимость лида"))
                .when().put("/api/v1/kpis/lead_cost").then().header("ETag", "\"2\"");
        asAda().header("If-Match", etag).body(LEAD_COST.replace("ad_spend / leads", "ad_spend / orders"))
                .when().put("/api/v1/kpis/lead_cost")
                .then().statusCode(412).body("currentVersion", equalTo(2))
                .body("messageRu", containsString("Показатель изменил другой пользователь"))
                .body("messageEn", containsString("Another user changed this KPI"));

        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).when().get("/api/v1/kpis/lead_cost")
                .then().header("ETag", "\"2\"").body("nameRu", equalTo("Стоимость лида")).body("formula", equalTo("ad_spend / leads"));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).when().get("/api/v1/kpis/romi")
                .then().statusCode(200).header("ETag", nullValue()).body("version", nullValue());
        asAda().header("If-Match", "\"1\"").when().delete("/api/v1/kpis/lead_cost").then().statusCode(412);
        asAda().header("If-Match", "\"2\"").when().delete("/api/v1/kpis/lead_cost").then().statusCode(204);
    }

    @Test
    void aMegabyteNameOrANulIsRefusedByItsFieldAndNothingIsStored() throws SQLException {
        asAda().body(LEAD_COST.replace("Цена лида", "x".repeat(1 << 20))).when().post("/api/v1/kpis")
                .then().statusCode(422)
                .body("problems[0].field", equalTo("nameRu"))
                .body("problems[0].kind", equalTo("INVALID_TEXT"))
                .body("problems[0].messageEn", containsString("1048576 characters, at most 300"))
                .body("problems[0].messageRu", containsString("слишком длинный текст"));
        asAda().body(LEAD_COST.replace("Lead cost", "Lead\\u0000cost")).when().post("/api/v1/kpis")
                .then().statusCode(422).body("problems.field", hasItem("nameEn"));
        asAda().body(LEAD_COST.replace("Spend per lead", "Spend\\u0000")).when().post("/api/v1/kpis")
                .then().statusCode(422).body("problems.field", hasItem("explanationEn"));
        asAda().body(LEAD_COST.replace("\"lead_cost\"", "\"lead\\u0000cost\"")).when().post("/api/v1/kpis")
                .then().statusCode(422).body("problems.field", hasItem("code"));

        assertThat(stored()).isZero();
        assertThat(new Sql(dataSource).number("select count(*) from custom_kpi where length(name_ru) > 300")).isZero();
    }

    @Test
    void aFormulaTenThousandBracketsDeepIsRefusedWithAReasonNotAnError() throws SQLException {
        String deep = "(".repeat(10_000) + "ad_spend" + ")".repeat(10_000);
        asAda().body(LEAD_COST.replace("ad_spend / leads", deep)).when().post("/api/v1/kpis")
                .then().statusCode(422).body("problems[0].kind", equalTo("INVALID_TEXT"))
                .body("problems[0].messageEn", containsString("at most 1000"));
        // (ten thousand brackets in an address are cut off by the HTTP server's line limit, a 414, before the app)
        asAda().queryParam("formula", "revenue+".repeat(200) + "leads").when().get("/api/v1/kpis/formula-check")
                .then().statusCode(200).body("kind", hasItem("INVALID_TEXT"));
        asAda().queryParam("formula", "(".repeat(900) + "ad_spend").when().get("/api/v1/kpis/formula-check")
                .then().statusCode(200).body("kind", hasItem("TOO_DEEPLY_NESTED")).body("position", hasItem(51));

        String nested = "(".repeat(60) + "ad_spend" + ")".repeat(60) + " / leads";
        asAda().body(LEAD_COST.replace("ad_spend / leads", nested)).when().post("/api/v1/kpis")
                .then().statusCode(422)
                .body("problems[0].kind", equalTo("TOO_DEEPLY_NESTED"))
                .body("problems[0].position", equalTo(51))
                .body("problems[0].messageEn", containsString("position 51"))
                .body("problems[0].messageRu", containsString("позиции 51"));

        assertThat(stored()).isZero();
    }
}
