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

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ACustomKpiIsRedefinedOnlyAtTheVersionItWasReadAtTest {

    private final CustomKpis store = InMemory.customKpis();
    private final List<String> audited = new ArrayList<>();
    private final DefineCustomKpis define = new DefineCustomKpis(store, new CurrentKpiCatalog(store), InMemory.auditInto(audited));

    private static CustomKpiDraft draft(String nameRu, String formula) {
        return new CustomKpiDraft("margin_per_lead", nameRu, "Margin per lead", formula, Unit.MONEY,
                Direction.HIGHER_IS_BETTER, Level.ANALYTICAL, KpiGroup.MARKETING, "", "");
    }

    @Test
    void aDefinitionStartsAtVersionOneAndARedefinitionAgainstItRaisesIt() {
        assertThat(define.define(draft("Маржа на лид", "(revenue - ad_spend) / leads"), ExpectedVersion.of(0), "ada"))
                .isInstanceOfSatisfying(DefineCustomKpis.Outcome.Saved.class, saved -> assertThat(saved.version()).isEqualTo(1));
        assertThat(define.define(draft("Маржа с лида", "(revenue - ad_spend) / leads"), ExpectedVersion.of(1), "ada"))
                .isInstanceOfSatisfying(DefineCustomKpis.Outcome.Saved.class, saved -> assertThat(saved.version()).isEqualTo(2));
        assertThat(define.find("margin_per_lead").orElseThrow().version()).isEqualTo(2);
        assertThat(define.versions()).containsEntry("margin_per_lead", 2L);
    }

    @Test
    void aRedefinitionAgainstAnOlderVersionIsStaleAndKeepsTheNewerDefinition() {
        define.define(draft("Маржа на лид", "(revenue - ad_spend) / leads"), ExpectedVersion.any(), "ada");
        define.define(draft("Маржа с лида", "(revenue - ad_spend) / leads"), ExpectedVersion.of(1), "ada");

        assertThat(define.define(draft("Маржа", "revenue / leads"), ExpectedVersion.of(1), "boris"))
                .isEqualTo(new DefineCustomKpis.Outcome.Stale(2));
        assertThat(define.find("margin_per_lead").orElseThrow().value().nameRu()).isEqualTo("Маржа с лида");
        assertThat(audited).containsExactly("custom_kpi/margin_per_lead create", "custom_kpi/margin_per_lead update");
    }

    @Test
    void creatingACodeSomebodyDefinedMeanwhileIsStaleWhenTheWriterExpectedNone() {
        define.define(draft("Маржа на лид", "(revenue - ad_spend) / leads"), ExpectedVersion.any(), "ada");

        assertThat(define.define(draft("Другая", "revenue / leads"), ExpectedVersion.of(0), "boris"))
                .isEqualTo(new DefineCustomKpis.Outcome.Stale(1));
    }

    @Test
    void aRemovalAgainstAnOlderVersionIsStale() {
        define.define(draft("Маржа на лид", "(revenue - ad_spend) / leads"), ExpectedVersion.any(), "ada");
        define.define(draft("Маржа с лида", "(revenue - ad_spend) / leads"), ExpectedVersion.any(), "ada");

        assertThat(define.remove("margin_per_lead", ExpectedVersion.of(1), "boris")).isEqualTo(new DefineCustomKpis.Outcome.Stale(2));
        assertThat(define.remove("margin_per_lead", ExpectedVersion.of(2), "boris")).isInstanceOf(DefineCustomKpis.Outcome.Saved.class);
        assertThat(define.find("margin_per_lead")).isEmpty();
    }

    @Test
    void textsThatAreNotTextAreRefusedBeforeTheCatalogIsCheckedAndNothingIsStored() {
        DefineCustomKpis.Outcome outcome = define.define(draft("Маржа\u0000", "(revenue - ad_spend) / leads"),
                ExpectedVersion.any(), "ada");

        assertThat(outcome).isInstanceOfSatisfying(DefineCustomKpis.Outcome.Rejected.class, rejected ->
                assertThat(rejected.problems()).extracting(KpiProblem::field).containsExactly("nameRu"));
        assertThat(define.find("margin_per_lead")).isEmpty();
    }

    @Test
    void aFormulaNestedTooDeepIsAProblemWithItsPosition() {
        DefineCustomKpis.Outcome outcome = define.define(draft("Маржа", "(".repeat(60) + "revenue" + ")".repeat(60)),
                ExpectedVersion.any(), "ada");

        assertThat(outcome).isInstanceOfSatisfying(DefineCustomKpis.Outcome.Rejected.class, rejected -> {
            assertThat(rejected.problems()).extracting(problem -> problem.problem().kind())
                    .containsExactly(ProblemKind.TOO_DEEPLY_NESTED);
            assertThat(rejected.problems().getFirst().problem().position()).isEqualTo(51);
        });
    }

    @Test
    void surroundingSpacesOfACodeAreNotStored() {
        CustomKpiDraft spaced = new CustomKpiDraft(" margin_per_lead ", "Маржа", "Margin", "revenue / leads", Unit.MONEY,
                Direction.HIGHER_IS_BETTER, Level.ANALYTICAL, KpiGroup.MARKETING, "", "");

        assertThat(define.define(spaced, ExpectedVersion.any(), "ada")).isInstanceOf(DefineCustomKpis.Outcome.Saved.class);
        assertThat(define.find("margin_per_lead")).isPresent();
    }
}
