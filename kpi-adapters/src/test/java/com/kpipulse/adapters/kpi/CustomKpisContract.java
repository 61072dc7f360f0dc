package com.kpipulse.adapters.kpi;

import com.kpipulse.adapters.contract.PortContract;
import com.kpipulse.application.kpi.CustomKpis;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.kpi.CustomKpiDraft;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.kpi.KpiGroup;
import com.kpipulse.domain.kpi.Level;
import com.kpipulse.domain.measure.Unit;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every store of custom KPIs does: keeps a definition as written, versions each change, refuses a stale one, and
 * stamps the definitions as a whole anew with every change.
 */
public abstract class CustomKpisContract extends PortContract {

    private static final AtomicInteger NEXT = new AtomicInteger();

    protected abstract CustomKpis customKpis();

    @Test
    void aNewDefinitionIsKeptAsWrittenAtVersionOneAndOnlyOnce() {
        CustomKpiDraft draft = draft("Маржа на лид");
        assertThat(tx(() -> customKpis().save(draft, ExpectedVersion.of(0)))).isEqualTo(new VersionedWrite.Written(1));
        assertThat(tx(() -> customKpis().find(draft.code()))).hasValueSatisfying(found -> {
            assertThat(found.value()).isEqualTo(draft);
            assertThat(found.version()).isEqualTo(1);
        });
        assertThat(tx(() -> customKpis().all())).extracting(kept -> kept.value().code()).contains(draft.code());
        assertThat(tx(() -> customKpis().save(draft, ExpectedVersion.of(0)))).isEqualTo(new VersionedWrite.Stale(1));
    }

    @Test
    void aChangeAtTheVersionReadIsWrittenAStaleOneChangesNothing() {
        CustomKpiDraft draft = draft("Первая");
        tx(() -> customKpis().save(draft, ExpectedVersion.any()));
        CustomKpiDraft second = renamed(draft, "Вторая");

        assertThat(tx(() -> customKpis().save(second, ExpectedVersion.of(1)))).isEqualTo(new VersionedWrite.Written(2));
        assertThat(tx(() -> customKpis().save(renamed(draft, "Устаревшая"), ExpectedVersion.of(1))))
                .isEqualTo(new VersionedWrite.Stale(2));
        assertThat(tx(() -> customKpis().find(draft.code())).orElseThrow().value().nameRu()).isEqualTo("Вторая");
    }

    @Test
    void aDeleteAtTheVersionReadRemovesTheDefinitionAStaleOneKeepsIt() {
        CustomKpiDraft draft = draft("Удаляемый");
        tx(() -> customKpis().save(draft, ExpectedVersion.any()));
        tx(() -> customKpis().save(renamed(draft, "Изменён"), ExpectedVersion.any()));

        assertThat(tx(() -> customKpis().delete(draft.code(), ExpectedVersion.of(1))))
                .isEqualTo(new VersionedWrite.Stale(2));
        assertThat(tx(() -> customKpis().delete(draft.code(), ExpectedVersion.of(2))))
                .isInstanceOf(VersionedWrite.Written.class);
        assertThat(tx(() -> customKpis().find(draft.code()))).isEmpty();
        assertThat(tx(() -> customKpis().delete(draft.code(), ExpectedVersion.any())))
                .isEqualTo(new VersionedWrite.Missing());
    }

    @Test
    void everyChangeGivesAStampNeverGivenBeforeAndReadingKeepsIt() {
        long before = tx(() -> customKpis().stamp());
        tx(() -> customKpis().all());
        assertThat(tx(() -> customKpis().stamp())).isEqualTo(before);

        CustomKpiDraft draft = draft("Со штампом");
        tx(() -> customKpis().save(draft, ExpectedVersion.any()));
        long saved = tx(() -> customKpis().stamp());
        tx(() -> customKpis().delete(draft.code(), ExpectedVersion.any()));

        assertThat(saved).isNotEqualTo(before);
        assertThat(tx(() -> customKpis().stamp())).isNotIn(before, saved);
    }

    private static CustomKpiDraft renamed(CustomKpiDraft draft, String nameRu) {
        return new CustomKpiDraft(draft.code(), nameRu, draft.nameEn(), draft.formula(), draft.unit(),
                draft.direction(), draft.level(), draft.group(), draft.explanationRu(), draft.explanationEn());
    }

    private static CustomKpiDraft draft(String nameRu) {
        return new CustomKpiDraft("contract_kpi_" + System.nanoTime() % 1_000_000 + "_" + NEXT.incrementAndGet(),
                nameRu, "Margin per lead", "(revenue - ad_spend) / leads", Unit.MONEY, Direction.HIGHER_IS_BETTER,
                Level.ANALYTICAL, KpiGroup.MARKETING, "Сколько остаётся с лида", "What a lead leaves");
    }
}
