package com.kpipulse.web.correction;

import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.correction.budget.Estimate;
import com.kpipulse.domain.correction.proposal.ChannelShift;
import com.kpipulse.domain.correction.proposal.Proposal;
import com.kpipulse.domain.correction.proposal.ProposalEffect;
import com.kpipulse.domain.correction.proposal.ReallocationPlan;
import com.kpipulse.domain.correction.proposal.Rejection;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A proposal in the API: what it is about, its title and reasoning as stable codes with both languages, its expected
 * effect (shares of the KPI's value, {@code 0.04}: 4 %), a reallocation's channels and moves, its status and what was
 * decided, and its version.
 */
public record ProposalJson(String id, String period, String kind, ActionJson.NamedJson kpi,
                           ActionJson.NamedJson channel, String cause, SaidJson title, List<SaidJson> reasoning,
                           EffectJson effect, ReallocationJson reallocation, String status, String actionId,
                           RejectionJson rejection, Instant madeAt, long version) {

    /** A sentence: its stable code and both languages. */
    public record SaidJson(String code, String ru, String en) {
        static SaidJson of(Message message) {
            return new SaidJson(message.code(), message.russian(), message.english());
        }
    }

    public record EffectJson(ActionJson.NamedJson kpi, String direction, BigDecimal size, BigDecimal low,
                             BigDecimal high) {
    }

    public record EstimateJson(BigDecimal expected, BigDecimal low, BigDecimal high) {
        static EstimateJson of(Estimate estimate) {
            return new EstimateJson(estimate.expected(), estimate.low(), estimate.high());
        }
    }

    /** A channel of a reallocation: weekly spend now and proposed, its next rouble's return, its outcome's change. */
    public record ChannelJson(ActionJson.NamedJson channel, BigDecimal spendNow, BigDecimal spendProposed,
                              SaidJson marginal, EstimateJson outcomeChange, boolean atLimit, boolean noCurve) {
    }

    /** The budget moves: weekly figures in {@code currency}, the outcome's change with its 80 % interval. */
    public record ReallocationJson(String outcome, String currency, BigDecimal spendNow, BigDecimal spendProposed,
                                   EstimateJson outcomeChange, List<ChannelJson> channels, List<SaidJson> moves) {
    }

    public record RejectionJson(String reason, ActionJson.PersonJson by, Instant at) {
    }

    static ProposalJson of(Versioned<Proposal> versioned, ActionNames names) {
        Proposal proposal = versioned.value();
        return new ProposalJson(proposal.id().toString(), proposal.period().code(), proposal.kind().name(),
                ActionJson.NamedJson.of(proposal.kpi().value(), names.kpi(proposal.kpi().value())),
                proposal.channel().map(code -> ActionJson.NamedJson.of(code, names.channel(code))).orElse(null),
                proposal.cause().name(), SaidJson.of(proposal.title()),
                proposal.reasoning().stream().map(SaidJson::of).toList(),
                proposal.effect().map(effect -> effect(effect, names)).orElse(null),
                proposal.reallocation().map(plan -> reallocation(plan, names)).orElse(null), proposal.status().name(),
                proposal.action().map(Object::toString).orElse(null),
                proposal.rejection().map(why -> rejection(why, names)).orElse(null), proposal.madeAt(),
                versioned.version());
    }

    private static EffectJson effect(ProposalEffect effect, ActionNames names) {
        return new EffectJson(ActionJson.NamedJson.of(effect.kpi().value(), names.kpi(effect.kpi().value())),
                effect.direction().name(), effect.size(), effect.low(), effect.high());
    }

    private static ReallocationJson reallocation(ReallocationPlan plan, ActionNames names) {
        return new ReallocationJson(plan.outcome().name(), plan.currency().getCurrencyCode(), plan.spendNow(),
                plan.spendProposed(), EstimateJson.of(plan.outcomeChange()),
                plan.channels().stream().map(shift -> channel(shift, names)).toList(),
                plan.moves().stream().map(SaidJson::of).toList());
    }

    private static ChannelJson channel(ChannelShift shift, ActionNames names) {
        return new ChannelJson(ActionJson.NamedJson.of(shift.channel(), names.channel(shift.channel())),
                shift.spendNow(), shift.spendProposed(), SaidJson.of(shift.note()),
                shift.outcomeChange().map(EstimateJson::of).orElse(null), shift.atLimit(), shift.noCurve());
    }

    private static RejectionJson rejection(Rejection why, ActionNames names) {
        return new RejectionJson(why.reason(), new ActionJson.PersonJson(why.by(), names.person(why.by())), why.at());
    }
}
