package com.kpipulse.application.review;

import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.correction.proposal.Proposal;
import com.kpipulse.domain.correction.proposal.ProposalId;
import com.kpipulse.domain.correction.proposal.ProposalKind;
import com.kpipulse.domain.correction.proposal.ProposalText;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.review.AgendaItem;
import com.kpipulse.domain.review.AgendaSection;
import com.kpipulse.domain.review.AgendaSubject;
import com.kpipulse.domain.review.WeeklyReview;
import com.kpipulse.domain.text.Message;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agenda's fifth section puts the week's cycle's open proposals to a decision, one item per KPI, channel and
 * cause, in the order they were made; a cycle without proposals puts each deviation whose cause asks for a decision.
 */
class TheWeeksProposalsArePutToADecisionInTheFifthSectionTest {

    private final Meeting meeting = new Meeting();

    @Test
    void theCyclesOpenProposalsAreTheItemsToDecide() {
        meeting.cycleRan(Meeting.WEEK_49);
        Proposal campaigns = proposal(ProposalKind.CAMPAIGNS, "leads", Optional.of("vk_ads"), Cause.CHANNEL);
        Proposal data = proposal(ProposalKind.DATA_FIX, "traffic", Optional.empty(), Cause.DATA);
        Proposal sameAgain = proposal(ProposalKind.DATA_FIX, "traffic", Optional.empty(), Cause.DATA);
        meeting.proposals.replaceOpen(Meeting.WEEK_49, List.of(campaigns, data, sameAgain));

        assertThat(toDecide(start())).containsExactly(
                new AgendaSubject.ToDecide(new KpiCode("leads"), Optional.of("vk_ads"), Cause.CHANNEL),
                new AgendaSubject.ToDecide(new KpiCode("traffic"), Optional.empty(), Cause.DATA));
    }

    @Test
    void withoutProposalsEachDeviationWhoseCauseAsksForADecisionIsPut() {
        meeting.cycleRan(Meeting.WEEK_49);

        assertThat(toDecide(start())).containsExactly(
                new AgendaSubject.ToDecide(new KpiCode("revenue"), Optional.empty(), Cause.BUDGET));
    }

    private Versioned<WeeklyReview> start() {
        return ((StartOutcome.Started) meeting.start.start(Meeting.HANNA, "2026-W49")).review();
    }

    private static List<AgendaSubject> toDecide(Versioned<WeeklyReview> review) {
        return review.value().items().stream().filter(item -> item.section() == AgendaSection.PROPOSALS)
                .map(AgendaItem::subject).toList();
    }

    private Proposal proposal(ProposalKind kind, String kpi, Optional<String> channel, Cause cause) {
        return Proposal.open(ProposalId.random(), Meeting.WEEK_49, kind, new KpiCode(kpi), channel, cause,
                Message.of(ProposalText.AS_WRITTEN, "Разобрать " + kpi), List.of(), Optional.empty(), Optional.empty(),
                meeting.clock.instant());
    }
}
