package com.kpipulse.domain.correction.proposal;

import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.cycle.CyclePeriod;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** VK Ads' campaigns proposal for revenue, rejected in week 48 of 2026 (23–29 November). */
class ARejectedProposalIsNotMadeAgainForFourWeeksTest {

    private final Proposal rejectedInWeek48 = Proposals.rejected(Proposals.vkCampaigns("2026-W48"));
    private final ProposalKey key = rejectedInWeek48.key();

    @Test
    void theSameKeyIsHeldBackInTheSameWeekAndTheThreeAfterIt() {
        for (String week : List.of("2026-W48", "2026-W49", "2026-W50", "2026-W51")) {
            assertThat(Suppression.suppresses(List.of(rejectedInWeek48), key, period(week))).as(week).isTrue();
        }
    }

    @Test
    void fourWeeksLaterItIsProposedAgain() {
        assertThat(Suppression.suppresses(List.of(rejectedInWeek48), key, period("2026-W52"))).isFalse();
    }

    @Test
    void aMonthStartingWithinFourWeeksOfTheRejectedWeekIsHeldBackToo() {
        assertThat(Suppression.suppresses(List.of(rejectedInWeek48), key, period("2026-12"))).isTrue();
    }

    @Test
    void anotherChannelKpiCauseOrKindIsNotHeldBack() {
        List<Proposal> decided = List.of(rejectedInWeek48);
        CyclePeriod week49 = period("2026-W49");

        assertThat(Suppression.suppresses(decided, new ProposalKey(ProposalKind.CAMPAIGNS, key.kpi(),
                Optional.of("yandex_direct"), Cause.CHANNEL), week49)).isFalse();
        assertThat(Suppression.suppresses(decided, new ProposalKey(ProposalKind.CAMPAIGNS,
                new com.kpipulse.domain.kpi.KpiCode("orders"), key.channel(), Cause.CHANNEL), week49)).isFalse();
        assertThat(Suppression.suppresses(decided, new ProposalKey(ProposalKind.DATA_FIX, key.kpi(), key.channel(),
                Cause.CHANNEL), week49)).isFalse();
        assertThat(Suppression.suppresses(decided, new ProposalKey(ProposalKind.CAMPAIGNS, key.kpi(), key.channel(),
                Cause.DATA), week49)).isFalse();
    }

    @Test
    void onlyARejectionHoldsItBackAndNotForAnEarlierCycleRunAgain() {
        Proposal open = Proposals.vkCampaigns("2026-W48");

        assertThat(Suppression.suppresses(List.of(open), key, period("2026-W49"))).isFalse();
        assertThat(Suppression.suppresses(List.of(rejectedInWeek48), key, period("2026-W47"))).isFalse();
    }

    @Test
    void theEarliestPeriodStartThatCountsIsTwentySevenDaysBefore() {
        assertThat(Suppression.earliestCounted(period("2026-W52").period().start()))
                .isEqualTo(period("2026-W48").period().start().plusDays(1));
    }

    private static CyclePeriod period(String code) {
        return CyclePeriod.parse(code).orElseThrow();
    }
}
