package com.kpipulse.application.correction;

import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.correction.ActionStatus;
import com.kpipulse.domain.correction.CorrectiveAction;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ActionsAreListedByOwnerGoalStatusAndDueDateTest {

    private final Department department = new Department();

    @Test
    void theFiltersCombineAndTheEarliestDueDateComesFirst() {
        Versioned<CorrectiveAction> sofiasLate = department.proposed(Department.HANNA,
                Department.withDue(department.landingPageCheck(), "2026-12-30"));
        Versioned<CorrectiveAction> sofiasSoon = department.proposed(Department.HANNA,
                Department.withDue(department.landingPageCheck(), "2026-12-08"));
        ActionInput ctr = new ActionInput("Новые креативы", null, "ctr", List.of("yandex_direct"), "mark", "2026-12-20",
                "", null, null, null);
        Versioned<CorrectiveAction> marks = department.proposed(Department.HANNA, ctr);
        department.manage.changeStatus(Department.MARK, marks.value().id(), ExpectedVersion.any(), "ACCEPTED", null);

        assertThat(department.read.list(Department.SOFIA, new ActionQuery(true, false, Optional.empty(), Set.of())))
                .containsExactly(sofiasSoon, sofiasLate);
        assertThat(department.read.list(Department.VIC, new ActionQuery(false, false,
                Optional.of(department.everybodysGoal.id()), Set.of()))).containsExactly(sofiasSoon, sofiasLate);
        assertThat(department.read.list(Department.HANNA, new ActionQuery(false, false, Optional.empty(),
                Set.of(ActionStatus.ACCEPTED)))).extracting(action -> action.value().id())
                .containsExactly(marks.value().id());
        assertThat(department.read.list(Department.VIC, ActionQuery.all()))
                .as("the viewer does not read CTR, so not the action for it").containsExactly(sofiasSoon, sofiasLate);
        assertThat(department.read.openOf(Department.MARK)).hasSize(1);
    }

    @Test
    void anOpenActionPastItsDueDateIsListedAsOverdueFromTheNextDayOn() {
        Versioned<CorrectiveAction> dueToday = department.proposed(Department.HANNA,
                Department.withDue(department.landingPageCheck(), "2026-12-07"));
        Versioned<CorrectiveAction> dropped = department.proposed(Department.HANNA,
                Department.withDue(department.landingPageCheck(), "2026-12-07"));
        department.manage.changeStatus(Department.HANNA, dropped.value().id(), ExpectedVersion.any(), "DROPPED", "дубль");
        ActionQuery overdue = new ActionQuery(false, true, Optional.empty(), Set.of());
        ReadActions tomorrow = new ReadActions(department.store, department.rights, department.audit,
                Clock.offset(department.clock, Duration.ofDays(1)));

        assertThat(department.read.list(Department.VIC, overdue)).isEmpty();
        assertThat(tomorrow.list(Department.VIC, overdue)).containsExactly(dueToday);
    }
}
