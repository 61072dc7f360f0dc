package com.kpipulse.application.correction;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.correction.ActionStatus;
import com.kpipulse.domain.correction.CorrectiveAction;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AnActionMovesOnAtTheVersionItWasReadAtAndItsHistoryIsTheAuditsTest {

    private final Department department = new Department();
    private final ActionId id = department.proposed(Department.HANNA, department.landingPageCheck()).value().id();

    @Test
    void aChangeMadeAgainstAnOlderVersionIsStaleAndStoresNothing() {
        department.manage.changeStatus(Department.SOFIA, id, ExpectedVersion.of(1), "ACCEPTED", null);

        ActionOutcome late = department.manage.comment(Department.HANNA, id, ExpectedVersion.of(1), "Как дела?");

        assertThat(late).isEqualTo(new ActionOutcome.Stale(2));
        assertThat(department.store.find(id).orElseThrow().value().comments()).isEmpty();
    }

    @Test
    void aStepTheStatusMayNotTakeIsRefusedOnTheStatusField() {
        ActionOutcome outcome = department.manage.changeStatus(Department.SOFIA, id, ExpectedVersion.of(1), "DONE", null);

        assertThat(((ActionOutcome.Rejected) outcome).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("status");
            assertThat(problem.reason().code()).isEqualTo("action.not_allowed");
            assertThat(problem.reason().english()).contains("«proposed»", "«done»");
        });
        assertThat(department.store.find(id).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void anUnknownStatusAndAReasonWithoutADropAreRefused() {
        assertThat(AnActionIsProposedCheckedFieldByFieldAndAuditedTest.fields(department.manage.changeStatus(
                Department.SOFIA, id, ExpectedVersion.of(1), "FINISHED", null))).containsExactly("status");
        assertThat(AnActionIsProposedCheckedFieldByFieldAndAuditedTest.fields(department.manage.change(
                Department.SOFIA, id, ExpectedVersion.of(1), new ActionChange(Optional.empty(), Optional.empty(),
                        "просто так", Optional.empty())))).containsExactly("dropReason");
        assertThat(AnActionIsProposedCheckedFieldByFieldAndAuditedTest.fields(department.manage.comment(
                Department.SOFIA, id, ExpectedVersion.of(1), "  "))).containsExactly("comment");
    }

    @Test
    void theStatusHistoryIsReadBackFromTheAuditTrail() {
        department.manage.changeStatus(Department.SOFIA, id, ExpectedVersion.of(1), "accepted", null);
        department.manage.comment(Department.SOFIA, id, ExpectedVersion.of(2), "Начала проверку");
        department.manage.changeStatus(Department.SOFIA, id, ExpectedVersion.of(3), "IN_PROGRESS", null);
        ActionOutcome dropped = department.manage.changeStatus(Department.HANNA, id, ExpectedVersion.of(4), "DROPPED",
                "Бюджет VK перенесли в Директ");

        Versioned<CorrectiveAction> action = ((ActionOutcome.Saved) dropped).action();
        assertThat(action.version()).isEqualTo(5);
        assertThat(action.value().dropReason()).contains("Бюджет VK перенесли в Директ");
        assertThat(action.value().comments()).singleElement().satisfies(comment -> {
            assertThat(comment.author()).isEqualTo("sofia");
            assertThat(comment.text()).isEqualTo("Начала проверку");
        });
        List<ActionHistory.Step> steps = ((Access.Granted<ActionHistory>) department.read.history(Department.VIC, id))
                .value().steps();
        assertThat(steps).extracting(ActionHistory.Step::to).containsExactly(ActionStatus.PROPOSED,
                ActionStatus.ACCEPTED, ActionStatus.IN_PROGRESS, ActionStatus.DROPPED);
        assertThat(steps).extracting(ActionHistory.Step::by).containsExactly("hanna", "sofia", "sofia", "hanna");
        assertThat(steps.getFirst().from()).isEmpty();
        assertThat(steps.get(2).from()).contains(ActionStatus.ACCEPTED);
        assertThat(steps.getLast().reason()).contains("Бюджет VK перенесли в Директ");
        assertThat(department.audit.entries()).containsExactly("corrective_action/" + id + " create",
                "corrective_action/" + id + " status", "corrective_action/" + id + " comment",
                "corrective_action/" + id + " status", "corrective_action/" + id + " status");
    }

    @Test
    void detailsStatusAndCommentChangeTogetherEachAuditedOnItsOwn() {
        ActionOutcome outcome = department.manage.change(Department.HANNA, id, ExpectedVersion.of(1), new ActionChange(
                Optional.of(Department.withDue(department.landingPageCheck(), "2026-12-24")), Optional.of("ACCEPTED"),
                null, Optional.of("Срок сдвинули на неделю")));

        Versioned<CorrectiveAction> action = ((ActionOutcome.Saved) outcome).action();
        assertThat(action.version()).isEqualTo(2);
        assertThat(action.value().details().due()).hasToString("2026-12-24");
        assertThat(department.audit.entries()).containsExactly("corrective_action/" + id + " create",
                "corrective_action/" + id + " edit", "corrective_action/" + id + " status",
                "corrective_action/" + id + " comment");
    }

    @Test
    void aDueDateThatHasPassedMayStayButNotBeChosenAgain() {
        Department later = new Department();
        ActionId kept = later.proposed(Department.HANNA, later.landingPageCheck()).value().id();
        ActionInput pastDue = Department.withDue(later.landingPageCheck(), "2026-12-01");

        assertThat(AnActionIsProposedCheckedFieldByFieldAndAuditedTest.fields(
                later.manage.edit(Department.HANNA, kept, ExpectedVersion.any(), pastDue))).containsExactly("dueDate");
        assertThat(later.manage.edit(Department.HANNA, kept, ExpectedVersion.any(), later.landingPageCheck()))
                .isInstanceOf(ActionOutcome.Saved.class);
    }
}
