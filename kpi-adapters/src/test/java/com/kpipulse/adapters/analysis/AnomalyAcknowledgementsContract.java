package com.kpipulse.adapters.analysis;

import com.kpipulse.adapters.contract.PortContract;
import com.kpipulse.application.analysis.Acknowledgement;
import com.kpipulse.application.analysis.AnomalyAcknowledgements;
import com.kpipulse.application.analysis.AnomalyId;
import com.kpipulse.application.analysis.AnomalyKind;
import com.kpipulse.domain.analysis.anomaly.SeriesKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every store of acknowledged anomalies does: one acknowledgement per anomaly, the latest replacing the one
 * before (and answering it), read back by id and by the anomaly's day. Each test under a source system of its own.
 */
public abstract class AnomalyAcknowledgementsContract extends PortContract {

    protected abstract AnomalyAcknowledgements acknowledgements();

    private final String source = "contract_" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anAcknowledgementIsFoundByItsAnomalyWithWhoWhenAndNote() {
        AnomalyId drop = id("visits", "seo", LocalDate.of(2026, 3, 3), AnomalyKind.DROP);
        Acknowledgement seen = new Acknowledgement(drop, "mark", at(), "сбой счётчика");

        assertThat(tx(() -> acknowledgements().acknowledge(seen))).isEmpty();

        assertThat(tx(() -> acknowledgements().find(drop))).contains(seen);
        assertThat(tx(() -> acknowledgements().find(id("visits", "seo", LocalDate.of(2026, 3, 3), AnomalyKind.ZERO))))
                .isEmpty();
    }

    @Test
    void acknowledgingAgainReplacesTheEarlierOneAndAnswersIt() {
        AnomalyId missing = id("orders", "", LocalDate.of(2026, 3, 4), AnomalyKind.MISSING);
        Acknowledgement first = new Acknowledgement(missing, "mark", at(), "");
        Acknowledgement second = new Acknowledgement(missing, "hanna", at().plusSeconds(60), "выгрузку перезапустили");
        tx(() -> acknowledgements().acknowledge(first));

        assertThat(tx(() -> acknowledgements().acknowledge(second))).contains(first);
        assertThat(tx(() -> acknowledgements().find(missing))).contains(second);
    }

    @Test
    void aSpanGivesTheAcknowledgementsOfItsDaysOldestFirst() {
        Acknowledgement early = new Acknowledgement(id("visits", "seo", LocalDate.of(2026, 2, 27), AnomalyKind.SPIKE),
                "mark", at(), "");
        Acknowledgement inside = new Acknowledgement(id("visits", "seo", LocalDate.of(2026, 3, 1), AnomalyKind.DROP),
                "mark", at(), "");
        Acknowledgement last = new Acknowledgement(id("visits", "email", LocalDate.of(2026, 3, 2), AnomalyKind.ZERO),
                "mark", at(), "");
        tx(() -> acknowledgements().acknowledge(last));
        tx(() -> acknowledgements().acknowledge(early));
        tx(() -> acknowledgements().acknowledge(inside));

        assertThat(tx(() -> acknowledgements().between(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 2))))
                .filteredOn(seen -> seen.anomaly().series().source().equals(source))
                .containsExactly(inside, last);
    }

    private AnomalyId id(String measure, String channel, LocalDate day, AnomalyKind kind) {
        return new AnomalyId(SeriesKey.of(measure, source, channel), day, kind);
    }

    /** To the microsecond, as the store keeps times. */
    private static Instant at() {
        return Instant.parse("2026-03-05T09:15:30.123456Z").truncatedTo(ChronoUnit.MICROS);
    }
}
