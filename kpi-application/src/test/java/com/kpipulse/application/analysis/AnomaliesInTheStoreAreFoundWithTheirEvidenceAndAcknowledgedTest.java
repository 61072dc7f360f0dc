package com.kpipulse.application.analysis;

import com.kpipulse.application.access.Reader;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.testing.InMemoryObservationStore;
import com.kpipulse.domain.analysis.anomaly.Finding;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.scorecard.Role;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Visits of SEO and the total costs, day by day since New Year, each steady; on 10 March SEO had 300 visits instead
 * of about 1 000, and nobody delivered the costs of 12 March. Today is 20 March.
 */
class AnomaliesInTheStoreAreFoundWithTheirEvidenceAndAcknowledgedTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private static final LocalDate DROP = LocalDate.of(2026, 3, 10);
    private static final LocalDate GAP = LocalDate.of(2026, 3, 12);
    private static final Reader ADA = new Reader("ada", Set.of(Role.ADMIN));
    private static final Reader VIC = new Reader("vic", Set.of(Role.VIEWER));

    private final List<String> audit = new ArrayList<>();
    private final FindAnomalies anomalies;

    AnomaliesInTheStoreAreFoundWithTheirEvidenceAndAcknowledgedTest() {
        InMemoryObservationStore store = new InMemoryObservationStore();
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.isBefore(TODAY); day = day.plusDays(1)) {
            int wobble = (day.getDayOfYear() * 37) % 41 - 20;
            store.holds(Observation.daily("visits", day, Map.of("channel", "seo"),
                    BigDecimal.valueOf(day.equals(DROP) ? 300 : 1000 + wobble)));
            if (!day.equals(GAP)) {
                store.holds(Observation.daily("total_costs", day, Map.of(), BigDecimal.valueOf(50_000 + 20L * wobble)));
            }
        }
        CurrentKpiCatalog catalogs = InMemory.standardCatalog();
        anomalies = new FindAnomalies(store.stored(), InMemory.anomalyAcknowledgements(),
                InMemory.readingRights(List.of(), catalogs), catalogs, InMemory.channelCatalogs(),
                InMemory.auditInto(audit), Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @Test
    void eachUnusualDayIsFoundWithItsKindFiguresAndEvidenceNewestFirst() {
        FindAnomalies.Anomalies found = anomalies.in(ADA, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 19));

        assertThat(found.anomalies()).extracting(anomaly -> anomaly.id().toString())
                .containsExactly("total_costs.test.-.2026-03-12.missing", "visits.test.seo.2026-03-10.drop");
        FindAnomalies.Anomaly drop = found.anomalies().get(1);
        assertThat(drop.kind()).isEqualTo(AnomalyKind.DROP);
        Finding.UnusualValue value = (Finding.UnusualValue) drop.finding();
        assertThat(value.value()).isEqualByComparingTo("300");
        assertThat(value.usual().doubleValue()).isBetween(950.0, 1050.0);
        assertThat(value.ratio()).isBetween(0.28, 0.32);
        assertThat(drop.finding().evidence().in(Locale.forLanguageTag("ru"))).contains("SEO", "визиты", "300", "10.03.2026");
        assertThat(drop.finding().evidence().english()).contains("SEO", "visits", "2026-03-10");
        assertThat(drop.names().channel()).isPresent();
        assertThat(drop.acknowledgement()).isEmpty();
        assertThat(found.seriesDays()).isEqualTo(2 * 19);
    }

    @Test
    void aReaderGetsOnlyTheMeasuresTheyMayReadAndMayNotAcknowledgeOthers() {
        assertThat(anomalies.in(VIC, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 19)).anomalies())
                .extracting(anomaly -> anomaly.id().series().measure().value()).containsOnly("visits");

        assertThat(anomalies.acknowledge(VIC, "total_costs.test.-.2026-03-12.missing", null))
                .isInstanceOf(FindAnomalies.Outcome.Denied.class);
    }

    @Test
    void anAcknowledgementIsKeptWithItsAnomalyAndAudited() {
        FindAnomalies.Outcome outcome = anomalies.acknowledge(ADA, "visits.test.seo.2026-03-10.drop", "  сбой счётчика ");

        assertThat(outcome).isInstanceOf(FindAnomalies.Outcome.Acknowledged.class);
        FindAnomalies.Anomaly drop = anomalies.in(ADA, DROP, DROP).anomalies().getFirst();
        assertThat(drop.acknowledgement()).hasValueSatisfying(seen -> {
            assertThat(seen.by()).isEqualTo("ada");
            assertThat(seen.note()).isEqualTo("сбой счётчика");
            assertThat(seen.at()).isEqualTo(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC));
        });
        assertThat(audit).containsExactly("anomaly/visits.test.seo.2026-03-10.drop acknowledge");
    }

    @Test
    void anIdThatNamesNoAnomalyIsNotFoundAndAnUnfitNoteIsRefused() {
        assertThat(anomalies.acknowledge(ADA, "visits.test.seo.2026-03-11.drop", null))
                .as("a usual day").isInstanceOf(FindAnomalies.Outcome.NotFound.class);
        assertThat(anomalies.acknowledge(ADA, "visits.test.seo.2026-03-10.spike", null))
                .as("another kind").isInstanceOf(FindAnomalies.Outcome.NotFound.class);
        assertThat(anomalies.acknowledge(ADA, "no_such_measure.test.-.2026-03-10.drop", null))
                .isInstanceOf(FindAnomalies.Outcome.NotFound.class);
        assertThat(anomalies.acknowledge(ADA, "visits.test.seo.2026-02-30.drop", null))
                .isInstanceOf(FindAnomalies.Outcome.NotFound.class);
        assertThat(anomalies.acknowledge(ADA, "' or 1=1 --", null)).isInstanceOf(FindAnomalies.Outcome.NotFound.class);
        assertThat(anomalies.acknowledge(ADA, "visits.test.seo.2026-03-10.drop", "a\u0000b"))
                .isInstanceOf(FindAnomalies.Outcome.Rejected.class);
        assertThat(audit).isEmpty();
    }

    @Test
    void daysWhoseFiguresAreNotInYetAreNotJudgedAndSpansAreBounded() {
        FindAnomalies.Anomalies found = anomalies.in(ADA, LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 25));

        assertThat(found.to()).isEqualTo(TODAY.minusDays(1));
        assertThat(found.anomalies()).isEmpty();
        assertThatThrownBy(() -> anomalies.in(ADA, LocalDate.of(2025, 11, 29), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCycleGetsAPeriodsAnomaliesAsCausesInTheData() {
        assertThat(anomalies.dataCauses(ADA, Period.month(2026, 3))).extracting(anomaly -> anomaly.kind())
                .containsExactly(AnomalyKind.MISSING, AnomalyKind.DROP);
    }

    @Test
    void anIdIsReadBackFromItsText() {
        assertThat(AnomalyId.parse("visits.yandex_metrica.seo.2026-03-03.drop")).hasValueSatisfying(id -> {
            assertThat(id.series().source()).isEqualTo("yandex_metrica");
            assertThat(id.toString()).isEqualTo("visits.yandex_metrica.seo.2026-03-03.drop");
        });
        assertThat(AnomalyId.parse("visits.test.-.2026-03-03.missing")).hasValueSatisfying(id ->
                assertThat(id.series().channel()).isEmpty());
        assertThat(AnomalyId.parse("visits.test.-.2026-03-03.DROP")).isEmpty();
        assertThat(AnomalyId.parse("visits.test.2026-03-03.drop")).isEmpty();
    }
}
