package com.kpipulse.adapters.measure;

import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.application.measure.Observations;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.localstack.DatabaseResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The months' sums of ADR 27 against a real PostgreSQL: after every kind of write (a direct load, one adding days to
 * rollup rows that exist, a re-delivery, a merge, a value typed, changed and deleted through the view, a month
 * emptied, a rebuild), each month of {@code observation_rollup_month} is the sum of its days in the rollup, with as
 * many days behind it, and a month with no day left is gone; and measure_freshness lists every system and grain of
 * the rollup, which tells a reader a measure has no rival.
 */
@QuarkusTest
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EachMonthsSumIsTheSumOfItsDaysTest {

    private static final String SOURCE = "month_sums_test";

    @Inject
    Observations observations;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyWriterKeepsEachMonthTheSumOfItsDays() throws SQLException {
        String channel = StoreContract.unique("ms");
        load(days(channel, "Весна", "2026-01-20", 40, "10"));
        assertThat(months(channel)).as("January and February of two measures").hasSize(4).isEqualTo(days(channel));

        load(days(channel, "Лето", "2026-02-01", 10, "3"));
        load(days(channel, "Весна", "2026-01-25", 45, "11"));
        merge(new ObservationRow(0, "visits", LocalDate.parse("2026-03-20"), Grain.DAY, channel, "Осень", null,
                new BigDecimal("7.5"), null));
        execute("insert into observation (source_system, measure, grain, period_start, channel, campaign, source, value)"
                + " values ('" + SOURCE + "', 'visits', 'DAY', date '2026-04-02', '" + channel + "', '', '', 5)");
        execute("update observation set value = 99 where channel = '" + channel + "' and measure = 'visits'"
                + " and period_start = date '2026-02-10' and campaign = 'Весна'");
        execute("insert into observation (source_system, measure, grain, period_start, channel, campaign, source, value)"
                + " values ('" + SOURCE + "', 'visits', 'MONTH', date '2026-05-01', '" + channel + "', '', '', 500)");

        assertThat(unlisted()).as("each system and grain of the rollup listed in measure_freshness").isEmpty();
        assertThat(months(channel)).as("January to April; the month's own value of May is no day")
                .containsOnlyKeys("ad_spend 2026-01-01 RUB", "ad_spend 2026-02-01 RUB", "ad_spend 2026-03-01 RUB",
                        "visits 2026-01-01 ", "visits 2026-02-01 ", "visits 2026-03-01 ", "visits 2026-04-01 ")
                .isEqualTo(days(channel));

        execute("delete from observation where channel = '" + channel + "' and period_start >= date '2026-03-01'"
                + " and grain = 'DAY'");
        assertThat(months(channel)).as("March and April emptied").containsOnlyKeys("ad_spend 2026-01-01 RUB",
                "ad_spend 2026-02-01 RUB", "visits 2026-01-01 ", "visits 2026-02-01 ").isEqualTo(days(channel));

        assertThat(unlisted()).isEmpty();

        execute("select observation_sums_rebuild()");
        assertThat(months(channel)).hasSize(4).isEqualTo(days(channel));
        assertThat(unlisted()).isEmpty();
    }

    /** A value a day from {@code first} on of the campaign: visits, and ad_spend in RUB. */
    private static List<ObservationRow> days(String channel, String campaign, String first, int count, String value) {
        List<ObservationRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = LocalDate.parse(first).plusDays(i);
            rows.add(new ObservationRow(0, "visits", day, Grain.DAY, channel, campaign, null, new BigDecimal(value), null));
            rows.add(new ObservationRow(0, "ad_spend", day, Grain.DAY, channel, campaign, null,
                    new BigDecimal(value).add(new BigDecimal("0.5")), "RUB"));
        }
        return rows;
    }

    private void load(List<ObservationRow> rows) {
        CommittedWrites.load(observations, SOURCE, rows);
    }

    private void merge(ObservationRow... rows) {
        CommittedWrites.merge(observations, SOURCE, rows);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * The measures, systems and grains of the rollup that measure_freshness does not list: none, or a reader would
     * take a measure for one system's alone and not rank it (ADR 27).
     */
    private List<String> unlisted() throws SQLException {
        List<String> unlisted = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select distinct r.measure, r.source_system, r.grain"
                     + " from observation_rollup r where not exists (select 1 from measure_freshness f"
                     + " where f.measure = r.measure and f.source_system = r.source_system and f.grain = r.grain)")) {
            while (rs.next()) {
                unlisted.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return unlisted;
    }

    /** The channel's months' sums: "measure month currency" to "value × days". */
    private Map<String, String> months(String channel) throws SQLException {
        return sums(channel, "select measure, month_start, currency, value, row_count from observation_rollup_month"
                + " where channel = ? and source_system = '" + SOURCE + "'");
    }

    /** The same worked out afresh from the rollup's days. */
    private Map<String, String> days(String channel) throws SQLException {
        return sums(channel, "select measure, date_trunc('month', period_start)::date, currency, sum(value), count(*)"
                + " from observation_rollup where channel = ? and source_system = '" + SOURCE + "' and grain = 'DAY'"
                + " group by 1, 2, 3");
    }

    private Map<String, String> sums(String channel, String sql) throws SQLException {
        return RollupFigures.of(dataSource, channel, sql);
    }
}
