package com.kpipulse.application.correction;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.correction.ActionStatus;
import com.kpipulse.domain.correction.CorrectiveAction;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EachRoleMayDoWithAnActionWhatItsRuleSaysTest {

    private final Department department = new Department();

    @Test
    void theAdminTheHeadAndTheMarketerProposeActionsForAnybody() {
        assertThat(department.manage.create(Department.ADA, department.landingPageCheck())).isInstanceOf(ActionOutcome.Saved.class);
        assertThat(department.manage.create(Department.HANNA, Department.withOwner(department.landingPageCheck(), "mark")))
                .isInstanceOf(ActionOutcome.Saved.class);
        assertThat(department.manage.create(Department.MARK, Department.withOwner(department.landingPageCheck(), "hanna")))
                .isInstanceOf(ActionOutcome.Saved.class);
    }

    @Test
    void theSmmSpecialistProposesActionsForHerselfOnly() {
        assertThat(department.manage.create(Department.SOFIA, department.landingPageCheck()))
                .isInstanceOf(ActionOutcome.Saved.class);
        assertThat(department.manage.create(Department.SOFIA, Department.withOwner(department.landingPageCheck(), "mark")))
                .isInstanceOf(ActionOutcome.Denied.class);
    }

    @Test
    void theViewerProposesNothingAndChangesNothing() {
        Versioned<CorrectiveAction> action = department.proposed(Department.HANNA, department.landingPageCheck());

        assertThat(department.manage.create(Department.VIC, Department.withOwner(department.landingPageCheck(), "vic")))
                .isInstanceOf(ActionOutcome.Denied.class);
        assertThat(department.manage.changeStatus(Department.VIC, action.value().id(), ExpectedVersion.any(), "ACCEPTED",
                null)).isInstanceOf(ActionOutcome.Denied.class);
        assertThat(department.manage.comment(Department.VIC, action.value().id(), ExpectedVersion.any(), "Хорошо"))
                .isInstanceOf(ActionOutcome.Denied.class);
    }

    @Test
    void theViewerReadsTheActions() {
        Versioned<CorrectiveAction> action = department.proposed(Department.HANNA, department.landingPageCheck());

        assertThat(department.read.find(Department.VIC, action.value().id())).isEqualTo(Access.granted(action));
        assertThat(department.read.list(Department.VIC, ActionQuery.all())).containsExactly(action);
    }

    @Test
    void theSmmSpecialistChangesHerOwnActionsOnly() {
        Versioned<CorrectiveAction> hers = department.proposed(Department.HANNA, department.landingPageCheck());
        Versioned<CorrectiveAction> marks = department.proposed(Department.HANNA,
                Department.withOwner(department.landingPageCheck(), "mark"));

        assertThat(department.manage.changeStatus(Department.SOFIA, hers.value().id(), ExpectedVersion.of(1), "ACCEPTED",
                null)).isInstanceOf(ActionOutcome.Saved.class);
        assertThat(department.manage.changeStatus(Department.SOFIA, marks.value().id(), ExpectedVersion.of(1), "ACCEPTED",
                null)).isInstanceOf(ActionOutcome.Denied.class);
        assertThat(department.manage.edit(Department.SOFIA, hers.value().id(), ExpectedVersion.any(),
                Department.withOwner(department.landingPageCheck(), "mark"))).isInstanceOf(ActionOutcome.Denied.class);
    }

    @Test
    void theMarketerChangesAnybodysAction() {
        Versioned<CorrectiveAction> hers = department.proposed(Department.HANNA, department.landingPageCheck());

        ActionOutcome outcome = department.manage.edit(Department.MARK, hers.value().id(), ExpectedVersion.of(1),
                Department.withOwner(department.landingPageCheck(), "mark"));

        assertThat(((ActionOutcome.Saved) outcome).action().value().details().owner()).isEqualTo("mark");
        assertThat(((ActionOutcome.Saved) outcome).action().version()).isEqualTo(2);
    }

    @Test
    void anActionForAGoalOrKpiTheReaderMayNotSeeIsHiddenUnlessItIsTheirs() {
        ActionInput profit = new ActionInput("Пересмотреть закупки", department.headsGoal.id().value().toString(),
                "profit", List.of(), "mark", "2026-12-18", "", null, null, null);
        Versioned<CorrectiveAction> marks = department.proposed(Department.HANNA, profit);
        Versioned<CorrectiveAction> sofias = department.proposed(Department.HANNA, Department.withOwner(profit, "sofia"));

        assertThat(department.read.find(Department.VIC, marks.value().id())).isInstanceOf(Access.Denied.class);
        assertThat(department.read.list(Department.SOFIA, ActionQuery.all())).containsExactly(sofias);
        assertThat(department.read.list(Department.MARK, ActionQuery.all())).containsExactly(marks);
        assertThat(department.read.list(Department.HANNA, ActionQuery.all())).containsExactlyInAnyOrder(marks, sofias);
        assertThat(department.manage.changeStatus(Department.VIC, marks.value().id(), ExpectedVersion.any(), "ACCEPTED",
                null)).isInstanceOf(ActionOutcome.NotFound.class);
        assertThat(department.manage.changeStatus(Department.SOFIA, sofias.value().id(), ExpectedVersion.any(),
                ActionStatus.ACCEPTED.name(), null)).isInstanceOf(ActionOutcome.Saved.class);
    }
}
