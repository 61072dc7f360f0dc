package com.kpipulse.web.correction;

import com.kpipulse.application.access.ActionRights;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.correction.EffectDirection;
import com.kpipulse.domain.correction.proposal.Proposal;
import com.kpipulse.domain.correction.proposal.ProposalEffect;
import com.kpipulse.domain.correction.proposal.ProposalKind;
import com.kpipulse.domain.correction.proposal.ProposalStatus;
import com.kpipulse.domain.correction.proposal.ReallocationPlan;
import com.kpipulse.domain.text.Message;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.text.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A proposal as its card shows it (the cycle page, the «Почему» block, the proposals' page): its title and reasoning
 * in the reader's language, the expected effect, a reallocation's channels as the budget page's table
 * ({@link BudgetPage#row}), what was decided and, while open, the forms' first values: the reader as the owner, a due
 * date two weeks on.
 */
@ApplicationScoped
public class ProposalViews {

    /** The due date an accept form opens with: two weeks on. */
    static final int DUE_IN_DAYS = 14;

    @Inject
    ActionNames names;

    @Inject
    Clock clock;

    public List<ProposalView> of(List<Versioned<Proposal>> proposals, Reader reader, Locale locale) {
        return proposals.stream().map(proposal -> of(proposal, reader, locale)).toList();
    }

    public ProposalView of(Versioned<Proposal> versioned, Reader reader, Locale locale) {
        Proposal proposal = versioned.value();
        ProposalMessages messages = Bundles.of(ProposalMessages.class, locale);
        BudgetMessages budget = Bundles.of(BudgetMessages.class, locale);
        String about = names.kpi(proposal.kpi().value(), locale)
                + proposal.channel().map(channel -> " · " + names.channel(channel, locale)).orElse("");
        List<BudgetPage.Row> rows = proposal.reallocation().map(plan -> plan.channels().stream()
                .map(shift -> BudgetPage.row(shift.channel(), shift.spendNow(), shift.spendProposed(), shift.note(),
                        shift.outcomeChange(), shift.atLimit(), shift.noCurve(), plan.outcome(), plan.currency(),
                        budget, locale)).toList()).orElse(List.of());
        BudgetPage.Row total = proposal.reallocation().map(plan -> total(plan, budget, locale)).orElse(null);
        String decided = switch (proposal.status()) {
            case OPEN -> "";
            case ACCEPTED -> messages.accepted();
            case REJECTED -> proposal.rejection().map(why -> messages.rejected(Formats.whenOf(why.at(), locale),
                    names.person(why.by()), why.reason())).orElse("");
        };
        return new ProposalView(proposal.id().toString(), versioned.version(), proposal.period().code(),
                kind(proposal.kind()), kindLabel(proposal.kind(), messages), proposal.title().in(locale), about,
                said(proposal.reasoning(), locale), proposal.effect().map(effect -> effect(effect, messages, locale))
                .orElse(""), proposal.reallocation().isPresent(), rows, total,
                proposal.reallocation().map(plan -> said(plan.moves(), locale)).orElse(List.of()),
                proposal.status().name().toLowerCase(Locale.ROOT), statusLabel(proposal.status(), messages),
                proposal.open(), decided, proposal.action().map(action -> "/actions/" + action).orElse(""),
                ActionRights.mayPropose(reader), reader.name(), LocalDate.now(clock).plusDays(DUE_IN_DAYS).toString(),
                "", "");
    }

    private String effect(ProposalEffect effect, ProposalMessages messages, Locale locale) {
        return messages.effect(names.kpi(effect.kpi().value(), locale),
                effect.direction() == EffectDirection.UP ? messages.up() : messages.down(),
                Formats.percent(effect.size(), locale), Formats.percent(effect.low(), locale),
                Formats.percent(effect.high(), locale));
    }

    private static BudgetPage.Row total(ReallocationPlan plan, BudgetMessages budget, Locale locale) {
        return BudgetPage.total(plan.spendNow(), plan.spendProposed(), plan.outcomeChange(), plan.outcome(),
                plan.currency(), budget, locale);
    }

    private static List<String> said(List<Message> messages, Locale locale) {
        return messages.stream().map(message -> message.in(locale)).toList();
    }

    static String kind(ProposalKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    static String kindLabel(ProposalKind kind, ProposalMessages messages) {
        return switch (kind) {
            case CAMPAIGNS -> messages.kind_campaigns();
            case DATA_FIX -> messages.kind_data_fix();
            case REALLOCATION -> messages.kind_reallocation();
        };
    }

    static String statusLabel(ProposalStatus status, ProposalMessages messages) {
        return switch (status) {
            case OPEN -> messages.status_open();
            case ACCEPTED -> messages.status_accepted();
            case REJECTED -> messages.status_rejected();
        };
    }
}
