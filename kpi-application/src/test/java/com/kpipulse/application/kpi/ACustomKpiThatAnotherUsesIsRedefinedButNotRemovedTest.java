package com.kpipulse.application.kpi;

import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.domain.kpi.CustomKpiDraft;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.kpi.KpiGroup;
import com.kpipulse.domain.kpi.KpiProblem;
import com.kpipulse.domain.kpi.Level;
import com.kpipulse.domain.kpi.formula.ProblemKind;
import com.kpipulse.domain.measure.Unit;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A custom KPI another custom KPI names in its formula: changing it works (it used to be removed first, which the
 * other KPI refused), and so does a change that breaks the other one — refused with the other's problem; removing it
 * is refused with the reason, naming who uses it.
 */
class ACustomKpiThatAnotherUsesIsRedefinedButNotRemovedTest {

    private final CustomKpis store = InMemory.customKpis();
    private final DefineCustomKpis define = new DefineCustomKpis(store, new CurrentKpiCatalog(store), InMemory.noAudit());

    private static CustomKpiDraft kpi(String code, String formula, Unit unit) {
        return new CustomKpiDraft(code, "Показатель " + code, "KPI " + code, formula, unit, Direction.HIGHER_IS_BETTER,
                Level.ANALYTICAL, KpiGroup.MARKETING, "Пояснение", "Explanation");
    }

    @Test
    void theUsedKpiIsRedefinedInPlaceAndTheKpiThatUsesItKeepsWorking() {
        define.define(kpi("gross_margin", "revenue - ad_spend", Unit.MONEY), ExpectedVersion.any(), "ada");
        define.define(kpi("margin_per_order", "gross_margin / orders", Unit.MONEY), ExpectedVersion.any(), "ada");

        DefineCustomKpis.Outcome changed = define.define(kpi("gross_margin", "revenue - ad_spend - total_costs", Unit.MONEY),
                ExpectedVersion.of(1), "ada");

        assertThat(changed).isInstanceOfSatisfying(DefineCustomKpis.Outcome.Saved.class, saved -> {
            assertThat(saved.version()).isEqualTo(2);
            assertThat(saved.catalog().find("gross_margin").orElseThrow().formula()).endsWith("total_costs");
            assertThat(saved.catalog().custom()).extracting(kpi -> kpi.code().value())
                    .containsExactly("gross_margin", "margin_per_order");
        });
    }

    @Test
    void aRedefinitionThatBreaksTheKpiUsingItIsRefusedWithThatKpisProblem() {
        define.define(kpi("gross_margin", "revenue - ad_spend", Unit.MONEY), ExpectedVersion.any(), "ada");
        define.define(kpi("margin_per_order", "gross_margin / orders", Unit.MONEY), ExpectedVersion.any(), "ada");

        DefineCustomKpis.Outcome refused = define.define(kpi("gross_margin", "orders / visits", Unit.PERCENT),
                ExpectedVersion.any(), "ada");

        assertThat(refused).isInstanceOfSatisfying(DefineCustomKpis.Outcome.Rejected.class, rejected -> assertThat(
                rejected.problems()).extracting(KpiProblem::kpiCode).contains("margin_per_order"));
        assertThat(define.find("gross_margin").orElseThrow().value().formula()).isEqualTo("revenue - ad_spend");
    }

    @Test
    void removingAKpiAnotherUsesIsRefusedNamingTheOtherInBothLanguages() {
        define.define(kpi("gross_margin", "revenue - ad_spend", Unit.MONEY), ExpectedVersion.any(), "ada");
        define.define(kpi("margin_per_order", "gross_margin / orders", Unit.MONEY), ExpectedVersion.any(), "ada");

        DefineCustomKpis.Outcome refused = define.remove("gross_margin", ExpectedVersion.any(), "ada");

        assertThat(refused).isInstanceOfSatisfying(DefineCustomKpis.Outcome.Rejected.class, rejected -> {
            KpiProblem problem = rejected.problems().getFirst();
            assertThat(problem.problem().kind()).isEqualTo(ProblemKind.IN_USE);
            assertThat(problem.problem().message(Locale.forLanguageTag("ru"))).contains("нельзя удалить", "margin_per_order");
            assertThat(problem.problem().message(Locale.ENGLISH)).contains("cannot be removed", "margin_per_order");
        });
        assertThat(define.find("gross_margin")).isPresent();
        assertThat(define.remove("margin_per_order", ExpectedVersion.any(), "ada")).isInstanceOf(DefineCustomKpis.Outcome.Saved.class);
        assertThat(define.remove("gross_margin", ExpectedVersion.any(), "ada")).isInstanceOf(DefineCustomKpis.Outcome.Saved.class);
    }
}
