package com.kpipulse.web.correction;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.correction.proposal.ProposalId;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.web.text.Bundles;
import jakarta.ws.rs.NotFoundException;

import java.util.Optional;
import java.util.UUID;

/** A proposal's id and a cycle's period as the proposals' pages and API take them. */
final class ProposalParameters {

    private ProposalParameters() {
    }

    /** The id, or a 404: no proposal has an id that is no UUID. */
    static ProposalId id(String text) {
        String id = text == null ? "" : text.strip();
        if (id.length() != 36) {
            throw new NotFoundException("No proposal " + InputProblem.excerpt(id));
        }
        try {
            return new ProposalId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No proposal " + InputProblem.excerpt(id));
        }
    }

    /** The week ({@code 2026-W05}) or month ({@code 2026-01}) of a cycle, or the problem with what was sent. */
    static Optional<CyclePeriod> period(String text) {
        return CyclePeriod.parse(text == null ? "" : text.strip());
    }

    /** Why {@code text} is no cycle's period: the API's 422 for {@code period}. */
    static ActionApi.ProblemJson notAPeriod(String text) {
        String shown = InputProblem.excerpt(text == null ? "" : text);
        LocalizedText said = Bundles.both(ProposalMessages.class, texts -> texts.problem_not_a_period(shown));
        return new ActionApi.ProblemJson("period", "NOT_A_CYCLE_PERIOD", said.en(), said.ru(), said.en());
    }
}
