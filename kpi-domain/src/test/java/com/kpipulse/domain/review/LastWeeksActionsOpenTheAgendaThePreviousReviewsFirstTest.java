package com.kpipulse.domain.review;

import com.kpipulse.domain.correction.ActionStatus;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.domain.correction.StatusChange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LastWeeksActionsOpenTheAgendaThePreviousReviewsFirstTest {

    private final CorrectiveAction doneInTheWeek = KnownWeek.action("Новые креативы VK", LocalDate.of(2026, 12, 4),
            ActionStatus.DONE);
    private final CorrectiveAction overdue = KnownWeek.action("Проверить посадочную VK", LocalDate.of(2026, 11, 27),
            ActionStatus.IN_PROGRESS);
    private final CorrectiveAction dueLater = KnownWeek.action("Запустить рассылку", LocalDate.of(2026, 12, 20),
            ActionStatus.ACCEPTED);
    private final CorrectiveAction doneLongAgo = KnownWeek.action("Старый аудит", LocalDate.of(2026, 10, 1),
            ActionStatus.DONE);
    private final CorrectiveAction droppedInTheWeek = ((StatusChange.Moved) KnownWeek.action("Отменённое",
            LocalDate.of(2026, 12, 2), ActionStatus.PROPOSED).moveTo(ActionStatus.DROPPED, "Бюджет перенесли")).action();

    @Test
    void actionsDueInTheWeekAndThoseOverdueComeTheEarliestDueFirst() {
        assertThat(section(List.of())).containsExactly(new AgendaSubject.Action(overdue.id()),
                new AgendaSubject.Action(doneInTheWeek.id()));
    }

    @Test
    void thePreviousReviewsActionsComeFirstInItsOrderWhateverTheirStatusAndOnlyOnce() {
        assertThat(section(List.of(dueLater.id(), doneInTheWeek.id()))).containsExactly(
                new AgendaSubject.Action(dueLater.id()), new AgendaSubject.Action(doneInTheWeek.id()),
                new AgendaSubject.Action(overdue.id()));
    }

    @Test
    void aDoneActionWhoseCheckWindowEndedInTheWeekIsPresentedWithItsVerdict() {
        // due 20 November, watched for the default two weeks: checked on 4 December, in the week of the review
        CorrectiveAction checkedInTheWeek = KnownWeek.action("Ставки VK снижены", LocalDate.of(2026, 11, 20),
                ActionStatus.DONE);
        CorrectiveAction stillWatched = KnownWeek.action("Новый баннер", LocalDate.of(2026, 11, 25), ActionStatus.DONE);

        List<AgendaSubject> section = AgendaGenerator.fromCauses().agenda(KnownWeek.inputs(
                        List.of(stillWatched, checkedInTheWeek), List.of(), List.of()))
                .stream().filter(item -> item.section() == AgendaSection.ACTIONS).map(AgendaItem::subject).toList();

        assertThat(checkedInTheWeek.details().effectWindowEnd()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(section).containsExactly(new AgendaSubject.Action(checkedInTheWeek.id()));
    }

    @Test
    void theActionsSectionComesBeforeEveryOther() {
        List<AgendaItem> agenda = AgendaGenerator.fromCauses().agenda(KnownWeek.inputs(
                List.of(doneInTheWeek, overdue), List.of(), List.of()));

        assertThat(agenda.subList(0, 2)).extracting(AgendaItem::section)
                .containsOnly(AgendaSection.ACTIONS);
        assertThat(agenda.get(2).section()).isNotEqualTo(AgendaSection.ACTIONS);
    }

    private List<AgendaSubject> section(List<com.kpipulse.domain.correction.ActionId> previousReview) {
        return AgendaGenerator.fromCauses().agenda(KnownWeek.inputs(
                        List.of(dueLater, doneLongAgo, doneInTheWeek, droppedInTheWeek, overdue), previousReview, List.of()))
                .stream().filter(item -> item.section() == AgendaSection.ACTIONS).map(AgendaItem::subject).toList();
    }
}
