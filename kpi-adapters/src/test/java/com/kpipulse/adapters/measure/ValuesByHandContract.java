package com.kpipulse.adapters.measure;

import com.kpipulse.application.measure.ValuesByHand;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What every store does with one source system's values as a person manages them: lists those without campaign and
 * source, the last written first, finds one by its key with who wrote it, removes it from the figures too.
 */
public abstract class ValuesByHandContract extends StoreContract {

    protected abstract ValuesByHand valuesByHand();

    protected abstract ValuesThatCount values();

    @Test
    void theValuesAreListedTheLastWrittenFirstThenTheLatestPeriodAndPagedWithoutThoseOfACampaignOrSource() {
        String system = unique("manual");
        store(system, value("market_size", "2026-03-01", null, "1"), value("market_size", "2026-03-02", "seo", "2"),
                row(0, "market_size", Grain.DAY, "2026-03-03", "seo", "Весна", null, "9", null),
                row(0, "market_size", Grain.DAY, "2026-03-03", "seo", null, "vk / cpc", "9", null));
        store(system, value("survey_score", "2026-02-01", null, "3"));
        store(unique("manual"), value("market_size", "2026-03-04", null, "9"));

        assertThat(tx(() -> valuesByHand().newestFirst(system, 0, 10)))
                .extracting(stored -> stored.key().measure(), stored -> stored.key().periodStart(),
                        stored -> stored.key().channel(), stored -> stored.value().toPlainString())
                .containsExactly(tuple("survey_score", LocalDate.of(2026, 2, 1), null, "3"),
                        tuple("market_size", LocalDate.of(2026, 3, 2), "seo", "2"),
                        tuple("market_size", LocalDate.of(2026, 3, 1), null, "1"));
        assertThat(tx(() -> valuesByHand().newestFirst(system, 1, 1)))
                .extracting(stored -> stored.key().periodStart()).containsExactly(LocalDate.of(2026, 3, 2));
        assertThat(tx(() -> valuesByHand().count(system))).isEqualTo(3);
    }

    @Test
    void aValueIsFoundByItsKeyWithWhoWroteItAndWhen() {
        String system = unique("manual");
        Instant before = Instant.now();
        store(UUID.randomUUID(), system, "mark",
                row(0, "receivables", Grain.MONTH, "2026-03-01", null, null, null, "1200.50", "RUB"));
        Instant after = Instant.now();

        ValuesByHand.Key key = new ValuesByHand.Key("receivables", LocalDate.of(2026, 3, 1), Grain.MONTH, "");
        assertThat(tx(() -> valuesByHand().find(system, key))).hasValueSatisfying(stored -> {
            assertThat(stored.key()).isEqualTo(key);
            assertThat(stored.key().channel()).isNull();
            assertThat(stored.value().toPlainString()).isEqualTo("1200.5");
            assertThat(stored.currency()).isEqualTo("RUB");
            assertThat(stored.recordedBy()).isEqualTo("mark");
            assertThat(stored.recordedAt()).isBetween(before.minusSeconds(5), after.plusSeconds(5));
        });
        assertThat(tx(() -> valuesByHand().find(system,
                new ValuesByHand.Key("receivables", LocalDate.of(2026, 3, 1), Grain.MONTH, "seo")))).isEmpty();
    }

    @Test
    void aRemovedValueLeavesTheListAndTheFiguresAndASecondRemovalFindsNothing() {
        String system = unique("manual");
        String channel = unique("seo");
        store(system, value("market_size", "2026-03-02", channel, "5"), value("market_size", "2026-03-03", channel, "7"));
        ValuesByHand.Key key = new ValuesByHand.Key("market_size", LocalDate.of(2026, 3, 2), Grain.DAY, channel);

        assertThat(tx(() -> valuesByHand().delete(system, key))).isTrue();
        assertThat(tx(() -> valuesByHand().find(system, key))).isEmpty();
        assertThat(tx(() -> valuesByHand().delete(system, key))).isFalse();
        assertThat(tx(() -> valuesByHand().count(system))).isEqualTo(1);
        assertThat(tx(() -> values().perChannel(Set.of(new MeasureCode("market_size")), Period.month(2026, 3),
                Set.of(channel))).size()).isEqualTo(1);
    }
}
