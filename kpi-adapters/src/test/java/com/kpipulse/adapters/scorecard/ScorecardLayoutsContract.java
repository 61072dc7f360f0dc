package com.kpipulse.adapters.scorecard;

import com.kpipulse.adapters.contract.PortContract;
import com.kpipulse.application.scorecard.ScorecardLayouts;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.scorecard.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every store of scorecard compositions does: keeps the KPIs in order per role, versions each change. */
public abstract class ScorecardLayoutsContract extends PortContract {

    protected abstract ScorecardLayouts layouts();

    @Test
    void aCompositionIsKeptInOrderAndItsVersionMovesWithEachChange() {
        long before = tx(() -> layouts().of(Role.SMM_SPECIALIST)).version();
        List<String> kpis = List.of("reach", "engagement_rate", "follower_growth");

        assertThat(tx(() -> layouts().save(Role.SMM_SPECIALIST, kpis, ExpectedVersion.of(before))))
                .isEqualTo(new VersionedWrite.Written(before + 1));
        assertThat(tx(() -> layouts().of(Role.SMM_SPECIALIST)).value()).containsExactlyElementsOf(kpis);
        assertThat(tx(() -> layouts().of(Role.SMM_SPECIALIST)).version()).isEqualTo(before + 1);
    }

    @Test
    void aStaleCompositionChangesNothingAndAnyVersionIsWritten() {
        long before = tx(() -> layouts().of(Role.MARKETER)).version();
        tx(() -> layouts().save(Role.MARKETER, List.of("romi", "cac"), ExpectedVersion.any()));

        assertThat(tx(() -> layouts().save(Role.MARKETER, List.of("ctr"), ExpectedVersion.of(before))))
                .isEqualTo(new VersionedWrite.Stale(before + 1));
        assertThat(tx(() -> layouts().of(Role.MARKETER)).value()).containsExactly("romi", "cac");
        assertThat(tx(() -> layouts().save(Role.MARKETER, List.of("ctr"), ExpectedVersion.any())))
                .isEqualTo(new VersionedWrite.Written(before + 2));
    }

    @Test
    void eachRoleHasItsOwn() {
        tx(() -> layouts().save(Role.VIEWER, List.of("revenue"), ExpectedVersion.any()));
        tx(() -> layouts().save(Role.MARKETING_HEAD, List.of("romi", "nps"), ExpectedVersion.any()));
        assertThat(tx(() -> layouts().of(Role.VIEWER)).value()).containsExactly("revenue");
        assertThat(tx(() -> layouts().of(Role.MARKETING_HEAD)).value()).containsExactly("romi", "nps");
    }
}
