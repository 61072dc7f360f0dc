package com.kpipulse.adapters.analysis;

import com.kpipulse.adapters.contract.PortContract;
import com.kpipulse.application.analysis.Annotations;
import com.kpipulse.domain.analysis.Annotation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every store of notes does: keeps them as written, lists a KPI's notes by day, removes one by its id. */
public abstract class AnnotationsContract extends PortContract {

    protected abstract Annotations annotations();

    @Test
    void aKpisNotesAreListedByDayWithinTheSpanAsTheyWereWritten() {
        String kpi = "kpi_" + UUID.randomUUID().toString().substring(0, 8);
        Annotation later = note(kpi, "2026-11-10", "2026-11-10T09:00:00Z", "Акция в рассылке");
        Annotation earlier = note(kpi, "2026-11-02", "2026-11-12T09:00:00Z", "Сбой счётчика");
        Annotation outside = note(kpi, "2026-12-01", "2026-12-01T09:00:00Z", "Позже");
        Annotation otherKpi = note("other_" + kpi, "2026-11-05", "2026-11-05T09:00:00Z", "Чужая");
        for (Annotation note : new Annotation[]{later, earlier, outside, otherKpi}) {
            tx(() -> annotations().add(note));
        }

        assertThat(tx(() -> annotations().of(kpi, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))))
                .containsExactly(earlier, later);
        assertThat(tx(() -> annotations().find(later.id()))).hasValue(later);
    }

    @Test
    void aRemovedNoteIsGoneAndRemovingItAgainSaysSo() {
        Annotation note = note("revenue", "2026-11-03", "2026-11-03T10:15:30Z", "Убрать");
        tx(() -> annotations().add(note));

        assertThat(tx(() -> annotations().remove(note.id()))).isTrue();
        assertThat(tx(() -> annotations().find(note.id()))).isEmpty();
        assertThat(tx(() -> annotations().remove(note.id()))).isFalse();
    }

    private static Annotation note(String kpi, String day, String at, String text) {
        return new Annotation(UUID.randomUUID(), kpi, LocalDate.parse(day), "seo", "vic", Instant.parse(at), text);
    }
}
