package com.kpipulse.adapters.correction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kpipulse.adapters.text.StoredMessages;
import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.correction.EffectDirection;
import com.kpipulse.domain.correction.budget.Estimate;
import com.kpipulse.domain.correction.budget.Outcome;
import com.kpipulse.domain.correction.proposal.ChannelShift;
import com.kpipulse.domain.correction.proposal.Proposal;
import com.kpipulse.domain.correction.proposal.ProposalEffect;
import com.kpipulse.domain.correction.proposal.ProposalId;
import com.kpipulse.domain.correction.proposal.ProposalKind;
import com.kpipulse.domain.correction.proposal.ProposalStatus;
import com.kpipulse.domain.correction.proposal.ProposalText;
import com.kpipulse.domain.correction.proposal.ReallocationPlan;
import com.kpipulse.domain.correction.proposal.Rejection;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.text.Message;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Between a proposal and its row: the entity it is read from, the statement it is written with. Messages are kept as
 * {@link StoredMessages} keeps them; the reallocation as JSON, figures as plain decimal text so they read back exact.
 */
final class ProposalMapper {

    /** The columns an insert sets, in the order {@link #bind} binds them. */
    static final String COLUMNS = "id, period_code, period_start, period_end, position, kind, kpi, channel, cause,"
            + " title, reasoning, effect_kpi, effect_direction, effect_size, effect_low, effect_high, reallocation,"
            + " status, action_id, rejected_reason, rejected_by, rejected_at, made_at";
    static final String PLACES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProposalMapper() {
    }

    /** Binds {@link #COLUMNS} from index 1. */
    static void bind(PreparedStatement statement, Proposal proposal, int position) throws SQLException {
        int i = 1;
        statement.setObject(i++, proposal.id().value());
        statement.setString(i++, proposal.period().code());
        statement.setDate(i++, Date.valueOf(proposal.period().period().start()));
        statement.setDate(i++, Date.valueOf(proposal.period().period().endExclusive()));
        statement.setInt(i++, position);
        statement.setString(i++, proposal.kind().name());
        statement.setString(i++, proposal.kpi().value());
        statement.setString(i++, proposal.channel().orElse(null));
        statement.setString(i++, proposal.cause().name());
        statement.setString(i++, StoredMessages.list(List.of(proposal.title())));
        statement.setString(i++, StoredMessages.list(proposal.reasoning()));
        Optional<ProposalEffect> effect = proposal.effect();
        statement.setString(i++, effect.map(value -> value.kpi().value()).orElse(null));
        statement.setString(i++, effect.map(value -> value.direction().name()).orElse(null));
        number(statement, i++, effect.map(ProposalEffect::size));
        number(statement, i++, effect.map(ProposalEffect::low));
        number(statement, i++, effect.map(ProposalEffect::high));
        statement.setString(i++, proposal.reallocation().map(ProposalMapper::json).orElse(null));
        i = bindDecision(statement, i, proposal);
        statement.setTimestamp(i, Timestamp.from(proposal.madeAt()));
    }

    /** Binds the status and what was decided (5 columns) from {@code first}; answers the next free index. */
    static int bindDecision(PreparedStatement statement, int first, Proposal proposal) throws SQLException {
        int i = first;
        statement.setString(i++, proposal.status().name());
        statement.setObject(i++, proposal.action().map(ActionId::value).orElse(null));
        statement.setString(i++, proposal.rejection().map(Rejection::reason).orElse(null));
        statement.setString(i++, proposal.rejection().map(Rejection::by).orElse(null));
        if (proposal.rejection().isPresent()) {
            statement.setTimestamp(i++, Timestamp.from(proposal.rejection().get().at()));
        } else {
            statement.setNull(i++, Types.TIMESTAMP_WITH_TIMEZONE);
        }
        return i;
    }

    static Proposal toDomain(ProposalJpaEntity entity) {
        Optional<ProposalEffect> effect = entity.effectKpi == null ? Optional.empty()
                : Optional.of(new ProposalEffect(new KpiCode(entity.effectKpi),
                EffectDirection.valueOf(entity.effectDirection), entity.effectSize, entity.effectLow,
                entity.effectHigh));
        List<Message> title = StoredMessages.readList(entity.title, ProposalText.AS_WRITTEN);
        Optional<Rejection> rejection = entity.rejectedReason == null ? Optional.empty()
                : Optional.of(new Rejection(entity.rejectedReason, entity.rejectedBy, entity.rejectedAt));
        return new Proposal(new ProposalId(entity.id),
                new CyclePeriod(new Period(entity.periodStart, entity.periodEnd)), ProposalKind.valueOf(entity.kind),
                new KpiCode(entity.kpi), Optional.ofNullable(entity.channel), Cause.valueOf(entity.cause),
                title.isEmpty() ? Message.of(ProposalText.AS_WRITTEN, "") : title.getFirst(),
                StoredMessages.readList(entity.reasoning, ProposalText.AS_WRITTEN), effect,
                Optional.ofNullable(entity.reallocation).map(ProposalMapper::plan),
                ProposalStatus.valueOf(entity.status), Optional.ofNullable(entity.actionId).map(ActionId::new),
                rejection, entity.madeAt);
    }

    private static String json(ReallocationPlan plan) {
        ObjectNode node = JSON.createObjectNode();
        node.put("outcome", plan.outcome().name());
        node.put("currency", plan.currency().getCurrencyCode());
        node.put("spendNow", plan.spendNow().toPlainString());
        node.put("spendProposed", plan.spendProposed().toPlainString());
        node.set("outcomeChange", estimate(plan.outcomeChange()));
        node.set("moves", messages(plan.moves()));
        ArrayNode channels = node.putArray("channels");
        for (ChannelShift shift : plan.channels()) {
            ObjectNode channel = channels.addObject();
            channel.put("channel", shift.channel());
            channel.put("spendNow", shift.spendNow().toPlainString());
            channel.put("spendProposed", shift.spendProposed().toPlainString());
            shift.outcomeChange().ifPresent(change -> channel.set("outcomeChange", estimate(change)));
            channel.put("atLimit", shift.atLimit());
            channel.put("noCurve", shift.noCurve());
            channel.set("note", messages(List.of(shift.note())));
        }
        return node.toString();
    }

    private static ReallocationPlan plan(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            List<ChannelShift> channels = new ArrayList<>();
            for (JsonNode channel : node.path("channels")) {
                channels.add(new ChannelShift(channel.path("channel").asText(),
                        new BigDecimal(channel.path("spendNow").asText()),
                        new BigDecimal(channel.path("spendProposed").asText()),
                        channel.has("outcomeChange") ? Optional.of(estimate(channel.path("outcomeChange")))
                                : Optional.empty(),
                        channel.path("atLimit").asBoolean(), channel.path("noCurve").asBoolean(),
                        StoredMessages.readList(channel.path("note").toString(), ProposalText.AS_WRITTEN).getFirst()));
            }
            return new ReallocationPlan(Outcome.valueOf(node.path("outcome").asText()),
                    Currency.getInstance(node.path("currency").asText()), channels,
                    StoredMessages.readList(node.path("moves").toString(), ProposalText.AS_WRITTEN),
                    new BigDecimal(node.path("spendNow").asText()), new BigDecimal(node.path("spendProposed").asText()),
                    estimate(node.path("outcomeChange")));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode messages(List<Message> messages) {
        try {
            return JSON.readTree(StoredMessages.list(messages));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode estimate(Estimate estimate) {
        return JSON.createObjectNode().put("expected", estimate.expected().toPlainString())
                .put("low", estimate.low().toPlainString()).put("high", estimate.high().toPlainString());
    }

    private static Estimate estimate(JsonNode node) {
        return new Estimate(new BigDecimal(node.path("expected").asText()), new BigDecimal(node.path("low").asText()),
                new BigDecimal(node.path("high").asText()));
    }

    private static void number(PreparedStatement statement, int index, Optional<BigDecimal> value) throws SQLException {
        if (value.isPresent()) {
            statement.setBigDecimal(index, value.get());
        } else {
            statement.setNull(index, Types.NUMERIC);
        }
    }
}
