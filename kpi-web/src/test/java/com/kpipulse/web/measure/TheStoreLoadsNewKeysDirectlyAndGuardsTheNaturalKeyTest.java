package com.kpipulse.web.measure;

import com.kpipulse.application.importing.ImportCommand;
import com.kpipulse.application.importing.ImportContent;
import com.kpipulse.application.importing.ImportObservations;
import com.kpipulse.application.importing.ImportReport;
import com.kpipulse.application.importing.ImportStatus;
import com.kpipulse.application.measure.DirectLoad;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.application.measure.Observations;
import com.kpipulse.application.measure.Written;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.Sql;
import com.kpipulse.web.support.TestChannels;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The narrow store of ADR 9 against a real PostgreSQL: a direct load keeps its values and the sums it adds up on the
 * way (rollup, month counts, reach) exactly as a fresh aggregate of the values would give them; a file that meets
 * stored keys replaces what it changes and adds what is new in the same pass, the sums as exact; a key named twice
 * leaves nothing behind and sends the file down the merge path, which lists contradictions.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TheStoreLoadsNewKeysDirectlyAndGuardsTheNaturalKeyTest {

    private static final String SOURCE = "direct_load_test";
    private static final String CHANNELS = "('direct_a', 'direct_b')";
    private static final String CAMPAIGN = "Весна «скидки» =HYPERLINK(\"x\")";
    /** Rollup rows that disagree with a fresh aggregate of the values, for the test's channels. */
    private static final String ROLLUP_DIFFERENCES = Sql.rollupDifferences("channel in " + CHANNELS);
    /** Month marks that disagree with the days holding values, for the test's series. */
    private static final String MONTH_DIFFERENCES = """
            select count(*) from (
                select series_id, date_trunc('month', period_start)::date as month_start,
                       bit_or(1 << (extract(day from period_start)::integer - 1)) as mask
                from observation where channel in %1$s group by 1, 2
            ) as truth
            full join (select m.* from observation_month m join observation_series s on s.id = m.series_id
                       where s.channel in %1$s) as m using (series_id, month_start)
            where truth.mask is distinct from m.day_mask
            """.formatted(CHANNELS);

    @Inject
    Observations observations;

    @Inject
    ImportObservations imports;

    @Inject
    AgroalDataSource dataSource;

    private Sql store;

    @BeforeEach
    @AfterEach
    void cleanUp() throws SQLException {
        store = new Sql(dataSource);
        TestChannels.register(dataSource, "direct_a", "direct_b");
        store.execute("delete from observation_value v using observation_series s where s.id = v.series_id and s.channel in " + CHANNELS);
    }

    @Test
    void aDirectLoadOfNewKeysKeepsItsValuesAndExactSums() throws SQLException {
        List<ObservationRow> rows = days(LocalDate.of(2021, 3, 20), 20);  // 20 days across March and April
        boolean kept = QuarkusTransaction.requiringNew().call(() -> {
            try (DirectLoad load = observations.loadDirectly(UUID.randomUUID(), SOURCE, "direct-load-test")) {
                rows.forEach(load::add);
                return load.finish().isPresent();
            }
        });

        assertThat(kept).isTrue();
        assertThat(store.number("select count(*) from observation where channel in " + CHANNELS)).isEqualTo(rows.size());
        assertThat(store.text("select sum(value)::text from observation where channel = 'direct_a' and measure = 'ad_spend'"))
                .as("20 × 100.25 + (0 + 1 + … + 19)").isEqualTo("2195.000000");
        assertThat(store.text("select string_agg(value::text, ' ' order by period_start) from observation"
                + " where channel = 'direct_b' and measure = 'visits' and period_start < date '2021-03-24'"))
                .isEqualTo("0.000000 1.000000 2.000000 0.000000");
        assertThat(store.number(ROLLUP_DIFFERENCES)).isZero();
        assertThat(store.number(MONTH_DIFFERENCES)).isZero();
        assertThat(store.number("select count(*) from observation_month m join observation_series s on s.id = m.series_id"
                + " where s.channel in " + CHANNELS)).as("4 series × 2 months").isEqualTo(8);
        assertThat(store.number("select day_mask from observation_month m join observation_series s on s.id = m.series_id"
                + " where s.channel = 'direct_a' and s.measure = 'visits' and m.month_start = date '2021-04-01'"))
                .as("April 1 to 8").isEqualTo(0xFF);
        assertThat(store.text("select max(last_start)::text from measure_freshness where source_system = '" + SOURCE + "'"))
                .isEqualTo("2021-04-08");
        assertThat(store.number("select count(*) from observation_series where id <> kpi_series_id(source_system, measure,"
                + " grain, channel, campaign, source)")).as("Java and SQL derive the same series ids").isZero();
        assertThat(store.text("select distinct campaign from observation where channel = 'direct_b'")).isEqualTo(CAMPAIGN);

        store.execute("select observation_sums_rebuild()");
        assertThat(store.number(ROLLUP_DIFFERENCES)).as("recomputed from the values, the sums are the same").isZero();
        assertThat(store.number(MONTH_DIFFERENCES)).isZero();
        assertThat(store.text("select max(last_start)::text from measure_freshness where source_system = '" + SOURCE + "'"))
                .isEqualTo("2021-04-08");
    }

    @Test
    void everyDigitSurvivesTheBinaryCopyInAndIsReadBackToBeComparedWhenTheValuesAreDeliveredAgain() throws SQLException {
        List<String> values = List.of("0", "1", "9999", "10000", "100.25", "0.000001", "42.10", "1E+3", "-12.5",
                "1.0000005", "123456789012345.678901", "999999999999999999.999999", "0.0001", "7.00001",
                "-0.5", "-123456789012345.000001");
        LocalDate first = LocalDate.of(2021, 8, 1);
        Function<UnaryOperator<BigDecimal>, Optional<Written>> load = change -> QuarkusTransaction.requiringNew()
                .call(() -> {
                    try (DirectLoad direct = observations.loadDirectly(UUID.randomUUID(), SOURCE, "direct-load-test")) {
                        for (int i = 0; i < values.size(); i++) {
                            direct.add(new ObservationRow(i + 2, "visits", first.plusDays(i), Grain.DAY, "direct_a", "",
                                    null, change.apply(new BigDecimal(values.get(i))), null));
                        }
                        return direct.finish();
                    }
                });

        assertThat(load.apply(UnaryOperator.identity())).contains(Written.allAdded(values.size()));
        String stored = String.join(" ", values.stream()
                .map(value -> new BigDecimal(value).setScale(6, RoundingMode.HALF_UP).toPlainString()).toList());
        assertThat(store.text("select string_agg(value::text, ' ' order by period_start) from observation where channel = 'direct_a'"))
                .isEqualTo(stored);
        assertThat(store.number(ROLLUP_DIFFERENCES)).isZero();

        assertThat(load.apply(UnaryOperator.identity())).as("read back, every value is the one the file gives again")
                .contains(new Written(0, 0, values.size()));
        assertThat(load.apply(value -> value.setScale(6, RoundingMode.HALF_UP).subtract(new BigDecimal("0.000001"))))
                .as("a millionth less is another value").contains(new Written(0, values.size(), 0));
        assertThat(store.text("select string_agg(value::text, ' ' order by period_start) from observation where channel = 'direct_a'"))
                .isEqualTo(String.join(" ", values.stream().map(value -> new BigDecimal(value)
                        .setScale(6, RoundingMode.HALF_UP).subtract(new BigDecimal("0.000001")).toPlainString()).toList()));
        assertThat(store.number(ROLLUP_DIFFERENCES)).isZero();
        assertThat(store.number(MONTH_DIFFERENCES)).isZero();
    }

    @Test
    void aKeyNamedTwiceStopsTheLoadAndLeavesNothingBehind() throws SQLException {
        List<ObservationRow> rows = new ArrayList<>(days(LocalDate.of(2021, 5, 1), 3));
        rows.add(rows.get(0));
        long loadsBefore = store.number("select count(*) from observation_load");
        boolean kept = QuarkusTransaction.requiringNew().call(() -> {
            boolean finished;
            try (DirectLoad load = observations.loadDirectly(UUID.randomUUID(), SOURCE, "direct-load-test")) {
                rows.forEach(load::add);
                finished = load.finish().isPresent();
            }
            // the transaction goes on after the load was undone
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("select 1");
            }
            return finished;
        });

        assertThat(kept).isFalse();
        assertThat(store.number("select count(*) from observation where channel in " + CHANNELS)).isZero();
        assertThat(store.number("select count(*) from observation_load")).isEqualTo(loadsBefore);
        assertThat(store.number(ROLLUP_DIFFERENCES)).isZero();
    }

    @Test
    void newDaysOfAStoredMonthLoadDirectlyAndADayTheStoreHoldsIsReplacedInTheSamePass() throws SQLException {
        assertThat(importCsv("2021-06-01,direct_a,c1,10\n2021-06-02,direct_a,c1,20\n").status())
                .isEqualTo(ImportStatus.COMMITTED);
        assertThat(loadDirectly(LocalDate.of(2021, 6, 3), "c1")).as("June 3 is a new day of a stored month")
                .contains(Written.allAdded(1));
        assertThat(loadDirectly(LocalDate.of(2021, 6, 2), "c1")).as("June 2 of direct_a/c1 is in the store: replaced")
                .contains(new Written(0, 1, 0));
        assertThat(store.text("select string_agg(period_start || '=' || value::int, ' ' order by period_start) from observation"
                + " where channel = 'direct_a'")).isEqualTo("2021-06-01=10 2021-06-02=1 2021-06-03=1");
        assertThat(store.number(MONTH_DIFFERENCES)).isZero();
        assertThat(store.number(ROLLUP_DIFFERENCES)).isZero();
        assertThat(loadDirectly(LocalDate.of(2021, 6, 2), "c1")).as("the same value again changes nothing")
                .contains(new Written(0, 0, 1));
        assertThat(loadDirectly(LocalDate.of(2021, 6, 1), "c2")).as("another campaign adds to a stored sum")
                .contains(Written.allAdded(1));
        assertThat(store.number("select value from observation_rollup where channel = 'direct_a' and period_start = date '2021-06-01'"))
                .isEqualTo(11);
        assertThat(store.number(ROLLUP_DIFFERENCES)).isZero();
        store.execute("delete from observation where channel = 'direct_a' and campaign = 'c2'");

        ImportReport corrected = importCsv("2021-06-02,direct_a,c1,25\n2021-06-03,direct_a,c1,30\n2021-07-01,direct_a,c1,5\n");

        assertThat(corrected.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(corrected.written()).contains(new Written(1, 2, 0));
        assertThat(store.text("select string_agg(period_start || '=' || value::int, ' ' order by period_start) from observation"
                + " where channel = 'direct_a'")).isEqualTo("2021-06-01=10 2021-06-02=25 2021-06-03=30 2021-07-01=5");
        assertThat(store.number(ROLLUP_DIFFERENCES)).isZero();
        assertThat(store.number(MONTH_DIFFERENCES)).isZero();

        ImportReport repeated = importCsv("2021-06-02,direct_a,c1,25\n2021-06-02,direct_a,c1,25\n");
        assertThat(repeated.status()).as("a harmless repeat within a file is taken once, through the staging path")
                .isEqualTo(ImportStatus.COMMITTED);
        assertThat(repeated.written()).contains(new Written(0, 0, 1));
        assertThat(store.number("select count(*) from observation where channel = 'direct_a'")).isEqualTo(4);

        store.execute("delete from observation where channel = 'direct_a' and period_start = date '2021-06-02'");
        assertThat(store.number(MONTH_DIFFERENCES)).as("a deleted value frees its day").isZero();
        assertThat(loadDirectly(LocalDate.of(2021, 6, 2), "c1")).contains(Written.allAdded(1));
        assertThat(store.number(ROLLUP_DIFFERENCES)).isZero();
    }

    @Test
    void aReDeliveryWithARejectedRowOrAContradictionLeavesTheStoreAsItWas() throws SQLException {
        assertThat(importCsv("2021-06-01,direct_a,c1,10\n2021-06-02,direct_a,c1,20\n").status())
                .isEqualTo(ImportStatus.COMMITTED);
        long loadsBefore = store.number("select count(*) from observation_load");

        ImportReport rejected = importCsv("2021-06-01,direct_a,c1,11\n2021-06-03,direct_a,c1,-4\n");
        ImportReport contradicting = importCsv("2021-06-01,direct_a,c1,11\n2021-06-04,direct_a,c1,1\n"
                + "2021-06-01,direct_a,c1,12\n");

        assertThat(rejected.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(rejected.written()).isEmpty();
        assertThat(contradicting.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(contradicting.errors()).hasSize(1);
        assertThat(contradicting.errors().getFirst().line()).as("the line that contradicts line 2").isEqualTo(4);
        assertThat(store.text("select string_agg(period_start || '=' || value::int, ' ' order by period_start) from observation"
                + " where channel = 'direct_a'")).isEqualTo("2021-06-01=10 2021-06-02=20");
        assertThat(store.number("select count(*) from observation_load")).isEqualTo(loadsBefore);
        assertThat(store.number(ROLLUP_DIFFERENCES)).isZero();
        assertThat(store.number(MONTH_DIFFERENCES)).isZero();
    }

    @Test
    void aLargeFileDeliveredAgainWithOneCorrectionReplacesJustThatValue() throws SQLException {
        // 2,000 rows: more than the first 64 KB the direct load sends, so the second delivery gives up at its first
        // buffer (its rows are in the store) and goes through the merge path
        StringBuilder file = new StringBuilder();
        for (int day = 0; day < 100; day++) {
            for (int campaign = 0; campaign < 20; campaign++) {
                file.append(LocalDate.of(2020, 1, 1).plusDays(day)).append(",direct_a,c").append(campaign).append(',')
                        .append(day * 20 + campaign).append('\n');
            }
        }
        assertThat(importCsv(file.toString()).status()).isEqualTo(ImportStatus.COMMITTED);
        String corrected = file.toString().replace("2020-03-01,direct_a,c7,1207\n", "2020-03-01,direct_a,c7,5\n")
                + "2020-04-10,direct_a,c0,3\n2020-04-10,direct_a,c1,4\n";
        assertThat(corrected).isNotEqualTo(file.toString());
        long loadsBefore = store.number("select count(*) from observation_load");

        ImportReport again = importCsv(corrected);

        assertThat(again.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(again.observations()).isEqualTo(2002);
        assertThat(again.written()).as("two new, one replaced, the rest given again").contains(new Written(2, 1, 1999));
        assertThat(store.number("select count(*) from observation_load")).as("one load for what changed")
                .isEqualTo(loadsBefore + 1);
        assertThat(store.number("select count(*) from observation where channel = 'direct_a'")).isEqualTo(2002);
        assertThat(store.number("select value from observation where channel = 'direct_a' and campaign = 'c7'"
                + " and period_start = date '2020-03-01'")).isEqualTo(5);
        assertThat(store.number("select sum(value) from observation where channel = 'direct_a'"))
                .isEqualTo(1999L * 2000 / 2 - 1207 + 5 + 3 + 4);
        assertThat(store.number(ROLLUP_DIFFERENCES)).isZero();
        assertThat(store.number(MONTH_DIFFERENCES)).isZero();

        assertThat(importCsv(corrected).written()).as("delivered once more, it changes nothing")
                .contains(new Written(0, 0, 2002));
        assertThat(store.number("select count(*) from observation_load")).as("and leaves no load behind")
                .isEqualTo(loadsBefore + 1);
        store.execute("select observation_sums_rebuild()");
        assertThat(store.number(ROLLUP_DIFFERENCES)).isZero();
    }

    @Test
    void loadsOfOneSourceWaitForEachOtherSoBothDaysOfAMonthAreKept() throws Exception {
        CountDownLatch firstFinished = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = threads.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                try (DirectLoad load = observations.loadDirectly(UUID.randomUUID(), "generic", "direct-load-test")) {
                    load.add(new ObservationRow(2, "visits", LocalDate.of(2021, 9, 1), Grain.DAY, "direct_a", "c1",
                            null, BigDecimal.ONE, null));
                    boolean kept = load.finish().isPresent();
                    firstFinished.countDown();
                    mayCommit.await(10, TimeUnit.SECONDS);
                    return kept;
                }
            }));
            assertThat(firstFinished.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Boolean> second = threads.submit(() -> loadDirectly(LocalDate.of(2021, 9, 2), "c1").isPresent());
            Thread.sleep(500);
            assertThat(second.isDone()).as("the second waits while the first is open").isFalse();
            mayCommit.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(second.get(10, TimeUnit.SECONDS)).as("a new day of the month the first one marked").isTrue();
        } finally {
            threads.shutdownNow();
        }
        assertThat(store.text("select string_agg(period_start::text, ' ' order by period_start) from observation"
                + " where channel = 'direct_a'")).isEqualTo("2021-09-01 2021-09-02");
        assertThat(store.number(MONTH_DIFFERENCES)).isZero();
        assertThat(store.number(ROLLUP_DIFFERENCES)).isZero();
    }

    /** One visits value of a direct_a campaign from the generic source, loaded directly in a transaction of its own. */
    private Optional<Written> loadDirectly(LocalDate day, String campaign) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (DirectLoad load = observations.loadDirectly(UUID.randomUUID(), "generic", "direct-load-test")) {
                load.add(new ObservationRow(2, "visits", day, Grain.DAY, "direct_a", campaign, null, BigDecimal.ONE, null));
                return load.finish();
            }
        });
    }

    private ImportReport importCsv(String rows) {
        byte[] file = ("date,channel,campaign,visits\n" + rows).getBytes(StandardCharsets.UTF_8);
        return imports.importFile(new ImportCommand("generic", ImportContent.ofBytes("direct-load-test.csv", file),
                Map.of("date", "date", "channel", "channel", "campaign", "campaign", "visits", "visits"), Map.of(),
                false, "direct-load-test"));
    }

    /** Two channels, a spend and a visits series each, one value per day. */
    private static List<ObservationRow> days(LocalDate first, int count) {
        List<ObservationRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = first.plusDays(i);
            rows.add(new ObservationRow(i + 2, "ad_spend", day, Grain.DAY, "direct_a", "", null,
                    new BigDecimal("100.25").add(BigDecimal.valueOf(i)), "RUB"));
            rows.add(new ObservationRow(i + 2, "visits", day, Grain.DAY, "direct_a", "", null,
                    BigDecimal.valueOf(10 + i), null));
            rows.add(new ObservationRow(i + 2, "ad_spend", day, Grain.DAY, "direct_b", CAMPAIGN, null,
                    BigDecimal.valueOf(7), "RUB"));
            rows.add(new ObservationRow(i + 2, "visits", day, Grain.DAY, "direct_b", CAMPAIGN, "vk / cpc",
                    BigDecimal.valueOf(i % 3), null));
        }
        return rows;
    }



}
