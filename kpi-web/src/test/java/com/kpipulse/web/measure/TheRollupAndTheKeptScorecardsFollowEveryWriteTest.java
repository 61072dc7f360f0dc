package com.kpipulse.web.measure;

import com.kpipulse.application.evaluation.DataVersion;
import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.Sql;
import com.kpipulse.web.support.KeycloakTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read rollup ({@code observation_rollup}, summed over campaigns and sources) and the freshness table stay exact
 * whatever writes the store: plain SQL inserts, updates, deletes, a rolled-back transaction, the API. And a
 * scorecard kept by a replica is dropped as soon as a change commits.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TheRollupAndTheKeptScorecardsFollowEveryWriteTest {

    private static final String SOURCE = "rollup_test";
    private static final String NBSP = "\u00A0";
    /** Rows where the rollup and a fresh aggregate of the store disagree, for this test's source system. */
    private static final String DIFFERENCES = Sql.rollupDifferences("source_system = '" + SOURCE + "'");

    @Inject
    AgroalDataSource dataSource;

    private Sql store;

    @Inject
    DataVersion version;

    @Inject
    io.micrometer.core.instrument.MeterRegistry registry;

    @BeforeEach
    @AfterEach
    void cleanUp() throws SQLException {
        store = new Sql(dataSource);
        store.execute("delete from observation where source_system = '" + SOURCE + "'");
    }

    @Test
    void insertsUpdatesDeletesAndRollbacksKeepTheRollupExact() throws SQLException {
        store.execute("""
                insert into observation (source_system, measure, grain, period_start, channel, campaign, source, value, currency)
                values ('%1$s', 'revenue', 'DAY', date '2022-06-01', 'vk_ads', 'summer', '', 100.5, 'RUB'),
                       ('%1$s', 'revenue', 'DAY', date '2022-06-01', 'vk_ads', 'autumn', '', 200, 'RUB'),
                       ('%1$s', 'revenue', 'DAY', date '2022-06-01', 'vk_ads', 'winter', 'vk / cpc', 300, 'RUB'),
                       ('%1$s', 'visits', 'DAY', date '2022-06-02', 'seo', '', '', 40, null)
                """.formatted(SOURCE));
        assertThat(store.number(DIFFERENCES)).isZero();
        assertThat(rollup("revenue", "vk_ads")).isEqualByComparingTo("600.5");
        assertThat(store.number("select row_count from observation_rollup where source_system = '" + SOURCE
                + "' and measure = 'revenue'")).isEqualTo(3);

        store.execute("update observation set value = value + 10 where source_system = '" + SOURCE + "' and campaign = 'summer'");
        store.execute("update observation set currency = 'USD' where source_system = '" + SOURCE + "' and campaign = 'winter'");
        assertThat(store.number(DIFFERENCES)).isZero();
        assertThat(rollup("revenue", "vk_ads")).isEqualByComparingTo("310.5");

        store.execute("delete from observation where source_system = '" + SOURCE + "' and measure = 'visits'");
        assertThat(store.number(DIFFERENCES)).isZero();
        assertThat(store.number("select count(*) from observation_rollup where source_system = '" + SOURCE
                + "' and measure = 'visits'")).as("an emptied sum goes away").isZero();
        assertThat(store.number("select count(*) from measure_freshness where source_system = '" + SOURCE
                + "' and measure = 'visits'")).as("so does its freshness").isZero();

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("insert into observation (source_system, measure, grain, period_start, channel, value,"
                        + " currency) values ('" + SOURCE + "', 'revenue', 'DAY', date '2022-06-01', 'vk_ads', 5000, 'RUB')");
                statement.execute("delete from observation where source_system = '" + SOURCE + "' and campaign = 'autumn'");
            }
            connection.rollback();
        }
        assertThat(store.number(DIFFERENCES)).isZero();
        assertThat(rollup("revenue", "vk_ads")).as("a rolled-back write leaves the rollup as it was").isEqualByComparingTo("310.5");
    }

    @Test
    void valuesFromTheApiReachTheRollupAndTheFreshnessLine() throws SQLException {
        post("2022-07-04", "1000");
        post("2022-07-04", "1500");  // same natural key: replaces

        assertThat(store.number(DIFFERENCES)).isZero();
        assertThat(rollup("revenue", "seo")).isEqualByComparingTo("1500");
        assertThat(store.number("select count(*) from measure_freshness where source_system = '" + SOURCE
                + "' and measure = 'revenue' and last_start = date '2022-07-04'")).isEqualTo(1);
    }

    @Test
    void aKeptScorecardIsDroppedWhenAChangeCommitsAnywhere() throws Exception {
        post("2022-08-10", "1000");
        long settled = settledVersion();
        String before = revenueRow();
        assertThat(before).contains("1" + NBSP + "000,00" + NBSP + "₽");
        assertThat(revenueRow()).isEqualTo(before);
        assertThat(version.current()).as("reading changes nothing").isEqualTo(settled);

        // written past the web tier, so only the database's notice can tell this replica
        store.execute("insert into observation (source_system, measure, grain, period_start, channel, value, currency)"
                + " values ('" + SOURCE + "', 'revenue', 'DAY', date '2022-08-11', 'seo', 2500, 'RUB')");
        long deadline = System.currentTimeMillis() + 10_000;
        while (version.current() == settled && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(version.current()).as("the commit's notice arrived").isGreaterThan(settled);
        assertThat(revenueRow()).contains("3" + NBSP + "500,00" + NBSP + "₽");
    }

    @Test
    void aScorecardSomebodyLookedAtIsComputedAgainBeforeTheirNextView() throws Exception {
        post("2022-08-10", "1000");
        settledVersion();
        assertThat(revenueRow()).contains("1" + NBSP + "000,00" + NBSP + "₽");
        double computed = served("computed");

        store.execute("insert into observation (source_system, measure, grain, period_start, channel, value, currency)"
                + " values ('" + SOURCE + "', 'revenue', 'DAY', date '2022-08-12', 'seo', 700, 'RUB')");
        long deadline = System.currentTimeMillis() + 10_000;
        while (served("computed") == computed && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(served("computed")).as("computed again in the background, nobody asking").isGreaterThan(computed);
        Thread.sleep(500);                              // the background computation finishes
        double kept = served("kept");
        double computedNow = served("computed");

        assertThat(revenueRow()).contains("1" + NBSP + "700,00" + NBSP + "₽");
        assertThat(served("kept")).as("the next view is served from what was computed for it").isGreaterThan(kept);
        assertThat(served("computed")).isEqualTo(computedNow);
    }

    private double served(String from) {
        return registry.counter("kpi.scorecards.served", "from", from).count();
    }

    /** The version once the listener is connected and no notice is on its way: two reads a moment apart agree. */
    private long settledVersion() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        long seen = version.current();
        while (System.currentTimeMillis() < deadline) {
            Thread.sleep(300);
            long now = version.current();
            if (now == seen) {
                return now;
            }
            seen = now;
        }
        throw new AssertionError("The change listener never settled: is LISTEN working?");
    }

    private String revenueRow() {
        String html = given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna"))
                .queryParam("grain", "MONTH").queryParam("day", "2022-08-15").queryParam("channel", "seo")
                .when().get("/scorecards/head").then().statusCode(200).extract().asString();
        Matcher matcher = Pattern.compile("<tr id=\"kpi-revenue\".*?</tr>", Pattern.DOTALL).matcher(html);
        assertThat(matcher.find()).isTrue();
        return matcher.group().replaceAll("\\s+", " ");
    }

    private static void post(String day, String value) {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body("""
                        {"source":"%s","observations":[
                          {"measure":"revenue","periodStart":"%s","grain":"DAY","channel":"seo","value":"%s","currency":"RUB"}
                        ]}""".formatted(SOURCE, day, value))
                .when().post("/api/v1/observations")
                .then().log().ifValidationFails().statusCode(200);
    }

    private BigDecimal rollup(String measure, String channel) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select sum(value) from observation_rollup where source_system = '"
                     + SOURCE + "' and measure = '" + measure + "' and channel = '" + channel + "' and currency = 'RUB'")) {
            rs.next();
            return rs.getBigDecimal(1);
        }
    }


}
