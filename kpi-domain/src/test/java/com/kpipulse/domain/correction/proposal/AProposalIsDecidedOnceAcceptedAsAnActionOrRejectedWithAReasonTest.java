package com.kpipulse.domain.correction.proposal;

import com.kpipulse.domain.correction.ActionId;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AProposalIsDecidedOnceAcceptedAsAnActionOrRejectedWithAReasonTest {

    private final Proposal open = Proposals.vkCampaigns("2026-W48");

    @Test
    void acceptingAnOpenProposalNamesTheActionItBecame() {
        ActionId action = ActionId.random();

        Proposal accepted = ((ProposalDecision.Decided) open.accept(action)).proposal();

        assertThat(accepted.status()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThat(accepted.action()).contains(action);
        assertThat(accepted.rejection()).isEmpty();
        assertThat(accepted.key()).isEqualTo(open.key());
    }

    @Test
    void rejectingAnOpenProposalKeepsWhyByWhomAndWhen() {
        Proposal rejected = Proposals.rejected(open);

        assertThat(rejected.status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(rejected.rejection()).hasValueSatisfying(why -> {
            assertThat(why.reason()).isEqualTo("Кампании уже выключены");
            assertThat(why.by()).isEqualTo("hanna");
        });
        assertThat(rejected.action()).isEmpty();
    }

    @Test
    void aDecidedProposalIsNotDecidedAgain() {
        Proposal rejected = Proposals.rejected(open);
        Proposal accepted = ((ProposalDecision.Decided) open.accept(ActionId.random())).proposal();

        assertThat(rejected.accept(ActionId.random()))
                .isEqualTo(new ProposalDecision.AlreadyDecided(ProposalStatus.REJECTED));
        assertThat(accepted.reject(new Rejection("поздно", "mark", Instant.EPOCH)))
                .isEqualTo(new ProposalDecision.AlreadyDecided(ProposalStatus.ACCEPTED));
    }

    @Test
    void aRejectionWithoutAReasonCannotBe() {
        assertThatThrownBy(() -> new Rejection("  ", "hanna", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
