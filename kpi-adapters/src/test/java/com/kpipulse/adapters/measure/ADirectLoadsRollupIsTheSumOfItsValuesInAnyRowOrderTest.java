package com.kpipulse.adapters.measure;

import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.application.measure.Observations;
import com.kpipulse.application.measure.Written;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.localstack.DatabaseResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The direct load sums the rollup in the JVM (ADR 9), finding the sum of a channel and day once for the rows that
 * follow each other with it. Whatever order a file gives its rows in (a channel's campaigns together, or channels,
 * days and measures interleaved), each rollup row is the sum of its values, with as many values behind it.
 */
@QuarkusTest
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ADirectLoadsRollupIsTheSumOfItsValuesInAnyRowOrderTest {

    private static final String SOURCE = "rollup_order_test";

    @Inject
    Observations observations;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void campaignsTogetherOrInterleavedSumToTheirValues() throws SQLException {
        String together = StoreContract.unique("ro");
        String other = StoreContract.unique("ro");
        List<ObservationRow> grouped = rows(together, other, "2026-01-05");
        assertThat(CommittedWrites.load(observations, SOURCE, grouped)).contains(Written.allAdded(grouped.size()));

        List<ObservationRow> shuffled = rows(together, other, "2026-02-05");
        Collections.shuffle(shuffled, new Random(17));
        assertThat(CommittedWrites.load(observations, SOURCE, shuffled)).contains(Written.allAdded(shuffled.size()));

        for (String channel : List.of(together, other)) {
            Map<String, String> rollup = rollup(channel);
            assertThat(rollup).as("two months of five days, two measures").hasSize(20).isEqualTo(values(channel));
        }
    }

    /** Per channel, day and campaign (in that order, a channel's campaigns together) visits and ad spend in RUB. */
    private static List<ObservationRow> rows(String first, String second, String from) {
        List<ObservationRow> rows = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            LocalDate day = LocalDate.parse(from).plusDays(d);
            for (String channel : List.of(first, second)) {
                for (int campaign = 0; campaign < 3; campaign++) {
                    String name = "c" + campaign;
                    rows.add(new ObservationRow(0, "visits", day, Grain.DAY, channel, name, null,
                            BigDecimal.valueOf(10L * d + campaign + 1), null));
                    rows.add(new ObservationRow(0, "ad_spend", day, Grain.DAY, channel, name, null,
                            new BigDecimal(d + "." + campaign + "5"), "RUB"));
                }
            }
        }
        return rows;
    }

    /** The channel's rollup rows: "measure day currency" to "value × values". */
    private Map<String, String> rollup(String channel) throws SQLException {
        return sums(channel, "select measure, period_start, currency, value, row_count from observation_rollup"
                + " where channel = ? and source_system = '" + SOURCE + "' and grain = 'DAY'");
    }

    /** The same worked out from the stored values. */
    private Map<String, String> values(String channel) throws SQLException {
        return sums(channel, "select measure, period_start, coalesce(currency, ''), sum(value), count(*)"
                + " from observation where channel = ? and source_system = '" + SOURCE + "' and grain = 'DAY'"
                + " group by 1, 2, 3");
    }

    private Map<String, String> sums(String channel, String sql) throws SQLException {
        return RollupFigures.of(dataSource, channel, sql);
    }
}
