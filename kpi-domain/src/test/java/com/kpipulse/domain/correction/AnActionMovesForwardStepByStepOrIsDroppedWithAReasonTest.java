package com.kpipulse.domain.correction;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class AnActionMovesForwardStepByStepOrIsDroppedWithAReasonTest {

    @Test
    void aNewActionIsProposedWithoutCommentsOrReason() {
        CorrectiveAction action = Actions.proposed();

        assertThat(action.status()).isEqualTo(ActionStatus.PROPOSED);
        assertThat(action.comments()).isEmpty();
        assertThat(action.dropReason()).isEmpty();
        assertThat(action.createdBy()).isEqualTo("hanna");
    }

    @Test
    void itIsAcceptedThenTakenInHandThenDone() {
        CorrectiveAction accepted = Actions.movedTo(Actions.proposed(), ActionStatus.ACCEPTED);
        StatusChange inProgress = accepted.moveTo(ActionStatus.IN_PROGRESS, "");
        CorrectiveAction done = Actions.movedTo(((StatusChange.Moved) inProgress).action(), ActionStatus.DONE);

        assertThat(((StatusChange.Moved) inProgress).from()).isEqualTo(ActionStatus.ACCEPTED);
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.dropReason()).isEmpty();
    }

    @Test
    void aStepCannotBeSkipped() {
        StatusChange change = Actions.proposed().moveTo(ActionStatus.DONE, null);

        assertThat(change).isEqualTo(new StatusChange.Refused(StatusRefusal.NOT_ALLOWED,
                List.of(ActionStatus.PROPOSED, ActionStatus.DONE)));
        assertThat(((StatusChange.Refused) change).message().in(Locale.forLanguageTag("ru")))
                .startsWith("Действие «предложено» нельзя сразу перевести в «выполнено»");
        assertThat(((StatusChange.Refused) change).message().english())
                .startsWith("An action that is «proposed» cannot go straight to «done»");
    }

    @Test
    void nothingGoesBack() {
        CorrectiveAction inProgress = Actions.movedTo(Actions.movedTo(Actions.proposed(), ActionStatus.ACCEPTED),
                ActionStatus.IN_PROGRESS);

        assertThat(inProgress.moveTo(ActionStatus.PROPOSED, null)).isInstanceOf(StatusChange.Refused.class);
        assertThat(inProgress.moveTo(ActionStatus.ACCEPTED, null)).isInstanceOf(StatusChange.Refused.class);
    }

    @Test
    void anOpenActionIsDroppedWithItsReasonKept() {
        for (ActionStatus open : List.of(ActionStatus.PROPOSED, ActionStatus.ACCEPTED, ActionStatus.IN_PROGRESS)) {
            CorrectiveAction action = open == ActionStatus.PROPOSED ? Actions.proposed()
                    : open == ActionStatus.ACCEPTED ? Actions.movedTo(Actions.proposed(), open)
                    : Actions.movedTo(Actions.movedTo(Actions.proposed(), ActionStatus.ACCEPTED), open);

            StatusChange change = action.moveTo(ActionStatus.DROPPED, "  Бюджет VK перенесли в Директ ");

            CorrectiveAction dropped = ((StatusChange.Moved) change).action();
            assertThat(dropped.status()).isEqualTo(ActionStatus.DROPPED);
            assertThat(dropped.dropReason()).contains("Бюджет VK перенесли в Директ");
        }
    }

    @Test
    void droppingTakesAReason() {
        assertThat(Actions.proposed().moveTo(ActionStatus.DROPPED, " "))
                .isEqualTo(new StatusChange.Refused(StatusRefusal.REASON_REQUIRED, List.of()));
        assertThat(Actions.proposed().moveTo(ActionStatus.DROPPED, null))
                .isEqualTo(new StatusChange.Refused(StatusRefusal.REASON_REQUIRED, List.of()));
    }

    @Test
    void onlyDroppingTakesAReason() {
        assertThat(Actions.proposed().moveTo(ActionStatus.ACCEPTED, "потому что"))
                .isEqualTo(new StatusChange.Refused(StatusRefusal.REASON_ONLY_WHEN_DROPPED, List.of(ActionStatus.ACCEPTED)));
    }

    @Test
    void doneAndDroppedAreFinal() {
        CorrectiveAction dropped = ((StatusChange.Moved) Actions.proposed().moveTo(ActionStatus.DROPPED, "дубль"))
                .action();

        assertThat(dropped.moveTo(ActionStatus.ACCEPTED, null))
                .isEqualTo(new StatusChange.Refused(StatusRefusal.CLOSED, List.of(ActionStatus.DROPPED)));
        assertThat(ActionStatus.DONE.next()).isEmpty();
        assertThat(ActionStatus.DROPPED.next()).isEmpty();
    }

    @Test
    void movingToTheStatusItHasIsSaidSo() {
        assertThat(Actions.proposed().moveTo(ActionStatus.PROPOSED, null))
                .isEqualTo(new StatusChange.Refused(StatusRefusal.ALREADY_THERE, List.of(ActionStatus.PROPOSED)));
    }
}
