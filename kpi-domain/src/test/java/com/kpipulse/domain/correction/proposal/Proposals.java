package com.kpipulse.domain.correction.proposal;

import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.text.Message;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Proposals as the tests need them: a campaigns proposal for VK Ads' revenue in a week. */
final class Proposals {

    static final KpiCode REVENUE = new KpiCode("revenue");

    private Proposals() {
    }

    static Proposal vkCampaigns(String week) {
        return Proposal.open(ProposalId.random(), CyclePeriod.parse(week).orElseThrow(), ProposalKind.CAMPAIGNS,
                REVENUE, Optional.of("vk_ads"), Cause.CHANNEL,
                Message.of(ProposalText.CAMPAIGNS_TITLE, "VK Ads", "Revenue"),
                List.of(Message.of(ProposalText.CAMPAIGNS_LEAD, "Revenue", "VK Ads", 1)), Optional.empty(),
                Optional.empty(), Instant.parse("2026-11-30T06:00:00Z"));
    }

    static Proposal rejected(Proposal proposal) {
        return ((ProposalDecision.Decided) proposal.reject(new Rejection("Кампании уже выключены", "hanna",
                Instant.parse("2026-11-30T09:00:00Z")))).proposal();
    }
}
