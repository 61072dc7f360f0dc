package com.kpipulse.web.demo;

import com.kpipulse.adapters.demo.DemoActions;
import com.kpipulse.adapters.demo.DemoLoader;
import com.kpipulse.application.demo.DemoDataLoaded;
import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TheDemoCompanyLoadsThroughTheRealImportPipelineTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-10T06:00:00Z"), ZoneOffset.UTC);
    private static final String DEMO_BATCHES = "select id from import_batch where imported_by = 'demo'";

    @Inject
    DemoLoader loader;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    LoadedDemos loadedDemos;

    @AfterEach
    void removeTheDemo() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("delete from observation_value where load_id in"
                    + " (select id from observation_load where import_batch in (" + DEMO_BATCHES + "))");
            statement.execute("select lo_unlink(content) from import_raw where batch_id in (" + DEMO_BATCHES + ")");
            statement.execute("delete from import_batch where imported_by = 'demo'");
            statement.execute("delete from proposal where period_code in"
                    + " (select period_code from cycle_snapshot where ran_by = 'demo')");
            statement.execute("delete from cycle_snapshot where ran_by = 'demo'");
            statement.execute("delete from audit_entry where subject_type = 'corrective_action' and subject_id in"
                    + " (select id::text from corrective_action where title = '" + DemoActions.TITLE + "')");
            statement.execute("delete from corrective_action where title = '" + DemoActions.TITLE + "'");
        }
    }

    @Test
    void everyDemoFileIsCommittedAndTheStoreHoldsAllEightChannelsForTheTwoYearsBeforeTheDay() throws SQLException {
        long started = System.nanoTime();
        DemoDataLoaded result = loader.load(CLOCK);
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(result.firstDay()).isEqualTo(LocalDate.of(2023, 9, 10));
        assertThat(result.lastDay()).isEqualTo(LocalDate.of(2025, 9, 9));
        assertThat(loadedDemos.events).containsExactly(result);
        assertThat(strings("select distinct status from import_batch where imported_by = 'demo'"))
                .containsExactly("COMMITTED");
        assertThat(scalar("select count(*) from import_batch where imported_by = 'demo'")).isEqualTo(result.files());
        assertThat(strings("select distinct channel from observation where import_batch in (" + DEMO_BATCHES + ")"))
                .contains("yandex_direct", "vk_ads", "google_ads", "seo", "smm_vk", "telegram", "email", "direct");
        assertThat(strings("select distinct channel from observation where measure = 'revenue' and import_batch in ("
                + DEMO_BATCHES + ")")).contains("yandex_direct", "vk_ads", "google_ads", "seo", "smm_vk", "telegram",
                "email", "direct");
        assertThat(scalar("select min(period_start) - date '2023-09-10' from observation where grain = 'DAY'"
                + " and import_batch in (" + DEMO_BATCHES + ")")).isZero();
        assertThat(scalar("select count(*) from observation where import_batch in (" + DEMO_BATCHES + ")"))
                .isEqualTo(result.values());
        assertThat(seconds).as("load time in seconds").isLessThan(60);
        // the story the cycles find on the first start: the day Metrica missed, VK Ads' conversion drop
        assertThat(strings("select period_code from cycle_snapshot where ran_by = 'demo' order by period_start, grain"))
                .containsExactlyInAnyOrder("2025-08", "2025-W33", "2025-W34", "2025-W35", "2025-W36");
        assertThat(strings("select cause from cycle_figure where period_code = '2025-W35' and kpi = 'traffic'"
                + " and channel is null")).containsExactly("DATA");
        assertThat(strings("select cause || ' ' || explained_by from cycle_figure where period_code = '2025-W35'"
                + " and kpi = 'revenue' and channel = 'vk_ads'")).containsExactly("CHANNEL vk_ads");
        // the action the story began with, done weeks ago: its effect is measured, and it made things worse
        String id = given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).get("/api/v1/actions?status=DONE")
                .then().statusCode(200).extract().path("find { it.title == '" + DemoActions.TITLE + "' }.id");
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).get("/api/v1/actions/" + id + "/effect").then()
                .statusCode(200).body("verdict", equalTo("WORSE"), "method", equalTo("DID"),
                        "window.start", equalTo("2025-08-11"), "window.end", equalTo("2025-09-07"));
        assertThat(given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).get("/cycles/2025-W36").then()
                .statusCode(200).extract().asString()).contains("href=\"/actions/" + id + "\"",
                "effect-badge effect-worse");
        // the budget cut's week: the head proposed the budget page's reallocation to its cycle
        assertThat(strings("select kind || ' ' || kpi from proposal where period_code = '2025-W36' and status = 'OPEN'"))
                .contains("REALLOCATION revenue");
    }

    private List<String> strings(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    private long scalar(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Records the hook the demo goals will observe. */
    @Singleton
    public static class LoadedDemos {

        final List<DemoDataLoaded> events = new ArrayList<>();

        public void on(@Observes DemoDataLoaded event) {
            events.add(event);
        }
    }
}
