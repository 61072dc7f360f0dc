package com.kpipulse.application.scorecard;

import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.domain.scorecard.DefaultScorecards;
import com.kpipulse.domain.scorecard.Role;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AScorecardIsRecomposedFromDistinctCodesAtTheVersionItWasReadAtTest {

    private final List<String> audited = new ArrayList<>();
    private final RoleScorecards scorecards = new RoleScorecards(InMemory.scorecardLayouts(), InMemory.standardCatalog(),
            InMemory.auditInto(audited));

    private RoleScorecards.Outcome compose(ExpectedVersion expected, String... codes) {
        return scorecards.compose(Role.VIEWER, Arrays.asList(codes), expected, "ada");
    }

    private List<String> reasons(RoleScorecards.Outcome outcome) {
        assertThat(outcome).isInstanceOf(RoleScorecards.Outcome.Rejected.class);
        return ((RoleScorecards.Outcome.Rejected) outcome).reasons();
    }

    @Test
    void aRoleNeverRecomposedShowsItsDefaultAtVersionZero() {
        assertThat(scorecards.composition(Role.VIEWER).value()).isEqualTo(DefaultScorecards.kpiCodes(Role.VIEWER));
        assertThat(scorecards.composition(Role.VIEWER).version()).isZero();
    }

    @Test
    void eachRecompositionRaisesTheVersionAndAStaleOneIsRefused() {
        assertThat(compose(ExpectedVersion.of(0), "nps", "romi")).isEqualTo(new RoleScorecards.Outcome.Saved(List.of("nps", "romi"), 1));
        assertThat(compose(ExpectedVersion.of(0), "traffic")).isEqualTo(new RoleScorecards.Outcome.Stale(1));
        assertThat(scorecards.codesOf(Role.VIEWER)).containsExactly("nps", "romi");
        assertThat(compose(ExpectedVersion.any(), "traffic")).isEqualTo(new RoleScorecards.Outcome.Saved(List.of("traffic"), 2));
        assertThat(audited).containsExactly("scorecard/viewer compose", "scorecard/viewer compose");
    }

    @Test
    void aRepeatedCodeIsNamedNotSilentlyMerged() {
        String[] thirteen = Collections.nCopies(13, "revenue").toArray(String[]::new);

        List<String> reasons = reasons(compose(ExpectedVersion.any(), thirteen));

        assertThat(reasons).contains("kpis[1]: «revenue» is already listed at kpis[0]: each KPI appears once");
        assertThat(reasons.getFirst()).contains("13 KPIs are too many");
        assertThat(reasons(compose(ExpectedVersion.any(), "nps", "romi", "nps")))
                .containsExactly("kpis[2]: «nps» is already listed at kpis[0]: each KPI appears once");
        assertThat(scorecards.composition(Role.VIEWER).version()).isZero();
    }

    @Test
    void anEmptyElementIsNamedByItsIndex() {
        assertThat(reasons(compose(ExpectedVersion.any(), "nps", null))).containsExactly("kpis[1]: a KPI code is required");
        assertThat(reasons(compose(ExpectedVersion.any(), (String) null))).containsExactly("kpis[0]: a KPI code is required");
    }

    @Test
    void codesThatAreNotTextOrTooLongAreRefusedBeforeTheCatalogIsAsked() {
        assertThat(reasons(compose(ExpectedVersion.any(), "nps", "ro\u0000mi")))
                .containsExactly("kpis[1]: a control character (code 0) at position 3 is not allowed");
        assertThat(reasons(compose(ExpectedVersion.any(), "x".repeat(1_000_000))))
                .containsExactly("kpis[0]: the text is too long: 1000000 characters, at most 64 fit");
    }

    @Test
    void unknownCodesAreNamedWithTheirIndex() {
        assertThat(reasons(compose(ExpectedVersion.any(), "nps", "no_such_kpi")))
                .containsExactly("kpis[1]: there is no KPI «no_such_kpi» in the catalog");
    }
}
