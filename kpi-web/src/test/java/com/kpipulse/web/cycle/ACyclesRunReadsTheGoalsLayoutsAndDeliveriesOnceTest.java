package com.kpipulse.web.cycle;

import com.kpipulse.application.goal.Goals;
import com.kpipulse.application.measure.DataFreshness;
import com.kpipulse.application.run.RunMemo;
import com.kpipulse.application.scorecard.ScorecardLayouts;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.scorecard.Role;
import com.kpipulse.localstack.RealStackResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.Sql;
import com.kpipulse.web.support.TestGoals;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stores a cycle's scorecards each ask (the goals, each role's layout, how far each source delivered) answer
 * once per run, as the product wires them: the same answer twice inside a run, a fresh read outside one.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ACyclesRunReadsTheGoalsLayoutsAndDeliveriesOnceTest {

    private static final String SOURCE = "run_memo_test";
    private static final Set<MeasureCode> VISITS = Set.of(new MeasureCode("social_visits"));

    @Inject
    RunMemo memo;
    @Inject
    Goals goals;
    @Inject
    ScorecardLayouts layouts;
    @Inject
    DataFreshness freshness;
    @Inject
    AgroalDataSource dataSource;

    private String goalId;

    /** A goal and a delivery, so that each store has something to answer (an empty answer may be shared). */
    @BeforeEach
    void aGoalAndADelivery() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body("""
                        {"source":"%s","observations":[{"measure":"social_visits","periodStart":"2023-05-02",
                         "grain":"DAY","value":"10"}]}""".formatted(SOURCE))
                .when().post("/api/v1/observations").then().statusCode(200);
        goalId = TestGoals.create("""
                {"title":"Переходы из соцсетей за май","objective":"TRAFFIC","owner":"sofia",
                 "start":"2023-05-01","deadline":"2023-05-31",
                 "kpis":[{"kpi":"social_traffic","target":{"kind":"ABSOLUTE","value":"3000"}}],
                 "visibleTo":["marketing-head"]}""");
    }

    @AfterEach
    void cleanUp() throws SQLException {
        goalId = TestGoals.delete(goalId);
        new Sql(dataSource).execute("delete from observation where source_system = '" + SOURCE + "'");
    }

    @Test
    void insideARunEachStoreIsReadOnce() {
        try (RunMemo.Run run = memo.open()) {
            assertThat(goals.all()).isNotEmpty().isSameAs(goals.all());
            assertThat(layouts.of(Role.MARKETER)).isSameAs(layouts.of(Role.MARKETER));
            assertThat(layouts.of(Role.MARKETER)).isNotSameAs(layouts.of(Role.VIEWER));
            assertThat(freshness.deliveries()).isNotEmpty().isSameAs(freshness.deliveries());
            assertThat(freshness.lastDaysOf(VISITS)).isNotEmpty().isSameAs(freshness.lastDaysOf(Set.copyOf(VISITS)));
        }
    }

    @Test
    void outsideARunEachReadGoesToTheStore() {
        assertThat(goals.all()).isNotEmpty().isNotSameAs(goals.all());
        assertThat(layouts.of(Role.MARKETER)).isNotSameAs(layouts.of(Role.MARKETER));
        assertThat(freshness.deliveries()).isNotEmpty().isNotSameAs(freshness.deliveries());
    }
}
