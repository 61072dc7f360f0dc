package com.kpipulse.application.correction;

import com.kpipulse.application.testing.InMemoryDirectory;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.correction.ActionStatus;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.domain.correction.EffectDirection;
import com.kpipulse.domain.correction.ExpectedEffect;
import com.kpipulse.domain.kpi.KpiCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class AnActionIsProposedCheckedFieldByFieldAndAuditedTest {

    private final Department department = new Department();

    @Test
    void theHeadProposesAnActionForTheSmmSpecialistAndItIsAudited() {
        ActionOutcome outcome = department.manage.create(Department.HANNA, department.landingPageCheck());

        Versioned<CorrectiveAction> saved = ((ActionOutcome.Saved) outcome).action();
        CorrectiveAction action = saved.value();
        assertThat(saved.version()).isEqualTo(1);
        assertThat(action.status()).isEqualTo(ActionStatus.PROPOSED);
        assertThat(action.createdBy()).isEqualTo("hanna");
        assertThat(action.details().owner()).isEqualTo("sofia");
        assertThat(action.details().due()).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(action.details().goal()).contains(department.everybodysGoal.id());
        assertThat(action.details().channels()).containsExactly("vk_ads");
        assertThat(action.details().effect()).contains(new ExpectedEffect(new KpiCode("revenue"),
                EffectDirection.UP, new BigDecimal("0.05")));
        assertThat(department.store.find(action.id())).contains(saved);
        assertThat(department.audit.entries()).containsExactly("corrective_action/" + action.id() + " create");
    }

    @Test
    void anOwnerNobodyOfTheRealmSignsInAsIsRefusedAndNothingIsStored() {
        ActionOutcome outcome = department.manage.create(Department.HANNA,
                Department.withOwner(department.landingPageCheck(), "olga"));

        assertThat(fields(outcome)).containsExactly("owner");
        assertThat(reason(outcome, "owner")).contains("olga");
        assertThat(department.store.matching(ActionFilter.all())).isEmpty();
        assertThat(department.audit.entries()).isEmpty();
    }

    @Test
    void aDueDateInThePastIsRefusedForANewAction() {
        ActionOutcome outcome = department.manage.create(Department.HANNA,
                Department.withDue(department.landingPageCheck(), "2026-12-06"));

        assertThat(fields(outcome)).containsExactly("dueDate");
        assertThat(((ActionOutcome.Rejected) outcome).problems().getFirst().reason().code()).isEqualTo("action.due_in_past");
        assertThat(department.manage.create(Department.HANNA, Department.withDue(department.landingPageCheck(),
                "2026-12-07"))).isInstanceOf(ActionOutcome.Saved.class);
    }

    @Test
    void everyUnfitFieldIsNamedAtOnce() {
        ActionInput unfit = new ActionInput(" ", "not-a-goal", "no_such_kpi", List.of("vk_ads", "vk_ads", "tv"), "",
                "2026-02-30", "x".repeat(2001), "ctr", "SIDEWAYS", "0");

        assertThat(fields(department.manage.create(Department.HANNA, unfit))).containsExactlyInAnyOrder("title", "goal",
                "kpi", "channels", "channels", "owner", "dueDate", "hypothesis", "expectedEffect.direction",
                "expectedEffect.size");
    }

    @Test
    void aTextIsRefusedByItsLengthBeforeAnythingElse() {
        ActionInput huge = new ActionInput("x".repeat(1 << 20) + "\u0000", null, "revenue", List.of(), "sofia",
                "2026-12-18", "", null, null, null);

        ActionOutcome outcome = department.manage.create(Department.HANNA, huge);

        assertThat(((ActionOutcome.Rejected) outcome).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.reason().code()).isEqualTo("input.text_too_long"));
    }

    @Test
    void anActionIsForAGoalOrAKpi() {
        ActionInput neither = new ActionInput("Что-то сделать", "", "", List.of(), "sofia", "2026-12-18", "", "", "",
                "");

        ActionOutcome outcome = department.manage.create(Department.HANNA, neither);

        assertThat(fields(outcome)).containsExactly("kpi");
        assertThat(reason(outcome, "kpi")).startsWith("Выберите цель или KPI");
    }

    @Test
    void anExpectedEffectIsGivenWhole() {
        ActionInput half = new ActionInput("Поднять CTR", null, "ctr", List.of(), "mark", "2026-12-18", "", "ctr", "",
                "0.1");

        assertThat(fields(department.manage.create(Department.HANNA, half))).containsExactly("expectedEffect.direction");
    }

    @Test
    void aGoalTheWriterMayNotSeeIsNoGoalForThem() {
        ActionInput forTheHeadsGoal = new ActionInput("Сократить расходы", department.headsGoal.id().value().toString(),
                null, List.of(), "mark", "2026-12-18", "", null, null, null);

        assertThat(department.manage.create(Department.HANNA, forTheHeadsGoal)).isInstanceOf(ActionOutcome.Saved.class);
        assertThat(fields(department.manage.create(Department.SOFIA, Department.withOwner(forTheHeadsGoal, "sofia"))))
                .containsExactly("goal");
    }

    @Test
    void withoutTheDirectoryAnActionIsGivenOnlyToItsWriter() {
        Department offline = new Department(InMemoryDirectory.unavailable());

        assertThat(fields(offline.manage.create(Department.HANNA, offline.landingPageCheck()))).containsExactly("owner");
        assertThat(offline.manage.create(Department.HANNA, Department.withOwner(offline.landingPageCheck(), "hanna")))
                .isInstanceOf(ActionOutcome.Saved.class);
    }

    static List<String> fields(ActionOutcome outcome) {
        assertThat(outcome).isInstanceOf(ActionOutcome.Rejected.class);
        return ((ActionOutcome.Rejected) outcome).problems().stream().map(ActionProblem::field).toList();
    }

    static String reason(ActionOutcome outcome, String field) {
        return ((ActionOutcome.Rejected) outcome).problems().stream().filter(problem -> problem.field().equals(field))
                .findFirst().orElseThrow().reason().in(Locale.forLanguageTag("ru"));
    }

}
