package com.kpipulse.adapters.measure;

import com.kpipulse.application.measure.Contradiction;
import com.kpipulse.application.measure.DirectLoad;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.application.measure.Replacement;
import com.kpipulse.application.measure.StagedObservations;
import com.kpipulse.application.measure.StoredObservations;
import com.kpipulse.application.measure.Written;
import com.kpipulse.domain.period.Grain;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How every observation store takes values in: a direct load keeps all of a file that names each key once or
 * nothing, adding new keys and replacing only the stored values it changes; a staging area finds the rows that
 * contradict each other, says what a commit would replace, and replaces by natural key. Both say how many values
 * they added, replaced and found unchanged.
 * What the store holds is read back through {@link StoredObservations}.
 */
public abstract class ObservationsContract extends StoreContract {

    protected abstract StoredObservations stored();

    @Test
    void aDirectLoadOfKeysNewToTheStoreEachNamedOnceIsKept() {
        String channel = unique("seo");
        Optional<Written> kept = load("yandex_metrica", value("visits", "2026-03-02", channel, "5"),
                value("visits", "2026-03-03", channel, "7"));

        assertThat(kept).contains(new Written(2, 0, 0));
        assertThat(valueOf("yandex_metrica", value("visits", "2026-03-02", channel, "0"))).hasValueSatisfying(
                stored -> assertThat(stored).isEqualByComparingTo("5"));
        assertThat(valueOf("yandex_metrica", value("visits", "2026-03-03", channel, "0"))).hasValueSatisfying(
                stored -> assertThat(stored).isEqualByComparingTo("7"));
    }

    @Test
    void aDirectLoadThatMeetsStoredKeysReplacesWhatChangedAddsWhatIsNewAndLeavesTheRestAsItWas() {
        String channel = unique("seo");
        load("yandex_metrica", value("visits", "2026-03-02", channel, "5"), value("visits", "2026-03-04", channel, "9"),
                row(0, "revenue", Grain.DAY, "2026-03-02", channel, null, null, "10.5", "RUB"),
                row(0, "revenue", Grain.DAY, "2026-03-03", channel, null, null, "11", "RUB"),
                value("visits", "2026-03-05", channel, "1"));

        Optional<Written> again = load("yandex_metrica", value("visits", "2026-03-02", channel, "5.000"),
                value("visits", "2026-03-03", channel, "7"), value("visits", "2026-03-04", channel, "8"),
                row(0, "revenue", Grain.DAY, "2026-03-02", channel, null, null, "10.50", "USD"),
                row(0, "revenue", Grain.DAY, "2026-03-03", channel, null, null, "11.0000001", "RUB"));

        assertThat(again).as("new: visits of 03-03; replaced: visits of 03-04, the revenue in another currency;"
                + " unchanged: 5 as 5.000, 11 as 11.0000001 (the store keeps six decimals)")
                .contains(new Written(1, 2, 2));
        assertThat(valueOf("yandex_metrica", value("visits", "2026-03-03", channel, "0"))).hasValueSatisfying(
                stored -> assertThat(stored).isEqualByComparingTo("7"));
        assertThat(valueOf("yandex_metrica", value("visits", "2026-03-04", channel, "0"))).hasValueSatisfying(
                stored -> assertThat(stored).isEqualByComparingTo("8"));
        assertThat(valueOf("yandex_metrica", value("visits", "2026-03-05", channel, "0")))
                .as("a value the re-delivery does not give again is kept").hasValueSatisfying(
                        stored -> assertThat(stored).isEqualByComparingTo("1"));
        assertThat(load("yandex_metrica", value("visits", "2026-03-04", channel, "8")))
                .as("the same values once more change nothing").contains(new Written(0, 0, 1));
    }

    @Test
    void aLargeReDeliveryWritesItsChangedAndNewValuesOnly() {
        String channel = unique("seo");
        List<ObservationRow> first = new ArrayList<>();
        List<ObservationRow> again = new ArrayList<>();
        for (int day = 0; day < 100; day++) {
            for (int campaign = 0; campaign < 20; campaign++) {
                String date = LocalDate.of(2025, 11, 1).plusDays(day).toString();
                first.add(row(0, "visits", Grain.DAY, date, channel, "c" + campaign, null, day + "." + campaign, null));
                String value = day == 50 && campaign == 7 ? "5" : day + "." + campaign;
                again.add(row(0, "visits", Grain.DAY, date, channel, "c" + campaign, null, value, null));
            }
        }
        for (int campaign = 0; campaign < 20; campaign++) {
            again.add(row(0, "visits", Grain.DAY, "2026-02-09", channel, "c" + campaign, null, "1", null));
        }
        assertThat(load("yandex_metrica", first.toArray(ObservationRow[]::new))).contains(new Written(2000, 0, 0));

        Optional<Written> written = load("yandex_metrica", again.toArray(ObservationRow[]::new));

        assertThat(written).contains(new Written(20, 1, 1999));
        assertThat(valueOf("yandex_metrica", row(0, "visits", Grain.DAY, "2025-12-21", channel, "c7", null, "0", null)))
                .hasValueSatisfying(stored -> assertThat(stored).isEqualByComparingTo("5"));
        assertThat(valueOf("yandex_metrica", row(0, "visits", Grain.DAY, "2026-02-09", channel, "c19", null, "0", null)))
                .hasValueSatisfying(stored -> assertThat(stored).isEqualByComparingTo("1"));
        assertThat(valueOf("yandex_metrica", row(0, "visits", Grain.DAY, "2025-12-21", channel, "c8", null, "0", null)))
                .hasValueSatisfying(stored -> assertThat(stored).isEqualByComparingTo("50.8"));
    }

    @Test
    void aReDeliveryThatContradictsItselfLeavesTheStoreAsItWas() {
        String channel = unique("seo");
        load("yandex_metrica", value("visits", "2026-03-02", channel, "5"));

        Optional<Written> kept = load("yandex_metrica", value("visits", "2026-03-03", channel, "7"),
                value("visits", "2026-03-02", channel, "6"), value("visits", "2026-03-02", channel, "4"));

        assertThat(kept).isEmpty();
        assertThat(valueOf("yandex_metrica", value("visits", "2026-03-03", channel, "0"))).isEmpty();
        assertThat(valueOf("yandex_metrica", value("visits", "2026-03-02", channel, "0"))).hasValueSatisfying(
                stored -> assertThat(stored).isEqualByComparingTo("5"));
    }

    @Test
    void aReDeliveryClosedBeforeItFinishedLeavesTheStoreAsItWas() {
        String channel = unique("seo");
        load("yandex_metrica", value("visits", "2026-03-02", channel, "5"));
        tx(() -> {
            try (DirectLoad load = observations().loadDirectly(UUID.randomUUID(), "yandex_metrica", "lena")) {
                load.add(value("visits", "2026-03-02", channel, "6"));
                load.add(value("visits", "2026-03-03", channel, "7"));
            }
        });

        assertThat(valueOf("yandex_metrica", value("visits", "2026-03-02", channel, "0"))).hasValueSatisfying(
                stored -> assertThat(stored).isEqualByComparingTo("5"));
        assertThat(valueOf("yandex_metrica", value("visits", "2026-03-03", channel, "0"))).isEmpty();
    }

    @Test
    void aDirectLoadThatNamesAKeyTwiceLeavesNothingBehind() {
        String channel = unique("seo");
        Optional<Written> kept = load("yandex_metrica", value("visits", "2026-03-02", channel, "5"),
                value("visits", "2026-03-03", channel, "7"), value("visits", "2026-03-02", channel, "5"));

        assertThat(kept).isEmpty();
        assertThat(valueOf("yandex_metrica", value("visits", "2026-03-02", channel, "0"))).isEmpty();
        assertThat(valueOf("yandex_metrica", value("visits", "2026-03-03", channel, "0"))).isEmpty();
    }

    @Test
    void aDirectLoadClosedBeforeItFinishedLeavesNothingBehind() {
        String channel = unique("seo");
        tx(() -> {
            try (DirectLoad load = observations().loadDirectly(UUID.randomUUID(), "yandex_metrica", "lena")) {
                load.add(value("visits", "2026-03-02", channel, "5"));
            }
        });

        assertThat(valueOf("yandex_metrica", value("visits", "2026-03-02", channel, "0"))).isEmpty();
    }

    @Test
    void rowsThatContradictEachOtherAreListedOncePerKeyByTheirFirstLineAndNothingIsStoredWithoutACommit() {
        String channel = unique("seo");
        List<Contradiction> listed = tx(() -> {
            try (StagedObservations staging = observations().stage(UUID.randomUUID(), "generic", "lena")) {
                staging.add(row(2, "visits", Grain.DAY, "2026-03-02", channel, null, null, "5", null));
                staging.add(row(3, "visits", Grain.DAY, "2026-03-02", channel, null, null, "5", null));
                staging.add(row(4, "visits", Grain.DAY, "2026-03-03", channel, "Весна", null, "7", null));
                staging.add(row(5, "visits", Grain.DAY, "2026-03-04", channel, null, null, "1", null));
                staging.add(row(6, "visits", Grain.DAY, "2026-03-03", channel, "Весна", null, "8", null));
                staging.add(row(7, "visits", Grain.DAY, "2026-03-04", channel, null, null, "1.00", null));
                staging.add(row(8, "revenue", Grain.WEEK, "2026-03-02", channel, null, "vk / cpc", "10", "RUB"));
                staging.add(row(9, "visits", Grain.DAY, "2026-03-02", channel, null, null, "6", null));
                staging.add(row(10, "revenue", Grain.WEEK, "2026-03-02", channel, null, "vk / cpc", "10", "USD"));
                return staging.contradictions(10);
            }
        });

        assertThat(listed).containsExactly(
                new Contradiction(2, 9, "visits", LocalDate.of(2026, 3, 2), Grain.DAY, channel, "", "",
                        new BigDecimal("5"), new BigDecimal("6")),
                new Contradiction(4, 6, "visits", LocalDate.of(2026, 3, 3), Grain.DAY, channel, "Весна", "",
                        new BigDecimal("7"), new BigDecimal("8")),
                new Contradiction(8, 10, "revenue", LocalDate.of(2026, 3, 2), Grain.WEEK, channel, "", "vk / cpc",
                        new BigDecimal("10"), new BigDecimal("10")));
        assertThat(valueOf("generic", value("visits", "2026-03-04", channel, "0"))).isEmpty();
    }

    @Test
    void theContradictionsListedStopAtTheLimit() {
        String channel = unique("seo");
        List<Contradiction> listed = tx(() -> {
            try (StagedObservations staging = observations().stage(UUID.randomUUID(), "generic", "lena")) {
                for (int day = 2; day <= 6; day++) {
                    staging.add(row(day, "visits", Grain.DAY, "2026-03-0" + day, channel, null, null, "1", null));
                    staging.add(row(day + 10, "visits", Grain.DAY, "2026-03-0" + day, channel, null, null, "2", null));
                }
                return staging.contradictions(2);
            }
        });

        assertThat(listed).extracting(Contradiction::firstLine).containsExactly(2L, 3L);
    }

    @Test
    void aCommitReplacesByKeyCountsWhatItInsertedOrChangedAndAPreviewSaysWhatItWouldReplace() {
        String channel = unique("seo");
        assertThat(store("generic", value("visits", "2026-03-02", channel, "5"),
                value("visits", "2026-03-03", channel, "7"), value("visits", "2026-03-05", channel, "9"),
                row(0, "revenue", Grain.DAY, "2026-03-04", channel, null, null, "10", "RUB")))
                .isEqualTo(new Written(4, 0, 0));

        record Staged(Optional<Replacement> replacement, Written written) {
        }
        Staged second = tx(() -> {
            try (StagedObservations staging = observations().stage(UUID.randomUUID(), "generic", "mark")) {
                staging.add(value("visits", "2026-03-02", channel, "5.000"));
                staging.add(value("visits", "2026-03-03", channel, "8"));
                staging.add(value("visits", "2026-03-05", channel, "10"));
                staging.add(row(0, "revenue", Grain.DAY, "2026-03-04", channel, null, null, "10", "USD"));
                staging.add(value("visits", "2026-03-06", channel, "1"));
                return new Staged(staging.replacement(), staging.commit());
            }
        });

        assertThat(second.replacement()).contains(new Replacement(3, LocalDate.of(2026, 3, 3),
                LocalDate.of(2026, 3, 5)));
        assertThat(second.written()).as("three changed, one new, an identical value untouched")
                .isEqualTo(new Written(1, 3, 1));
        assertThat(valueOf("generic", value("visits", "2026-03-03", channel, "0"))).hasValueSatisfying(
                stored -> assertThat(stored).isEqualByComparingTo("8"));
        assertThat(valueOf("generic", value("visits", "2026-03-06", channel, "0"))).hasValueSatisfying(
                stored -> assertThat(stored).isEqualByComparingTo("1"));
        assertThat(store("generic", value("visits", "2026-03-03", channel, "8"))).as("nothing changes")
                .isEqualTo(new Written(0, 0, 1));
        assertThat(tx(() -> {
            try (StagedObservations staging = observations().stage(UUID.randomUUID(), "generic", "mark")) {
                staging.add(value("visits", "2026-03-03", channel, "8"));
                return staging.replacement();
            }
        })).isEmpty();
    }

    @Test
    void valuesOfOneKeyFromTwoSourceSystemsAreStoredSideBySide() {
        String channel = unique("seo");
        store("yandex_metrica", value("visits", "2026-03-02", channel, "5"));
        store("ga4", value("visits", "2026-03-02", channel, "6"));

        assertThat(valueOf("yandex_metrica", value("visits", "2026-03-02", channel, "0"))).hasValueSatisfying(
                stored -> assertThat(stored).isEqualByComparingTo("5"));
        assertThat(valueOf("ga4", value("visits", "2026-03-02", channel, "0"))).hasValueSatisfying(
                stored -> assertThat(stored).isEqualByComparingTo("6"));
    }

    @Test
    void theStoreKeepsSixDecimals() {
        String channel = unique("seo");
        store("generic", value("conversion_rate", "2026-03-02", channel, "0.12345675"));

        assertThat(valueOf("generic", value("conversion_rate", "2026-03-02", channel, "0"))).hasValueSatisfying(
                stored -> assertThat(stored).isEqualByComparingTo("0.123457"));
    }

    private Optional<Written> load(String sourceSystem, ObservationRow... rows) {
        return tx(() -> {
            try (DirectLoad load = observations().loadDirectly(UUID.randomUUID(), sourceSystem, "lena")) {
                List.of(rows).forEach(load::add);
                return load.finish();
            }
        });
    }

    private Optional<BigDecimal> valueOf(String sourceSystem, ObservationRow key) {
        return tx(() -> stored().valueOf(sourceSystem, key));
    }
}
