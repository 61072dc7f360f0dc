package com.kpipulse.domain.review;

import com.kpipulse.domain.kpi.KpiCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RedKpisComeTheCostliestFirstAndThreeRedCyclesInARowAreFlaggedTest {

    private final List<AgendaSubject> deviations = AgendaGenerator.fromCauses()
            .agenda(KnownWeek.inputs(List.of(), List.of(), List.of())).stream()
            .filter(item -> item.section() == AgendaSection.DEVIATIONS).map(AgendaItem::subject).toList();

    @Test
    void offTrackAndAtRiskKpisComeByWhatTheyCostMoneyFirstAndOnTrackOnesStayOff() {
        assertThat(deviations).containsExactly(
                new AgendaSubject.Kpi(new KpiCode("revenue"), Optional.empty(), true),
                new AgendaSubject.Kpi(new KpiCode("cac"), Optional.of("vk_ads"), false),
                new AgendaSubject.Kpi(new KpiCode("ctr"), Optional.empty(), false),
                new AgendaSubject.Kpi(new KpiCode("visits"), Optional.empty(), false));
    }

    @Test
    void onlyTheKpiOffTrackThreeCyclesInARowIsFlagged() {
        assertThat(deviations).filteredOn(subject -> ((AgendaSubject.Kpi) subject).offTrackThreeInARow())
                .containsExactly(new AgendaSubject.Kpi(new KpiCode("revenue"), Optional.empty(), true));
    }
}
