package com.kpipulse.domain.review;

import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.correction.ActionStatus;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.kpi.KpiCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TheAgendaGoesThroughTheSixSectionsInOrderEachWithItsTimeBoxTest {

    private final CorrectiveAction dueInTheWeek = KnownWeek.action("Новые креативы VK", LocalDate.of(2026, 12, 3),
            ActionStatus.DONE);
    private final Goal december = KnownWeek.goal("Продажи декабря", LocalDate.of(2026, 12, 1),
            Optional.of(LocalDate.of(2026, 12, 31)));

    private final List<AgendaItem> agenda = AgendaGenerator.fromCauses()
            .agenda(KnownWeek.inputs(List.of(dueInTheWeek), List.of(), List.of(december)));

    @Test
    void theSectionsComeOneToSixAndTheItemsAreNumberedInThatOrder() {
        assertThat(agenda).extracting(AgendaItem::section).containsExactly(
                AgendaSection.ACTIONS, AgendaSection.GOALS,
                AgendaSection.DEVIATIONS, AgendaSection.DEVIATIONS, AgendaSection.DEVIATIONS, AgendaSection.DEVIATIONS,
                AgendaSection.DATA, AgendaSection.DATA, AgendaSection.DATA,
                AgendaSection.PROPOSALS, AgendaSection.PROPOSALS,
                AgendaSection.CONCLUSION);
        assertThat(agenda).extracting(AgendaItem::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    }

    @Test
    void eachSectionsTimeBoxIsSharedAmongItsItemsAndNothingIsDecidedYet() {
        assertThat(agenda).extracting(AgendaItem::minutes).as("5; 10; 20 in four; 10 in three; 10 in two; 5")
                .containsExactly(5, 10, 5, 5, 5, 5, 4, 3, 3, 5, 5, 5);
        for (AgendaSection section : AgendaSection.values()) {
            assertThat(agenda.stream().filter(item -> item.section() == section).mapToInt(AgendaItem::minutes).sum())
                    .as("section %s", section).isEqualTo(section.defaultMinutes());
        }
        assertThat(agenda).allSatisfy(item -> {
            assertThat(item.dropped()).isFalse();
            assertThat(item.decision()).isEmpty();
            assertThat(item.actions()).isEmpty();
        });
        assertThat(List.of(AgendaSection.values())).extracting(AgendaSection::defaultMinutes)
                .containsExactly(5, 10, 20, 10, 10, 5);
    }

    @Test
    void eachSectionIsAboutWhatTheWeekBrought() {
        assertThat(agenda.get(0).subject()).isEqualTo(new AgendaSubject.Action(dueInTheWeek.id()));
        assertThat(agenda.get(1).subject()).isEqualTo(new AgendaSubject.Goal(december.id()));
        assertThat(agenda.subList(6, 9)).extracting(AgendaItem::subject).containsExactly(
                new AgendaSubject.DataProblem("crm"), new AgendaSubject.DataProblem("vk_ads"),
                new AgendaSubject.Anomaly(KnownWeek.REVENUE_ANOMALY));
        assertThat(agenda.subList(9, 11)).as("the deviations whose cause asks for a decision, the costliest first")
                .extracting(AgendaItem::subject).containsExactly(
                        new AgendaSubject.ToDecide(new KpiCode("revenue"), Optional.empty(), Cause.BUDGET),
                        new AgendaSubject.ToDecide(new KpiCode("cac"), Optional.of("vk_ads"), Cause.CHANNEL));
        assertThat(agenda.get(11).subject()).isEqualTo(new AgendaSubject.Conclusion());
    }

    @Test
    void theSameWeekGivesTheSameAgenda() {
        assertThat(AgendaGenerator.fromCauses().agenda(KnownWeek.inputs(List.of(dueInTheWeek), List.of(),
                List.of(december)))).isEqualTo(agenda);
    }

    @Test
    void proposalsOfTheirOwnTakeTheFifthSectionsPlace() {
        AgendaSubject proposal = new AgendaSubject.Free("Перенести 50 000 ₽ из SEO в VK Реклама");

        List<AgendaItem> withProposals = new AgendaGenerator(cycle -> List.of(proposal))
                .agenda(KnownWeek.inputs(List.of(), List.of(), List.of()));

        assertThat(withProposals).filteredOn(item -> item.section() == AgendaSection.PROPOSALS)
                .extracting(AgendaItem::subject).containsExactly(proposal);
    }

    @Test
    void goalsNotPursuedInTheWeekStayOffTheAgendaAndTheNearestDeadlineComesFirst() {
        Goal year = KnownWeek.goal("Прибыль года", LocalDate.of(2026, 1, 1), Optional.of(LocalDate.of(2027, 3, 31)));
        Goal over = KnownWeek.goal("Осенняя кампания", LocalDate.of(2026, 9, 1), Optional.of(LocalDate.of(2026, 11, 29)));
        Goal later = KnownWeek.goal("Весна", LocalDate.of(2027, 3, 1), Optional.empty());
        Goal archived = december.archived(true);

        List<AgendaItem> goals = AgendaGenerator.fromCauses()
                .agenda(KnownWeek.inputs(List.of(), List.of(), List.of(year, over, later, archived, december))).stream()
                .filter(item -> item.section() == AgendaSection.GOALS).toList();

        assertThat(goals).extracting(AgendaItem::subject).containsExactly(new AgendaSubject.Goal(december.id()),
                new AgendaSubject.Goal(year.id()));
    }
}
