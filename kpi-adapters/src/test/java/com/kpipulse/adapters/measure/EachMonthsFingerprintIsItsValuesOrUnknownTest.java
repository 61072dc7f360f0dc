package com.kpipulse.adapters.measure;

import com.kpipulse.adapters.contract.InPostgres;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.application.measure.Observations;
import com.kpipulse.application.measure.StoredObservations;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The months' fingerprints of ADR 25 against a real PostgreSQL: after every kind of write, each month of a series
 * either has no fingerprint (not known) or the fingerprint of exactly the values it holds, worked out here afresh
 * from the values; a re-delivery settles a month by its fingerprint without reading its values, so a writer that
 * changes a value without working the fingerprint out must leave it unknown, or the change would go unseen.
 */
@QuarkusTest
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EachMonthsFingerprintIsItsValuesOrUnknownTest {

    private static final String SOURCE = "fingerprint_test";

    @Inject
    Observations observations;

    @Inject
    StoredObservations stored;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aDirectLoadAndTheLoadsThatAddDaysToItsMonthsKeepEachMonthsFingerprint() throws SQLException {
        String channel = StoreContract.unique("fp");
        assertThat(load(days(channel, "2026-01-20", 20, day -> day + ".25"))).contains(new Written(40, 0, 0));
        assertThat(load(days(channel, "2026-02-09", 10, day -> "1E+" + day % 3))).as("days added to February")
                .contains(new Written(20, 0, 0));

        Map<String, Long> fingerprints = fingerprints(channel);
        assertThat(fingerprints).as("2 series × January and February").hasSize(4).doesNotContainValue(null);
        assertThat(fingerprints).isEqualTo(fingerprintsOfTheValues(channel));
    }

    @Test
    void aReDeliveryFindsEveryChangeAndLeavesEachMonthItReadWithTheFingerprintOfWhatItHolds() throws SQLException {
        String channel = StoreContract.unique("fp");
        load(days(channel, "2026-01-20", 40, day -> Integer.toString(day)));
        List<ObservationRow> again = new ArrayList<>(days(channel, "2026-01-25", 45,
                day -> day == 56 ? "56.000001" : Integer.toString(day)));

        Optional<Written> written = load(again);

        assertThat(written).as("January 25 to February 28 again, February 25 changed; March 1 to 10 new; two series")
                .contains(new Written(20, 2, 68));
        assertThat(fingerprints(channel)).doesNotContainValue(null).isEqualTo(fingerprintsOfTheValues(channel));
        assertThat(load(again)).as("the same file once more").contains(new Written(0, 0, 90));
    }

    @Test
    void aValueChangedByAWriterThatDoesNotHashLeavesItsMonthUnknownAndTheNextReDeliveryPutsItRight()
            throws SQLException {
        String channel = StoreContract.unique("fp");
        List<ObservationRow> file = days(channel, "2026-03-01", 61, day -> Integer.toString(day));
        load(file);
        execute("update observation v set value = 99 where channel = '" + channel + "' and measure = 'visits'"
                + " and period_start = date '2026-03-10'");
        merge(new ObservationRow(0, "ad_spend", LocalDate.parse("2026-03-11"), Grain.DAY, channel, null, null,
                new BigDecimal("98"), "RUB"));
        execute("delete from observation where channel = '" + channel + "' and measure = 'visits'"
                + " and period_start = date '2026-04-12'");
        execute("insert into observation (source_system, measure, grain, period_start, channel, campaign, source, value)"
                + " values ('" + SOURCE + "', 'ad_spend', 'DAY', date '2026-05-01', '" + channel + "', '', '', 5)");
        load(days(channel, "2026-05-02", 1, day -> "6"));

        Map<String, Long> fingerprints = fingerprints(channel);
        assertThat(fingerprints).as("a month each: a value updated through the view, merged, deleted, and May's"
                + " ad_spend written through the view").containsEntry("visits 2026-03-01", null)
                .containsEntry("ad_spend 2026-03-01", null).containsEntry("visits 2026-04-01", null)
                .containsEntry("ad_spend 2026-05-01", null);
        assertThat(fingerprints.get("ad_spend 2026-04-01")).as("a month nobody else wrote").isNotNull();
        assertThat(fingerprints).isEqualTo(fingerprintsOfTheValues(channel));

        assertThat(load(file)).as("March and April again: the three values the other writers changed are put back")
                .contains(new Written(1, 2, 119));
        assertThat(valueOf(row("visits", "2026-03-10", channel, "0"))).hasValueSatisfying(
                value -> assertThat(value).isEqualByComparingTo("69"));
        assertThat(fingerprints(channel)).containsEntry("ad_spend 2026-05-01", null)
                .isEqualTo(fingerprintsOfTheValues(channel)).doesNotContainEntry("visits 2026-03-01", null)
                .doesNotContainEntry("ad_spend 2026-03-01", null).doesNotContainEntry("visits 2026-04-01", null);
    }

    @Test
    void aMonthWhoseFingerprintSaysItIsUnchangedIsNotRead() throws SQLException {
        String channel = StoreContract.unique("fp");
        List<ObservationRow> file = days(channel, "2026-05-01", 31, day -> Integer.toString(day));
        load(file);
        long may = fingerprints(channel).get("visits 2026-05-01");
        execute("update observation set value = 77 where channel = '" + channel + "' and measure = 'visits'"
                + " and period_start = date '2026-05-07'");
        execute("update observation_month m set fingerprint = " + may + " from observation_series s"
                + " where s.id = m.series_id and s.channel = '" + channel + "' and s.measure = 'visits'");

        assertThat(load(file)).as("the fingerprint, put back by hand, says May's visits are as the file gives them")
                .contains(new Written(0, 0, 62));
        assertThat(valueOf(row("visits", "2026-05-07", channel, "0"))).hasValueSatisfying(
                value -> assertThat(value).isEqualByComparingTo("77"));
    }

    /**
     * Two series of the channel, a value a day from {@code first} on: visits as {@code value} gives it for the day of
     * the year, and ad_spend in RUB, half a rouble more.
     */
    private static List<ObservationRow> days(String channel, String first, int count, IntFunction<String> value) {
        List<ObservationRow> rows = new ArrayList<>();
        for (int day = 0; day < count; day++) {
            LocalDate date = LocalDate.parse(first).plusDays(day);
            String visits = value.apply(date.getDayOfYear());
            rows.add(row("visits", date.toString(), channel, visits));
            rows.add(new ObservationRow(0, "ad_spend", date, Grain.DAY, channel, null, null,
                    new BigDecimal(visits).add(new BigDecimal("0.5")), "RUB"));
        }
        return rows;
    }

    private static ObservationRow row(String measure, String day, String channel, String value) {
        return new ObservationRow(0, measure, LocalDate.parse(day), Grain.DAY, channel, null, null,
                new BigDecimal(value), null);
    }

    private Optional<Written> load(List<ObservationRow> rows) {
        return CommittedWrites.load(observations, SOURCE, rows);
    }

    private void merge(ObservationRow... rows) {
        CommittedWrites.merge(observations, SOURCE, rows);
    }

    private Optional<BigDecimal> valueOf(ObservationRow key) {
        return InPostgres.committed(() -> stored.valueOf(SOURCE, key));
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The stored fingerprint of each month of the channel's series, by "measure month-start"; null when unknown. */
    private Map<String, Long> fingerprints(String channel) throws SQLException {
        Map<String, Long> fingerprints = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select s.measure, m.month_start, m.fingerprint from observation_month m"
                        + " join observation_series s on s.id = m.series_id where s.channel = ?")) {
            select.setString(1, channel);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long fingerprint = rs.getLong(3);
                    Long known = rs.wasNull() ? null : fingerprint;
                    fingerprints.put(rs.getString(1) + " " + rs.getObject(2, LocalDate.class), known);
                }
            }
        }
        return fingerprints;
    }

    /**
     * What each month's fingerprint is to be: worked out from its values as stored, or null where the store does not
     * know it (so that the comparison checks every known one and the count of months).
     */
    private Map<String, Long> fingerprintsOfTheValues(String channel) throws SQLException {
        Map<String, Long> stored = fingerprints(channel);
        Map<String, Long> truth = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select measure, period_start, value, currency from observation where channel = ?")) {
            select.setString(1, channel);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    LocalDate day = rs.getObject(2, LocalDate.class);
                    String month = rs.getString(1) + " " + day.withDayOfMonth(1);
                    String currency = rs.getString(4) == null ? null : rs.getString(4).strip();
                    long hash = MonthFingerprint.of(day.getDayOfMonth() - 1, rs.getBigDecimal(3), currency);
                    truth.merge(month, hash, MonthFingerprint::add);
                }
            }
        }
        stored.forEach((month, fingerprint) -> {
            if (fingerprint == null) {
                truth.put(month, null);
            }
        });
        return truth;
    }
}
