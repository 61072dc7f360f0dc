package com.kpipulse.adapters.correction;

import com.kpipulse.adapters.contract.PortContract;
import com.kpipulse.application.correction.Proposals;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.correction.EffectDirection;
import com.kpipulse.domain.correction.budget.BudgetText;
import com.kpipulse.domain.correction.budget.Estimate;
import com.kpipulse.domain.correction.budget.Outcome;
import com.kpipulse.domain.correction.proposal.ChannelShift;
import com.kpipulse.domain.correction.proposal.Proposal;
import com.kpipulse.domain.correction.proposal.ProposalDecision;
import com.kpipulse.domain.correction.proposal.ProposalEffect;
import com.kpipulse.domain.correction.proposal.ProposalId;
import com.kpipulse.domain.correction.proposal.ProposalKind;
import com.kpipulse.domain.correction.proposal.ProposalStatus;
import com.kpipulse.domain.correction.proposal.ProposalText;
import com.kpipulse.domain.correction.proposal.ReallocationPlan;
import com.kpipulse.domain.correction.proposal.Rejection;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.text.Message;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every store of proposals does: keeps a cycle's proposals as they were made (their sentences said the same in
 * both languages, times to the microsecond) at version 1, in the order made; replaces a period's open proposals and
 * keeps its decided ones; stores a decision only at the version read, one more; lists the rejected ones by their
 * period's start. Each test's proposals belong to a week of its own, far from the others'.
 */
public abstract class ProposalsContract extends PortContract {

    private static final Instant MADE_AT = Instant.parse("2026-11-30T06:00:00.123456Z");

    /** Weeks far apart for the tests of one run, from a start of the run's own in a store kept between runs. */
    private static final long FIRST_WEEK = ThreadLocalRandom.current().nextLong(2000);
    private static final AtomicLong TESTS = new AtomicLong();

    private final CyclePeriod week = CyclePeriod.of(Grain.WEEK,
            LocalDate.of(2030, 1, 7).plusWeeks(FIRST_WEEK + 8 * TESTS.getAndIncrement()));

    protected abstract Proposals proposals();

    private Proposal campaigns(String channel) {
        return Proposal.open(ProposalId.random(), week, ProposalKind.CAMPAIGNS, new KpiCode("revenue"),
                Optional.of(channel), Cause.CHANNEL, Message.of(ProposalText.CAMPAIGNS_TITLE,
                        LocalizedText.of("VK Реклама", "VK Ads"), LocalizedText.of("Выручка", "Revenue")),
                List.of(Message.of(ProposalText.CAMPAIGNS_LEAD, LocalizedText.of("Выручка", "Revenue"),
                                LocalizedText.of("VK Реклама", "VK Ads"), 1),
                        Message.of(ProposalText.CAMPAIGN, "Зимняя распродажа",
                                LocalizedText.of("20 000 ₽", "RUB 20,000"), LocalizedText.of("80 000 ₽", "RUB 80,000"),
                                LocalizedText.of("−60 000 ₽", "−RUB 60,000"))),
                Optional.empty(), Optional.empty(), MADE_AT);
    }

    private Proposal reallocation() {
        Message note = Message.of(BudgetText.CHANNEL_RETURN, "VK Ads", "0.50", "80 %", "0.40", "0.60");
        ReallocationPlan plan = new ReallocationPlan(Outcome.REVENUE, Currency.getInstance("RUB"), List.of(
                new ChannelShift("yandex_direct", new BigDecimal("100000.00"), new BigDecimal("130000.00"),
                        Optional.of(new Estimate(new BigDecimal("36000.10"), new BigDecimal("20000"),
                                new BigDecimal("50000.5"))), true, false, note),
                new ChannelShift("seo", new BigDecimal("5000.00"), new BigDecimal("5000.00"), Optional.empty(), false,
                        true, note)),
                List.of(Message.of(BudgetText.TRANSFER, "30 000 ₽", "VK Ads", "Yandex Direct", "1.50", "0.50")),
                new BigDecimal("205000.00"), new BigDecimal("205000.00"),
                new Estimate(new BigDecimal("21000.00"), new BigDecimal("-3000.00"), new BigDecimal("42000.00")));
        return Proposal.open(ProposalId.random(), week, ProposalKind.REALLOCATION, new KpiCode("revenue"),
                Optional.empty(), Cause.BUDGET, Message.of(ProposalText.REALLOCATION_TITLE, "Revenue"), List.of(),
                Optional.of(new ProposalEffect(new KpiCode("revenue"), EffectDirection.UP, new BigDecimal("0.0525"),
                        new BigDecimal("-0.0075"), new BigDecimal("0.105"))), Optional.of(plan), MADE_AT);
    }

    @Test
    void aCyclesProposalsAreKeptAsTheyWereMadeAtVersionOneInTheirOrder() {
        Proposal campaigns = campaigns("vk_ads");
        Proposal reallocation = reallocation();

        tx(() -> proposals().replaceOpen(week, List.of(campaigns, reallocation)));

        List<Versioned<Proposal>> kept = tx(() -> proposals().ofPeriod(week));
        assertThat(kept).extracting(Versioned::version).containsExactly(1L, 1L);
        assertThat(kept).extracting(proposal -> said(proposal.value()))
                .containsExactly(said(campaigns), said(reallocation));
        assertThat(tx(() -> proposals().find(reallocation.id()))).hasValueSatisfying(found ->
                assertThat(said(found.value())).isEqualTo(said(reallocation)));
    }

    @Test
    void aRunAgainReplacesTheOpenProposalsAndKeepsTheDecidedOnes() {
        Proposal kept = campaigns("vk_ads");
        Proposal replaced = campaigns("yandex_direct");
        tx(() -> proposals().replaceOpen(week, List.of(kept, replaced)));
        Proposal accepted = decided(kept.accept(ActionId.random()));
        tx(() -> proposals().decide(accepted, ExpectedVersion.of(1)));
        Proposal made = campaigns("google_ads");

        tx(() -> proposals().replaceOpen(week, List.of(made)));

        assertThat(tx(() -> proposals().ofPeriod(week))).extracting(proposal -> proposal.value().id())
                .containsExactly(kept.id(), made.id());
        assertThat(tx(() -> proposals().find(replaced.id()))).isEmpty();
    }

    @Test
    void aDecisionIsStoredAtTheVersionReadAndAStaleOneChangesNothing() {
        Proposal proposal = campaigns("vk_ads");
        tx(() -> proposals().replaceOpen(week, List.of(proposal)));
        Proposal rejected = decided(proposal.reject(new Rejection("Кампании уже выключены", "hanna",
                Instant.parse("2026-11-30T09:00:00.654321Z"))));
        Proposal accepted = decided(proposal.accept(ActionId.random()));

        assertThat(tx(() -> proposals().decide(rejected, ExpectedVersion.of(1)))).isEqualTo(new VersionedWrite.Written(2));
        assertThat(tx(() -> proposals().decide(accepted, ExpectedVersion.of(1)))).isEqualTo(new VersionedWrite.Stale(2));
        Versioned<Proposal> found = tx(() -> proposals().findToDecide(proposal.id())).orElseThrow();
        assertThat(found.version()).isEqualTo(2);
        assertThat(found.value().status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(found.value().rejection()).isEqualTo(rejected.rejection());
    }

    @Test
    void aProposalNeverKeptIsMissingAndNotFound() {
        Proposal never = campaigns("vk_ads");

        assertThat(tx(() -> proposals().decide(decided(never.accept(ActionId.random())), ExpectedVersion.any())))
                .isEqualTo(new VersionedWrite.Missing());
        assertThat(tx(() -> proposals().find(never.id()))).isEmpty();
        assertThat(tx(() -> proposals().findToDecide(never.id()))).isEmpty();
    }

    @Test
    void theRejectedProposalsAreListedByTheirPeriodsStart() {
        Proposal rejected = campaigns("vk_ads");
        Proposal open = campaigns("yandex_direct");
        tx(() -> proposals().replaceOpen(week, List.of(rejected, open)));
        tx(() -> proposals().decide(decided(rejected.reject(new Rejection("нет", "hanna", MADE_AT))),
                ExpectedVersion.of(1)));
        LocalDate start = week.period().start();

        assertThat(tx(() -> proposals().rejectedBetween(start.minusDays(27), start)))
                .extracting(Proposal::id).contains(rejected.id()).doesNotContain(open.id());
        assertThat(tx(() -> proposals().rejectedBetween(start.plusDays(1), start.plusDays(28))))
                .extracting(Proposal::id).doesNotContain(rejected.id());
    }

    private static Proposal decided(ProposalDecision decision) {
        return ((ProposalDecision.Decided) decision).proposal();
    }

    /** The proposal with its sentences as each language says them: what a store must keep. */
    private static String said(Proposal proposal) {
        String reallocation = proposal.reallocation().map(plan -> plan.outcome() + " " + plan.currency() + " "
                + plan.spendNow() + " " + plan.spendProposed() + " " + plan.outcomeChange() + " "
                + plan.moves().stream().map(ProposalsContract::both).toList() + " "
                + plan.channels().stream().map(shift -> shift.channel() + " " + shift.spendNow() + " "
                + shift.spendProposed() + " " + shift.outcomeChange() + " " + shift.atLimit() + " " + shift.noCurve()
                + " " + both(shift.note())).toList()).orElse("");
        return String.join(" | ", proposal.id().toString(), proposal.period().code(), proposal.kind().name(),
                proposal.kpi().value(), proposal.channel().orElse("-"), proposal.cause().name(),
                both(proposal.title()), proposal.reasoning().stream().map(ProposalsContract::both).toList().toString(),
                String.valueOf(proposal.effect()), reallocation, proposal.status().name(),
                String.valueOf(proposal.action()), String.valueOf(proposal.rejection()),
                proposal.madeAt().toString());
    }

    private static String both(Message message) {
        return message.code() + ": " + message.russian() + " / " + message.english();
    }
}
