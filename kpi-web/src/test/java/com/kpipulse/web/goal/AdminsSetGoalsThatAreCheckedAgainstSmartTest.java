package com.kpipulse.web.goal;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AdminsSetGoalsThatAreCheckedAgainstSmartTest {

    private static final String ONLINE_SALES = """
            {"title":"Увеличить онлайн-продажи на 20%","objective":"SALES","owner":"hanna",
             "start":"2026-10-01","deadline":"2026-12-31",
             "kpis":[{"kpi":"revenue","target":{"kind":"RELATIVE","changePercent":"20","baselineStart":"2026-07-01","baselineEnd":"2026-09-30"}},
                     {"kpi":"romi","target":{"kind":"ABSOLUTE","value":"0.3"}},
                     {"kpi":"cac"}],
             "visibleTo":["marketing-head","marketer"]}""";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aSoundGoalIsStoredShownToItsRolesAndAudited() throws SQLException {
        String id = given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body(ONLINE_SALES)
                .when().post("/api/v1/goals")
                .then().log().ifValidationFails().statusCode(201)
                .body("goal.title", equalTo("Увеличить онлайн-продажи на 20%"))
                .body("goal.kpis.kpi", hasItems("revenue", "romi", "cac"))
                .body("goal.kpis[0].target.changePercent", equalTo("20"))
                .body("findings.severity", not(hasItem("ERROR")))
                .extract().path("goal.id");

        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).when().get("/api/v1/goals/" + id)
                .then().statusCode(200).body("owner", equalTo("hanna")).body("deadline", equalTo("2026-12-31"));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("sofia")).when().get("/api/v1/goals/" + id)
                .then().statusCode(404);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("sofia")).when().get("/api/v1/goals")
                .then().statusCode(200).body("id", not(hasItem(id)));
        assertThat(audited(id, "create")).isTrue();

        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body(ONLINE_SALES.replace("\"owner\":\"hanna\"", "\"owner\":\"mark\""))
                .when().put("/api/v1/goals/" + id)
                .then().statusCode(200).body("goal.owner", equalTo("mark"));
        assertThat(audited(id, "update")).isTrue();

        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).when().delete("/api/v1/goals/" + id)
                .then().statusCode(204);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).when().get("/api/v1/goals/" + id)
                .then().statusCode(404);
        assertThat(audited(id, "delete")).isTrue();
    }

    @Test
    void moreThanFiveKpisIsAWarningNotARefusal() {
        String sixKpis = ONLINE_SALES.replace("{\"kpi\":\"cac\"}", "{\"kpi\":\"cac\"},{\"kpi\":\"cpa\"},{\"kpi\":\"ctr\"},{\"kpi\":\"aov\"}");
        String id = given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body(sixKpis)
                .when().post("/api/v1/goals")
                .then().statusCode(201)
                .body("goal.kpis", hasSize(6))
                .body("findings.find { it.kind == 'TOO_MANY_KPIS' }.severity", equalTo("WARNING"))
                .extract().path("goal.id");
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).when().delete("/api/v1/goals/" + id).then().statusCode(204);
    }

    @Test
    void aGoalThatIsNotSmartIsRefusedWithTheReasonsAndNotStored() throws SQLException {
        long before = goals();
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body("""
                        {"title":"Больше всего","owner":"hanna","start":"2026-10-01","deadline":"2026-09-01",
                         "kpis":[{"kpi":"revenue"}]}""")
                .when().post("/api/v1/goals")
                .then().statusCode(422)
                .body("findings.kind", hasItems("NO_OBJECTIVE", "NO_TARGET", "DEADLINE_BEFORE_START"))
                .body("findings.find { it.kind == 'NO_TARGET' }.reasonRu", org.hamcrest.Matchers.containsString("не измерима"));
        assertThat(goals()).isEqualTo(before);
    }

    @Test
    void unreadableFieldsAreNamed() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body("""
                        {"title":"X","objective":"PROFIT","owner":"hanna","start":"01.10.2026",
                         "kpis":[{"kpi":"revenue","target":{"kind":"ABSOLUTE","value":"много"}}],"visibleTo":["boss"]}""")
                .when().post("/api/v1/goals")
                .then().statusCode(422)
                .body("errors.field", hasItems("objective", "start", "kpis[0].target.value", "visibleTo"));
    }

    @Test
    void onlyAdminsWriteGoals() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).contentType("application/json").body(ONLINE_SALES)
                .when().post("/api/v1/goals")
                .then().statusCode(403);
    }

    private boolean audited(String id, String action) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select count(*) from audit_entry where subject_type = 'goal' and subject_id = ? and action = ? and actor = 'ada'")) {
            statement.setString(1, id);
            statement.setString(2, action);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 1;
            }
        }
    }

    private long goals() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery("select count(*) from goal")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
