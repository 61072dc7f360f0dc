package com.kpipulse.application.correction;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.analysis.AnomalyId;
import com.kpipulse.application.channel.ChannelCatalogs;
import com.kpipulse.application.company.CurrentSettings;
import com.kpipulse.application.cycle.CycleSnapshots;
import com.kpipulse.application.evaluation.ExplainByCampaign;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.measure.SourceSystems;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.channel.Channel;
import com.kpipulse.domain.correction.EffectDirection;
import com.kpipulse.domain.correction.ExpectedEffect;
import com.kpipulse.domain.correction.budget.BudgetAnswer;
import com.kpipulse.domain.correction.budget.Estimate;
import com.kpipulse.domain.correction.budget.Outcome;
import com.kpipulse.domain.correction.budget.ReallocationMode;
import com.kpipulse.domain.correction.budget.ShiftLimit;
import com.kpipulse.domain.correction.proposal.Proposal;
import com.kpipulse.domain.correction.proposal.ProposalEffect;
import com.kpipulse.domain.correction.proposal.ProposalId;
import com.kpipulse.domain.correction.proposal.ProposalKey;
import com.kpipulse.domain.correction.proposal.ProposalKind;
import com.kpipulse.domain.correction.proposal.ProposalText;
import com.kpipulse.domain.correction.proposal.ReallocationPlan;
import com.kpipulse.domain.correction.proposal.Suppression;
import com.kpipulse.domain.cycle.CycleCause;
import com.kpipulse.domain.cycle.CycleFigure;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.cycle.CycleSnapshot;
import com.kpipulse.domain.cycle.SourceCompleteness;
import com.kpipulse.domain.evaluation.Figures;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.scorecard.Role;
import com.kpipulse.domain.text.Dates;
import com.kpipulse.domain.text.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Correct, after analyze (seed 001): a stored cycle's deviations turned into proposals, each with its reasoning as
 * data and its expected effect where one can be said. Each deviation's cause, as the cycle kept it, decides what is
 * proposed:
 * <ul>
 *     <li><b>CHANNEL</b>: for the channel (the figure's own, else each channel that explains the total) its worst
 *     {@value #WORST_CAMPAIGNS} campaigns ({@link ExplainByCampaign}): those whose KPI moved furthest the wrong way
 *     against the period before, named with both figures; none moved the wrong way, no proposal;</li>
 *     <li><b>DATA</b>: which source to re-import or fix on which days: the unacknowledged anomalies the cycle kept with
 *     the figure (each id names its source and day), else the sources whose delivery stops short of the period;</li>
 *     <li><b>BUDGET</b> or <b>STRATEGY</b>: once per cycle and outcome (the figure's KPI when it is revenue, orders or
 *     new customers, else revenue), the budget reallocation {@link ReallocateBudget} answers for the period, as an
 *     admin reads it: its channels, moves, expected effect and interval. When the planner declines or has nothing to
 *     move, nothing is proposed: a proposal is never a guess.</li>
 * </ul>
 * One proposal per kind and KPI (and channel), the costliest deviation first. A run again replaces the period's open
 * proposals and keeps those somebody decided; a key somebody rejected is not proposed again while
 * {@link Suppression} holds it back. Runs after {@code RunCycle.run}, in its own transaction, from the doors that run
 * a cycle.
 */
@ApplicationScoped
public class ProposeCorrections {

    /** How many campaigns a campaigns proposal names at most. */
    public static final int WORST_CAMPAIGNS = 3;

    /** The cycle reads as an admin: every KPI, every channel. */
    private static final Reader CYCLE = new Reader("cycle", Set.of(Role.ADMIN));
    private static final MathContext SHARE = new MathContext(3);

    private final CycleSnapshots snapshots;
    private final Proposals proposals;
    private final ExplainByCampaign campaigns;
    private final ReallocateBudget reallocate;
    private final CurrentKpiCatalog catalogs;
    private final ChannelCatalogs channels;
    private final CurrentSettings settings;
    private final Clock clock;

    @Inject
    public ProposeCorrections(CycleSnapshots snapshots, Proposals proposals, ExplainByCampaign campaigns,
                              ReallocateBudget reallocate, CurrentKpiCatalog catalogs, ChannelCatalogs channels,
                              CurrentSettings settings, Clock clock) {
        this.snapshots = snapshots;
        this.proposals = proposals;
        this.campaigns = campaigns;
        this.reallocate = reallocate;
        this.catalogs = catalogs;
        this.channels = channels;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Makes the proposals of the period's stored cycle, replacing its open ones; nothing when the period has no
     * cycle.
     *
     * @return the open proposals made
     */
    @Transactional
    public List<Proposal> forCycle(CyclePeriod period) {
        Optional<CycleSnapshot> stored = snapshots.find(period);
        if (stored.isEmpty()) {
            return List.of();
        }
        CycleSnapshot snapshot = stored.get();
        LocalDate start = period.period().start();
        List<Proposal> decided = new ArrayList<>(proposals.rejectedBetween(Suppression.earliestCounted(start), start));
        Set<ProposalKey> decidedHere = new HashSet<>();
        proposals.ofPeriod(period).stream().map(Versioned::value).filter(kept -> !kept.open())
                .forEach(kept -> decidedHere.add(kept.key()));
        Set<ProposalKey> taken = new HashSet<>();
        Set<Outcome> reallocated = new HashSet<>();
        List<Proposal> made = new ArrayList<>();
        for (CycleFigure figure : snapshot.deviations()) {
            if (figure.why().isEmpty()) {
                continue;
            }
            CycleCause why = figure.why().get();
            for (Draft draft : drafts(figure, why, reallocated)) {
                ProposalKey key = draft.key();
                if (decidedHere.contains(key) || !taken.add(key) || Suppression.suppresses(decided, key, period)) {
                    continue;
                }
                draft.make(snapshot).ifPresent(made::add);
            }
        }
        proposals.replaceOpen(period, made);
        return List.copyOf(made);
    }

    /** What became of a budget reallocation a person asked to propose. */
    public sealed interface Requested {

        /** Proposed: among the period's open proposals, in place of an open reallocation of the same outcome. */
        record Made(Proposal proposal) implements Requested {
        }

        /** The period has no cycle for the proposal to belong to: run it first. */
        record NoCycle(CyclePeriod period) implements Requested {
        }

        /** The planner proposes nothing to move, and says why. */
        record Declined(Message reason) implements Requested {
        }

        /** The reader may not propose, or may not read the outcome. */
        record Denied() implements Requested {
        }
    }

    /**
     * A budget reallocation asked for by a person (seed 001's "on request": the budget page), kept as a proposal of
     * the period's cycle like those the cycle's causes make, the total budget kept and each channel within
     * {@code limit}. Who may propose an action may ask; the reallocation is computed as the reader reads the store.
     */
    @Transactional
    public Requested onRequest(Reader reader, CyclePeriod period, Outcome outcome, ShiftLimit limit) {
        if (!com.kpipulse.application.access.ActionRights.mayPropose(reader)) {
            return new Requested.Denied();
        }
        Optional<CycleSnapshot> stored = snapshots.find(period);
        if (stored.isEmpty()) {
            return new Requested.NoCycle(period);
        }
        var request = new ReallocateBudget.Request(period.period(), outcome, limit, new ReallocationMode.KeepTotal());
        if (!(reallocate.propose(reader, request) instanceof Access.Granted<BudgetReallocation> granted)) {
            return new Requested.Denied();
        }
        if (granted.value().answer() instanceof BudgetAnswer.Declined declined) {
            return new Requested.Declined(declined.reason());
        }
        BudgetAnswer.Proposal answer = (BudgetAnswer.Proposal) granted.value().answer();
        if (answer.moves().isEmpty()) {
            return new Requested.Declined(answer.summary());
        }
        Currency currency = Currency.getInstance(settings.current().currency());
        LocalizedText outcomeName = catalogs.current().find(outcome.kpi().value()).map(ProposeCorrections::kpiName)
                .orElse(LocalizedText.of(outcome.kpi().value(), outcome.kpi().value()));
        Proposal made = Proposal.open(ProposalId.random(), period, ProposalKind.REALLOCATION, outcome.kpi(),
                Optional.empty(), Cause.BUDGET, Message.of(ProposalText.REALLOCATION_TITLE, outcomeName),
                List.of(Message.of(ProposalText.REALLOCATION_REQUESTED), answer.summary()),
                effect(stored.get(), outcome, answer.outcomeChange()),
                Optional.of(ReallocationPlan.of(outcome, currency, answer)), clock.instant());
        List<Proposal> open = new ArrayList<>(proposals.ofPeriod(period).stream().map(Versioned::value)
                .filter(Proposal::open).filter(kept -> !kept.key().equals(made.key())).toList());
        open.add(made);
        proposals.replaceOpen(period, open);
        return new Requested.Made(made);
    }

    /** What a figure's cause may be proposed for; each is made only when its key is free. */
    private List<Draft> drafts(CycleFigure figure, CycleCause why, Set<Outcome> reallocated) {
        KpiCode kpi = figure.kpi();
        return switch (why.cause()) {
            case CHANNEL -> figure.channel().map(List::of).orElse(why.explainedBy()).stream()
                    .<Draft>map(channel -> new Draft(new ProposalKey(ProposalKind.CAMPAIGNS, kpi, Optional.of(channel),
                            Cause.CHANNEL), snapshot -> campaignsOf(snapshot, figure, channel)))
                    .toList();
            case DATA -> List.of(new Draft(new ProposalKey(ProposalKind.DATA_FIX, kpi, figure.channel(), Cause.DATA),
                    snapshot -> dataFix(snapshot, figure, why)));
            case BUDGET, STRATEGY -> {
                Outcome outcome = ReallocateBudget.outcomeOf(kpi.value()).orElse(Outcome.REVENUE);
                if (!reallocated.add(outcome)) {
                    yield List.of();
                }
                yield List.of(new Draft(new ProposalKey(ProposalKind.REALLOCATION, outcome.kpi(), Optional.empty(),
                        why.cause()), snapshot -> reallocation(snapshot, figure, why.cause(), outcome)));
            }
            default -> List.of();
        };
    }

    /** A proposal that may be made for a key. */
    private record Draft(ProposalKey key, Function<CycleSnapshot, Optional<Proposal>> maker) {

        Optional<Proposal> make(CycleSnapshot snapshot) {
            return maker.apply(snapshot);
        }
    }

    private Optional<Proposal> campaignsOf(CycleSnapshot snapshot, CycleFigure figure, String channel) {
        CyclePeriod period = snapshot.period();
        String code = figure.kpi().value();
        if (!(campaigns.explain(CYCLE, code, period.grain(), period.period().start(), channel)
                instanceof Access.Granted<ExplainByCampaign.Breakdown> granted)) {
            return Optional.empty();
        }
        KpiDefinition kpi = granted.value().kpi();
        record Moved(ExplainByCampaign.CampaignValue campaign, BigDecimal now, BigDecimal before, BigDecimal harm) {
        }
        List<Moved> worst = granted.value().campaigns().stream().filter(ExplainByCampaign.CampaignValue::hasCampaign)
                .filter(row -> row.value().number().isPresent() && row.previous().number().isPresent())
                .map(row -> {
                    BigDecimal now = row.value().number().orElseThrow();
                    BigDecimal before = row.previous().number().orElseThrow();
                    BigDecimal change = now.subtract(before);
                    return new Moved(row, now, before,
                            kpi.direction() == Direction.HIGHER_IS_BETTER ? change.negate() : change);
                })
                .filter(moved -> moved.harm().signum() > 0)
                .sorted(Comparator.comparing(Moved::harm).reversed().thenComparing(moved -> moved.campaign().campaign()))
                .limit(WORST_CAMPAIGNS).toList();
        if (worst.isEmpty()) {
            return Optional.empty();
        }
        Unit unit = kpi.unit();
        Optional<Currency> currency = figure.currency();
        List<Message> reasoning = new ArrayList<>();
        reasoning.add(Message.of(ProposalText.CAMPAIGNS_LEAD, kpiName(kpi), channelName(channel), worst.size()));
        worst.forEach(moved -> reasoning.add(Message.of(ProposalText.CAMPAIGN, moved.campaign().campaign(),
                figure(moved.now(), unit, currency), figure(moved.before(), unit, currency),
                signed(moved.now().subtract(moved.before()), unit, currency))));
        return Optional.of(Proposal.open(ProposalId.random(), period, ProposalKind.CAMPAIGNS, figure.kpi(),
                Optional.of(channel), Cause.CHANNEL, Message.of(ProposalText.CAMPAIGNS_TITLE, channelName(channel),
                        kpiName(kpi)), reasoning, Optional.empty(), Optional.empty(), clock.instant()));
    }

    private Optional<Proposal> dataFix(CycleSnapshot snapshot, CycleFigure figure, CycleCause why) {
        Map<String, TreeSet<LocalDate>> anomalousDays = new TreeMap<>();
        Map<String, TreeSet<String>> anomalousMeasures = new TreeMap<>();
        why.anomalies().stream().map(AnomalyId::parse).flatMap(Optional::stream).forEach(id -> {
            anomalousDays.computeIfAbsent(id.series().source(), source -> new TreeSet<>()).add(id.day());
            anomalousMeasures.computeIfAbsent(id.series().source(), source -> new TreeSet<>())
                    .add(id.series().measure().value());
        });
        List<Message> reasoning = new ArrayList<>();
        KpiDefinition kpi = catalogs.current().find(figure.kpi().value()).orElse(null);
        LocalizedText kpiName = kpi == null ? LocalizedText.of(figure.kpi().value(), figure.kpi().value())
                : kpiName(kpi);
        reasoning.add(Message.of(ProposalText.DATA_LEAD, kpiName));
        anomalousDays.forEach((source, days) -> reasoning.add(Message.of(ProposalText.DATA_ANOMALOUS_DAYS,
                SourceSystems.name(source), days(List.copyOf(days)), measureNames(anomalousMeasures.get(source)))));
        if (anomalousDays.isEmpty()) {
            LocalDate start = snapshot.period().period().start();
            for (SourceCompleteness source : snapshot.completeness()) {
                if (source.complete()) {
                    continue;
                }
                LocalDate lastDue = start.plusDays(source.dueDays() - 1);
                LocalDate firstMissing = source.lastDay().isBefore(start) ? start : source.lastDay().plusDays(1);
                List<LocalDate> missing = firstMissing.datesUntil(lastDue.plusDays(1)).toList();
                if (!missing.isEmpty()) {
                    reasoning.add(Message.of(ProposalText.DATA_MISSING_DAYS, SourceSystems.name(source.sourceSystem()),
                            days(missing), LocalizedText.written(locale -> Dates.date(source.lastDay(), locale))));
                }
            }
        }
        if (reasoning.size() == 1) {
            return Optional.empty(); // no source and no day to name
        }
        return Optional.of(Proposal.open(ProposalId.random(), snapshot.period(), ProposalKind.DATA_FIX, figure.kpi(),
                figure.channel(), Cause.DATA, Message.of(ProposalText.DATA_TITLE, kpiName), reasoning,
                Optional.empty(), Optional.empty(), clock.instant()));
    }

    private Optional<Proposal> reallocation(CycleSnapshot snapshot, CycleFigure figure, Cause cause, Outcome outcome) {
        CyclePeriod period = snapshot.period();
        var request = new ReallocateBudget.Request(period.period(), outcome, ShiftLimit.standard(),
                new ReallocationMode.KeepTotal());
        if (!(reallocate.propose(CYCLE, request) instanceof Access.Granted<BudgetReallocation> granted)
                || !(granted.value().answer() instanceof BudgetAnswer.Proposal answer) || answer.moves().isEmpty()) {
            return Optional.empty();
        }
        Currency currency = Currency.getInstance(settings.current().currency());
        ReallocationPlan plan = ReallocationPlan.of(outcome, currency, answer);
        LocalizedText asked = catalogs.current().find(figure.kpi().value()).map(ProposeCorrections::kpiName)
                .orElse(LocalizedText.of(figure.kpi().value(), figure.kpi().value()));
        List<Message> reasoning = List.of(Message.of(ProposalText.REALLOCATION_LEAD, asked,
                Message.of(cause == Cause.BUDGET ? ProposalText.CAUSE_BUDGET : ProposalText.CAUSE_STRATEGY)),
                answer.summary());
        LocalizedText outcomeName = catalogs.current().find(outcome.kpi().value()).map(ProposeCorrections::kpiName)
                .orElse(LocalizedText.of(outcome.kpi().value(), outcome.kpi().value()));
        return Optional.of(Proposal.open(ProposalId.random(), period, ProposalKind.REALLOCATION, outcome.kpi(),
                Optional.empty(), cause, Message.of(ProposalText.REALLOCATION_TITLE, outcomeName), reasoning,
                effect(snapshot, outcome, answer.outcomeChange()), Optional.of(plan), clock.instant()));
    }

    /**
     * The expected weekly change of the outcome as a share of the outcome's weekly value in the cycle (its total
     * figure over the period's days, times seven); none when the cycle has no such figure or the change is no rise.
     */
    private static Optional<ProposalEffect> effect(CycleSnapshot snapshot, Outcome outcome, Estimate change) {
        Optional<BigDecimal> actual = snapshot.figures().stream()
                .filter(figure -> figure.kpi().equals(outcome.kpi()) && figure.channel().isEmpty())
                .findFirst().flatMap(CycleFigure::actual).filter(value -> value.signum() > 0);
        long days = ChronoUnit.DAYS.between(snapshot.period().period().start(),
                snapshot.lastWholeDay().isBefore(snapshot.period().period().lastDay())
                        ? snapshot.lastWholeDay().plusDays(1) : snapshot.period().period().endExclusive());
        if (actual.isEmpty() || days <= 0 || change.expected().signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal weekly = actual.get().multiply(BigDecimal.valueOf(7)).divide(BigDecimal.valueOf(days), SHARE);
        BigDecimal size = change.expected().divide(weekly, SHARE);
        if (!ExpectedEffect.fits(size)) {
            return Optional.empty();
        }
        return Optional.of(new ProposalEffect(outcome.kpi(), EffectDirection.UP, size, change.low().divide(weekly, SHARE),
                change.high().divide(weekly, SHARE)));
    }

    private static LocalizedText kpiName(KpiDefinition kpi) {
        return LocalizedText.of(kpi.nameRu(), kpi.nameEn());
    }

    private LocalizedText channelName(String code) {
        return channels.current().find(code).map(Channel::name).orElse(LocalizedText.of(code, code));
    }

    private LocalizedText measureNames(Set<String> codes) {
        List<LocalizedText> names = codes.stream().map(code -> catalogs.current().measures().find(code)
                .map(measure -> LocalizedText.of(measure.nameRu(), measure.nameEn()))
                .orElse(LocalizedText.of(code, code))).toList();
        return LocalizedText.written(locale -> names.stream().map(name -> "«" + name.in(locale) + "»")
                .collect(Collectors.joining(", ")));
    }

    /** Days as the reader writes them: a run of days as one span, else each day. */
    private static LocalizedText days(List<LocalDate> days) {
        LocalDate first = days.getFirst();
        LocalDate last = days.getLast();
        boolean run = days.size() > 1 && ChronoUnit.DAYS.between(first, last) == days.size() - 1;
        return LocalizedText.written(locale -> run ? Dates.days(first, last, locale)
                : days.stream().map(day -> Dates.dayMonth(day, locale)).collect(Collectors.joining(", ")));
    }

    private static LocalizedText figure(BigDecimal value, Unit unit, Optional<Currency> currency) {
        return LocalizedText.written(locale -> Figures.format(value, unit, currency, locale));
    }

    /** A change with its sign: points for a percentage, else in the KPI's unit. */
    private static LocalizedText signed(BigDecimal change, Unit unit, Optional<Currency> currency) {
        return LocalizedText.written(locale -> unit == Unit.PERCENT ? Figures.signedPoints(change, locale)
                : (change.signum() < 0 ? "−" : "+") + Figures.format(change.abs(), unit, currency, locale));
    }
}
