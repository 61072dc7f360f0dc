package com.kpipulse.adapters.measure;

import com.kpipulse.application.importing.ImportBatches;
import com.kpipulse.application.importing.ImportContent;
import com.kpipulse.application.importing.ImportReport;
import com.kpipulse.application.importing.ImportStatus;
import com.kpipulse.application.measure.DataFreshness;
import com.kpipulse.application.measure.SourceFreshness;
import com.kpipulse.application.measure.SourceSummary;
import com.kpipulse.application.measure.DailyTotal;
import com.kpipulse.application.measure.StoredObservation;
import com.kpipulse.application.measure.StoredObservations;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What every store tells of the values as they are: every source system's side by side, listed in key order, with
 * the import each came from, how far each system reaches, and the value under one natural key.
 */
public abstract class StoredObservationsContract extends StoreContract {

    protected abstract StoredObservations stored();

    protected abstract DataFreshness freshness();

    /** The history of imports the store names the files and importers of its values from. */
    protected abstract ImportBatches batches();

    @Test
    void aStoreThatHoldsAValueIsNotEmpty() {
        store("generic", value("visits", "2026-03-02", unique("seo"), "1"));

        assertThat(tx(() -> stored().isEmpty())).isFalse();
    }

    @Test
    void theValueUnderANaturalKeyIsFoundAndUnderNoOther() {
        String channel = unique("seo");
        store("yandex_direct", row(0, "ad_spend", Grain.DAY, "2026-03-02", channel, "Весна", null, "1500.5", "RUB"));

        assertThat(tx(() -> stored().valueOf("yandex_direct",
                row(0, "ad_spend", Grain.DAY, "2026-03-02", channel, "Весна", null, "0", "RUB"))))
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("1500.5"));
        assertThat(tx(() -> stored().valueOf("yandex_direct",
                row(0, "ad_spend", Grain.DAY, "2026-03-02", channel, null, null, "0", "RUB")))).isEmpty();
        assertThat(tx(() -> stored().valueOf("vk_ads",
                row(0, "ad_spend", Grain.DAY, "2026-03-02", channel, "Весна", null, "0", "RUB")))).isEmpty();
        assertThat(tx(() -> stored().valueOf("yandex_direct",
                row(0, "ad_spend", Grain.WEEK, "2026-03-02", channel, "Весна", null, "0", "RUB")))).isEmpty();
    }

    /** The listing streams outside any transaction, as an export does. */
    @Test
    void everyStoredValueOfTheDaysAskedForIsListedInKeyOrderWithEverySystemSideBySide() {
        String channel = unique("seo");
        store("yandex_metrica", value("visits", "2026-03-02", channel, "10"),
                row(0, "visits", Grain.DAY, "2026-03-02", channel, "Весна", "google / cpc", "2", null),
                value("visits", "2026-03-31", channel, "3"), value("visits", "2026-04-01", channel, "99"));
        store("ga4", value("visits", "2026-03-02", channel, "12.50"), value("visits", "2026-02-28", channel, "99"));
        store("yandex_direct", row(0, "ad_spend", Grain.WEEK, "2026-03-02", channel, null, null, "100.50", "RUB"));
        store("generic", value("leads", "2026-03-02", channel, "4"));

        List<StoredObservation> listed = new ArrayList<>();
        stored().forEach(Set.of("visits", "ad_spend"), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                Set.of(channel), listed::add);

        assertThat(listed).allSatisfy(value -> assertThat(value.channel()).isEqualTo(channel))
                .extracting(StoredObservation::sourceSystem, StoredObservation::measure, StoredObservation::grain,
                        StoredObservation::periodStart, StoredObservation::campaign, StoredObservation::source,
                        value -> value.value().toPlainString(), StoredObservation::currency)
                .as("values without trailing zeros").containsExactly(
                        tuple("yandex_direct", "ad_spend", "WEEK", LocalDate.of(2026, 3, 2), "", "", "100.5", "RUB"),
                        tuple("ga4", "visits", "DAY", LocalDate.of(2026, 3, 2), "", "", "12.5", null),
                        tuple("yandex_metrica", "visits", "DAY", LocalDate.of(2026, 3, 2), "", "", "10", null),
                        tuple("yandex_metrica", "visits", "DAY", LocalDate.of(2026, 3, 2), "Весна", "google / cpc", "2",
                                null),
                        tuple("yandex_metrica", "visits", "DAY", LocalDate.of(2026, 3, 31), "", "", "3", null));
    }

    @Test
    void eachSystemsDailyTotalsAreSummedOverCampaignsAndTrafficSourcesWithoutWeeksOrOtherDays() {
        String channel = unique("seo");
        store("yandex_metrica", value("visits", "2026-03-02", channel, "10"),
                row(0, "visits", Grain.DAY, "2026-03-02", channel, "Весна", "google / cpc", "2", null),
                row(0, "visits", Grain.DAY, "2026-03-02", channel, "Весна", "yandex / cpc", "3.50", null),
                value("visits", "2026-03-03", channel, "4"), value("visits", "2026-03-04", channel, "99"));
        store("ga4", value("visits", "2026-03-02", channel, "12"));
        store("yandex_direct", row(0, "ad_spend", Grain.DAY, "2026-03-02", channel, "Весна", null, "100.50", "RUB"),
                row(0, "ad_spend", Grain.DAY, "2026-03-02", channel, "Лето", null, "0.50", "RUB"),
                row(0, "ad_spend", Grain.WEEK, "2026-03-02", channel, null, null, "700", "RUB"));
        store("generic", value("leads", "2026-03-02", channel, "4"));

        List<DailyTotal> totals = new ArrayList<>();
        stored().forEachDailyTotal(Set.of("visits", "ad_spend"), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 3),
                Set.of(channel), totals::add);

        assertThat(totals).allSatisfy(total -> assertThat(total.channel()).isEqualTo(channel))
                .extracting(DailyTotal::sourceSystem, DailyTotal::measure, DailyTotal::day,
                        total -> total.value().toPlainString(), DailyTotal::currency)
                .containsExactlyInAnyOrder(
                        tuple("yandex_metrica", "visits", LocalDate.of(2026, 3, 2), "15.5", null),
                        tuple("yandex_metrica", "visits", LocalDate.of(2026, 3, 3), "4", null),
                        tuple("ga4", "visits", LocalDate.of(2026, 3, 2), "12", null),
                        tuple("yandex_direct", "ad_spend", LocalDate.of(2026, 3, 2), "101", "RUB"));
    }

    @Test
    void noMeasuresNamedListsEveryMeasure() {
        String channel = unique("seo");
        store("generic", value("leads", "2026-03-02", channel, "4"), value("visits", "2026-03-02", channel, "5"));

        List<StoredObservation> listed = new ArrayList<>();
        stored().forEach(Set.of(), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), Set.of(channel), listed::add);

        assertThat(listed).extracting(StoredObservation::measure).containsExactly("leads", "visits");
    }

    @Test
    void theSourcesOfValuesNameTheImportTheyCameFromOrWhoTypedThemIn() {
        String channel = unique("seo");
        Instant imported = Instant.parse("2026-03-20T10:15:30.123456Z");
        Instant reimported = imported.plusSeconds(3600);
        UUID first = recordImport("visits-march.csv", "lena", imported);
        UUID second = recordImport("visits-march-fixed.csv", "vic", reimported);
        store(first, "yandex_metrica", "lena", value("visits", "2026-03-02", channel, "10"),
                value("visits", "2026-03-03", channel, "11"));
        store(second, "yandex_metrica", "vic", value("visits", "2026-03-04", channel, "12"));
        Instant before = Instant.now();
        store(UUID.randomUUID(), "manual", "mark", value("visits", "2026-03-05", channel, "1"));
        Instant after = Instant.now();
        store("ga4", value("visits", "2026-04-01", channel, "99"), value("leads", "2026-03-02", channel, "99"));

        List<SourceSummary> sources = tx(() -> stored().sourcesOf(Set.of("visits"), Period.month(2026, 3),
                Set.of(channel)));

        assertThat(sources).extracting(SourceSummary::measure, SourceSummary::sourceSystem, SourceSummary::values,
                SourceSummary::file, SourceSummary::importedBy).containsExactly(
                tuple("visits", "manual", 1L, null, "mark"),
                tuple("visits", "yandex_metrica", 1L, "visits-march-fixed.csv", "vic"),
                tuple("visits", "yandex_metrica", 2L, "visits-march.csv", "lena"));
        assertThat(sources.get(0).importedAt()).isBetween(before.minusSeconds(5), after.plusSeconds(5));
        assertThat(sources).extracting(SourceSummary::importedAt).endsWith(reimported, imported);
    }

    @Test
    void eachSystemReachesToTheLastDayOfItsLatestPeriod() {
        String measure = unique("visits");
        String daily = unique("a_daily");
        String monthly = unique("b_monthly");
        store(daily, row(0, measure, Grain.DAY, "2026-03-10", null, null, null, "1", null),
                row(0, measure, Grain.WEEK, "2026-03-09", "seo", null, null, "1", null),
                row(0, measure, Grain.DAY, "2026-03-01", "email", null, null, "1", null));
        store(monthly, row(0, measure, Grain.MONTH, "2026-02-01", null, null, null, "1", null));

        assertThat(tx(() -> freshness().lastDaysOf(Set.of(new MeasureCode(measure), new MeasureCode(unique("none"))))))
                .containsExactly(new SourceFreshness(daily, LocalDate.of(2026, 3, 15)),
                        new SourceFreshness(monthly, LocalDate.of(2026, 2, 28)));
    }

    private UUID recordImport(String file, String importedBy, Instant at) {
        UUID id = UUID.randomUUID();
        tx(() -> batches().record(new ImportReport(id, ImportStatus.COMMITTED, "metrica_report_csv", file, importedBy,
                at, 2, 2, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4), List.of(), 0, List.of()),
                "yandex_metrica", ImportContent.ofBytes(file, new byte[] {1, 2, 3})));
        return id;
    }
}
