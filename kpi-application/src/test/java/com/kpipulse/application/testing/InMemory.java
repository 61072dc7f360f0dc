package com.kpipulse.application.testing;

import com.kpipulse.application.access.ReadingRights;
import com.kpipulse.application.analysis.Acknowledgement;
import com.kpipulse.application.analysis.Annotations;
import com.kpipulse.application.analysis.AnomalyAcknowledgements;
import com.kpipulse.application.analysis.AnomalyId;
import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.channel.ChannelCatalogs;
import com.kpipulse.application.channel.Channels;
import com.kpipulse.application.company.CompanySettingsStore;
import com.kpipulse.application.company.CurrentSettings;
import com.kpipulse.application.correction.ActionFilter;
import com.kpipulse.application.correction.CorrectiveActions;
import com.kpipulse.application.correction.Proposals;
import com.kpipulse.application.evaluation.DataCoverage;
import com.kpipulse.application.evaluation.DataVersion;
import com.kpipulse.application.evaluation.ReadValues;
import com.kpipulse.application.goal.Goals;
import com.kpipulse.application.goal.ManageGoals;
import com.kpipulse.application.goal.PreviewPhasing;
import com.kpipulse.application.importing.ChannelRules;
import com.kpipulse.application.importing.ImportBatches;
import com.kpipulse.application.importing.ImportContent;
import com.kpipulse.application.importing.ImportReport;
import com.kpipulse.application.importing.ImportStatus;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.kpi.CustomKpis;
import com.kpipulse.application.measure.DataFreshness;
import com.kpipulse.application.measure.SourceFreshness;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.application.scorecard.RoleScorecards;
import com.kpipulse.application.scorecard.ScorecardLayouts;
import com.kpipulse.application.session.EndedSessions;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.analysis.Annotation;
import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.channel.ChannelMapping;
import com.kpipulse.domain.channel.ChannelRule;
import com.kpipulse.domain.company.CompanySettings;
import com.kpipulse.domain.correction.ActionComment;
import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.domain.correction.proposal.Proposal;
import com.kpipulse.domain.correction.proposal.ProposalId;
import com.kpipulse.domain.correction.proposal.ProposalStatus;
import com.kpipulse.domain.correction.proposal.Rejection;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.kpi.CustomKpiDraft;
import com.kpipulse.domain.measure.Delivery;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.scorecard.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** The outgoing ports the use-case tests share, kept in lists the test owns. */
public final class InMemory {

    private InMemory() {
    }

    /**
     * The observations of a list, as the store's read per channel gives them (whatever their source: one per channel
     * and day already), those whose first day lies in the span; no campaigns. Read when asked, so the list may grow.
     */
    public static ValuesThatCount valuesOf(List<Observation> stored) {
        return new ValuesThatCount() {
            @Override
            public ObservationSet perChannel(Set<MeasureCode> measures, Period span, Set<String> channels) {
                return ObservationSet.of(stored.stream().filter(o -> measures.contains(o.measure()))
                        .filter(o -> span.contains(o.period().start()))
                        .filter(o -> channels.isEmpty() || channels.contains(o.dimensions().get("channel"))).toList());
            }

            @Override
            public ObservationSet perCampaign(Set<MeasureCode> measures, Period span, Set<String> channels) {
                return ObservationSet.of();
            }
        };
    }

    /**
     * What the sources delivered, as the store's freshness tells it: per system and measure the last day, and per
     * system the last day over the measures asked for.
     */
    public static DataFreshness freshness(List<Delivery> deliveries) {
        return new DataFreshness() {
            @Override
            public List<SourceFreshness> lastDaysOf(Set<MeasureCode> measures) {
                Map<String, LocalDate> last = new TreeMap<>();
                deliveries.stream().filter(delivery -> measures.contains(delivery.measure()))
                        .forEach(delivery -> last.merge(delivery.sourceSystem(), delivery.lastDay(),
                                (a, b) -> a.isAfter(b) ? a : b));
                return last.entrySet().stream().map(entry -> new SourceFreshness(entry.getKey(), entry.getValue())).toList();
            }

            @Override
            public List<Delivery> deliveries() {
                return List.copyOf(deliveries);
            }
        };
    }

    /** How far the data reach by {@code clock} when the sources delivered {@code deliveries}. */
    public static DataCoverage coverage(Clock clock, List<Delivery> deliveries) {
        return new DataCoverage(freshness(deliveries), clock);
    }

    /** How far the data reach by {@code clock} alone: every day up to yesterday counts. */
    public static DataCoverage coverage(Clock clock) {
        return coverage(clock, List.of());
    }

    /**
     * Goals kept in the test's list, with versions kept beside it (a goal the test put in the list directly is at
     * version 1), checked like the PostgreSQL adapter checks them: a write that expects another version is stale.
     */
    public static Goals goals(List<Goal> goals) {
        Map<GoalId, Long> versions = new HashMap<>();
        return new Goals() {
            public synchronized void create(Goal goal) {
                goals.removeIf(kept -> kept.id().equals(goal.id()));
                goals.add(goal);
                versions.put(goal.id(), 1L);
            }

            public synchronized VersionedWrite replace(Goal goal, ExpectedVersion expected) {
                if (goals.stream().noneMatch(kept -> kept.id().equals(goal.id()))) {
                    return new VersionedWrite.Missing();
                }
                long current = versions.getOrDefault(goal.id(), 1L);
                if (!expected.admits(current)) {
                    return new VersionedWrite.Stale(current);
                }
                goals.replaceAll(kept -> kept.id().equals(goal.id()) ? goal : kept);
                versions.put(goal.id(), current + 1);
                return new VersionedWrite.Written(current + 1);
            }

            public synchronized Optional<Versioned<Goal>> find(GoalId id) {
                return goals.stream().filter(goal -> goal.id().equals(id)).findFirst()
                        .map(goal -> new Versioned<>(goal, versions.getOrDefault(id, 1L)));
            }

            public synchronized List<Versioned<Goal>> all() {
                return goals.stream().map(goal -> new Versioned<>(goal, versions.getOrDefault(goal.id(), 1L))).toList();
            }

            public synchronized VersionedWrite delete(GoalId id, ExpectedVersion expected) {
                Optional<Versioned<Goal>> kept = find(id);
                if (kept.isEmpty()) {
                    return new VersionedWrite.Missing();
                }
                if (!expected.admits(kept.get().version())) {
                    return new VersionedWrite.Stale(kept.get().version());
                }
                goals.removeIf(goal -> goal.id().equals(id));
                versions.remove(id);
                return new VersionedWrite.Written(0);
            }
        };
    }

    /** The standard catalog only. */
    public static CurrentKpiCatalog standardCatalog() {
        return new CurrentKpiCatalog(customKpis());
    }

    /** The reading rules over the default scorecards and these goals. */
    public static ReadingRights readingRights(List<Goal> goals, CurrentKpiCatalog catalogs) {
        return new ReadingRights(new RoleScorecards(scorecardLayouts(), catalogs, noAudit()), goals(goals), catalogs);
    }

    /** Custom KPIs in a map by code, in the order defined, versioned like {@code custom_kpi}. */
    public static CustomKpis customKpis() {
        Map<String, Versioned<CustomKpiDraft>> kept = new LinkedHashMap<>();
        AtomicLong changes = new AtomicLong();
        return new CustomKpis() {
            public synchronized List<Versioned<CustomKpiDraft>> all() {
                return List.copyOf(kept.values());
            }

            public synchronized Optional<Versioned<CustomKpiDraft>> find(String code) {
                return Optional.ofNullable(kept.get(code));
            }

            public long stamp() {
                return changes.get();
            }

            public synchronized VersionedWrite save(CustomKpiDraft draft, ExpectedVersion expected) {
                long current = find(draft.code()).map(Versioned::version).orElse(0L);
                if (!expected.admits(current)) {
                    return new VersionedWrite.Stale(current);
                }
                kept.put(draft.code(), new Versioned<>(draft, current + 1));
                changes.incrementAndGet();
                return new VersionedWrite.Written(current + 1);
            }

            public synchronized VersionedWrite delete(String code, ExpectedVersion expected) {
                Versioned<CustomKpiDraft> before = kept.get(code);
                if (before == null) {
                    return new VersionedWrite.Missing();
                }
                if (!expected.admits(before.version())) {
                    return new VersionedWrite.Stale(before.version());
                }
                kept.remove(code);
                changes.incrementAndGet();
                return new VersionedWrite.Written(0);
            }

            public void lockForChange() {
                // one test thread: nothing runs beside it
            }
        };
    }

    /** Scorecard compositions by role, version 0 until recomposed, like {@code scorecard_layout}. */
    public static ScorecardLayouts scorecardLayouts() {
        Map<Role, Versioned<List<String>>> kept = new EnumMap<>(Role.class);
        return new ScorecardLayouts() {
            public synchronized Versioned<List<String>> of(Role role) {
                return kept.getOrDefault(role, new Versioned<>(List.of(), 0));
            }

            public synchronized VersionedWrite save(Role role, List<String> kpiCodes, ExpectedVersion expected) {
                long current = of(role).version();
                if (!expected.admits(current)) {
                    return new VersionedWrite.Stale(current);
                }
                kept.put(role, new Versioned<>(List.copyOf(kpiCodes), current + 1));
                return new VersionedWrite.Written(current + 1);
            }
        };
    }

    /** The channel mapping as one versioned record, starting with these rules at version 1. */
    public static ChannelRules channelRules(List<ChannelRule> initial) {
        return new ChannelRules() {
            private Versioned<ChannelMapping> kept = new Versioned<>(new ChannelMapping(initial), 1);

            public synchronized Versioned<ChannelMapping> versioned() {
                return kept;
            }

            public synchronized VersionedWrite replace(List<ChannelRule> rules, ExpectedVersion expected) {
                if (!expected.admits(kept.version())) {
                    return new VersionedWrite.Stale(kept.version());
                }
                kept = new Versioned<>(new ChannelMapping(rules), kept.version() + 1);
                return new VersionedWrite.Written(kept.version());
            }
        };
    }

    /** Notes on KPI values in a list, oldest day first (then by when they were written), like {@code annotation}. */
    public static Annotations annotations() {
        List<Annotation> kept = new ArrayList<>();
        return new Annotations() {
            public synchronized void add(Annotation annotation) {
                kept.add(annotation);
            }

            public synchronized List<Annotation> of(String kpi, LocalDate from, LocalDate to) {
                return kept.stream().filter(note -> note.kpi().equals(kpi) && !note.day().isBefore(from)
                                && !note.day().isAfter(to))
                        .sorted(Comparator.comparing(Annotation::day).thenComparing(Annotation::writtenAt)).toList();
            }

            public synchronized Optional<Annotation> find(UUID id) {
                return kept.stream().filter(note -> note.id().equals(id)).findFirst();
            }

            public synchronized boolean remove(UUID id) {
                return kept.removeIf(note -> note.id().equals(id));
            }
        };
    }

    /**
     * Acknowledged anomalies by id, one each, as {@code anomaly_acknowledgement} keeps them: the time to the
     * microsecond, oldest day first.
     */
    public static AnomalyAcknowledgements anomalyAcknowledgements() {
        Map<AnomalyId, Acknowledgement> kept = new HashMap<>();
        return new AnomalyAcknowledgements() {
            public synchronized Optional<Acknowledgement> acknowledge(Acknowledgement acknowledgement) {
                return Optional.ofNullable(kept.put(acknowledgement.anomaly(), new Acknowledgement(
                        acknowledgement.anomaly(), acknowledgement.by(),
                        acknowledgement.at().truncatedTo(ChronoUnit.MICROS), acknowledgement.note())));
            }

            public synchronized Optional<Acknowledgement> find(AnomalyId anomaly) {
                return Optional.ofNullable(kept.get(anomaly));
            }

            public synchronized List<Acknowledgement> between(LocalDate from, LocalDate to) {
                return kept.values().stream()
                        .filter(seen -> !seen.anomaly().day().isBefore(from) && !seen.anomaly().day().isAfter(to))
                        .sorted(Comparator.comparing((Acknowledgement seen) -> seen.anomaly().day())
                                .thenComparing(seen -> seen.anomaly().toString()))
                        .toList();
            }
        };
    }

    /**
     * Corrective actions by id, versioned as {@code corrective_action} keeps them (1 when created, one more with every
     * replace), times to the microsecond; listed by due date, then by when they were proposed, then by id.
     */
    public static CorrectiveActions correctiveActions() {
        Map<ActionId, Versioned<CorrectiveAction>> kept = new HashMap<>();
        return new CorrectiveActions() {
            public synchronized void create(CorrectiveAction action) {
                kept.put(action.id(), new Versioned<>(asStored(action), 1));
            }

            public synchronized VersionedWrite replace(CorrectiveAction action, ExpectedVersion expected) {
                Versioned<CorrectiveAction> before = kept.get(action.id());
                if (before == null) {
                    return new VersionedWrite.Missing();
                }
                if (!expected.admits(before.version())) {
                    return new VersionedWrite.Stale(before.version());
                }
                kept.put(action.id(), new Versioned<>(asStored(action), before.version() + 1));
                return new VersionedWrite.Written(before.version() + 1);
            }

            public synchronized Optional<Versioned<CorrectiveAction>> find(ActionId id) {
                return Optional.ofNullable(kept.get(id));
            }

            public synchronized List<Versioned<CorrectiveAction>> matching(ActionFilter filter) {
                return kept.values().stream().filter(kept -> lets(filter, kept.value()))
                        .sorted(Comparator.comparing((Versioned<CorrectiveAction> action) -> action.value().details().due())
                                .thenComparing(action -> action.value().createdAt())
                                .thenComparing(action -> action.value().id().value()))
                        .toList();
            }
        };
    }

    private static boolean lets(ActionFilter filter, CorrectiveAction action) {
        return filter.owner().map(action::ownedBy).orElse(true)
                && filter.goal().map(goal -> action.details().goal().equals(Optional.of(goal))).orElse(true)
                && (filter.statuses().isEmpty() || filter.statuses().contains(action.status()))
                && filter.overdueOn().map(action::overdueOn).orElse(true);
    }

    private static CorrectiveAction asStored(CorrectiveAction action) {
        return new CorrectiveAction(action.id(), action.details(), action.status(), action.dropReason(),
                action.comments().stream().map(comment -> new ActionComment(comment.author(),
                        comment.at().truncatedTo(ChronoUnit.MICROS), comment.text())).toList(),
                action.createdBy(), action.createdAt().truncatedTo(ChronoUnit.MICROS));
    }

    /**
     * Proposals by id in the order they were made, versioned as {@code proposal} keeps them (1 when made, one more
     * when decided); a replace of a period's open ones keeps its decided ones. Nothing is held by
     * {@code findToDecide}: one caller at a time.
     */
    public static Proposals proposals() {
        Map<ProposalId, Versioned<Proposal>> kept = new LinkedHashMap<>();
        return new Proposals() {
            public synchronized void replaceOpen(CyclePeriod period, List<Proposal> made) {
                kept.values().removeIf(proposal -> proposal.value().period().equals(period) && proposal.value().open());
                made.forEach(proposal -> kept.put(proposal.id(), new Versioned<>(asStored(proposal), 1)));
            }

            public synchronized List<Versioned<Proposal>> ofPeriod(CyclePeriod period) {
                return kept.values().stream().filter(proposal -> proposal.value().period().equals(period)).toList();
            }

            public synchronized Optional<Versioned<Proposal>> find(ProposalId id) {
                return Optional.ofNullable(kept.get(id));
            }

            public synchronized Optional<Versioned<Proposal>> findToDecide(ProposalId id) {
                return find(id);
            }

            public synchronized VersionedWrite decide(Proposal decided, ExpectedVersion expected) {
                Versioned<Proposal> before = kept.get(decided.id());
                if (before == null) {
                    return new VersionedWrite.Missing();
                }
                if (!expected.admits(before.version())) {
                    return new VersionedWrite.Stale(before.version());
                }
                kept.put(decided.id(), new Versioned<>(asStored(decided), before.version() + 1));
                return new VersionedWrite.Written(before.version() + 1);
            }

            public synchronized List<Proposal> rejectedBetween(LocalDate from, LocalDate to) {
                return kept.values().stream().map(Versioned::value)
                        .filter(proposal -> proposal.status() == ProposalStatus.REJECTED)
                        .filter(proposal -> !proposal.period().period().start().isBefore(from)
                                && !proposal.period().period().start().isAfter(to))
                        .toList();
            }
        };
    }

    /** Times to the microsecond, as {@code proposal} keeps them. */
    private static Proposal asStored(Proposal proposal) {
        return new Proposal(proposal.id(), proposal.period(), proposal.kind(), proposal.kpi(), proposal.channel(),
                proposal.cause(), proposal.title(), proposal.reasoning(), proposal.effect(), proposal.reallocation(),
                proposal.status(), proposal.action(), proposal.rejection().map(why -> new Rejection(why.reason(),
                why.by(), why.at().truncatedTo(ChronoUnit.MICROS))), proposal.madeAt().truncatedTo(ChronoUnit.MICROS));
    }

    /** Ended browser sessions in a map, like {@code ended_session}. */
    public static EndedSessions endedSessions() {
        Map<String, Instant> ended = new HashMap<>();
        return new EndedSessions() {
            public synchronized void end(String sessionId, Instant until) {
                ended.merge(sessionId, until, (before, later) -> before.isAfter(later) ? before : later);
            }

            public synchronized boolean isEnded(String sessionId) {
                return ended.containsKey(sessionId);
            }
        };
    }

    /**
     * The history of imports by id, as {@code import_batch} keeps it: a report without its preview, its time to the
     * nearest microsecond; the latest first.
     */
    public static ImportBatches importBatches() {
        Map<UUID, ImportReport> kept = new LinkedHashMap<>();
        Set<UUID> held = new HashSet<>();
        return new ImportBatches() {
            public synchronized void begin(ImportReport running, String sourceSystem) {
                kept.put(running.id(), asKept(running));
            }

            /** Held until it is recorded: the fake has no transactions, and no process of it dies. */
            public synchronized void hold(UUID id) {
                held.add(id);
            }

            public synchronized void record(ImportReport report, String sourceSystem, ImportContent raw) {
                kept.put(report.id(), asKept(report));
                held.remove(report.id());
            }

            public synchronized int interruptAbandoned(Instant begunBefore) {
                List<ImportReport> abandoned = kept.values().stream()
                        .filter(report -> report.status() == ImportStatus.RUNNING && !held.contains(report.id())
                                && report.at().isBefore(begunBefore))
                        .toList();
                abandoned.forEach(report -> kept.put(report.id(), new ImportReport(report.id(),
                        ImportStatus.INTERRUPTED, report.presetId(), report.fileName(), report.importedBy(),
                        report.at(), report.rows(), report.observations(), report.from(), report.to(),
                        report.errors(), report.moreErrors(), List.of())));
                return abandoned.size();
            }

            public synchronized Optional<ImportReport> find(UUID id) {
                return Optional.ofNullable(kept.get(id));
            }

            public synchronized List<ImportReport> latest(int limit) {
                return kept.values().stream().sorted(Comparator.comparing(ImportReport::at).reversed()).limit(limit)
                        .toList();
            }

            private static ImportReport asKept(ImportReport report) {
                return new ImportReport(report.id(), report.status(), report.presetId(),
                        report.fileName(), report.importedBy(), report.at().plusNanos(500).truncatedTo(ChronoUnit.MICROS),
                        report.rows(), report.observations(), report.from(), report.to(), report.errors(),
                        report.moreErrors(), List.of(), Optional.empty(), List.of(), report.written());
            }
        };
    }

    /** Audit entries as {@code type/id action}, in the list the test owns. */
    public static AuditTrail auditInto(List<String> entries) {
        return (actor, type, id, action, before, after) -> entries.add(type + "/" + id + " " + action);
    }

    public static AuditTrail noAudit() {
        return (actor, type, id, action, before, after) -> { };
    }

    /** Goals kept in the list, read and phased from these values, with the standard catalog. */
    public static ManageGoals manageGoals(List<Goal> goals, ValuesThatCount observations, CurrentKpiCatalog catalogs) {
        ReadValues values = new ReadValues(observations);
        return new ManageGoals(goals(goals), values, noAudit(), catalogs,
                new PreviewPhasing(catalogs, observations, values));
    }

    /** A data version that moves on every read, so what is kept in memory is read again each time. */
    public static DataVersion alwaysNewData() {
        return new AtomicLong()::incrementAndGet;
    }

    /** The channel catalog as one versioned record, starting with these channels at version 1; no values stored. */
    public static Channels channels(ChannelCatalog initial) {
        return new Channels() {
            private Versioned<ChannelCatalog> kept = new Versioned<>(initial, 1);

            public synchronized Versioned<ChannelCatalog> versioned() {
                return kept;
            }

            public synchronized VersionedWrite replace(ChannelCatalog catalog, ExpectedVersion expected) {
                if (!expected.admits(kept.version())) {
                    return new VersionedWrite.Stale(kept.version());
                }
                kept = new Versioned<>(catalog, kept.version() + 1);
                return new VersionedWrite.Written(kept.version());
            }

            public Set<String> withValues(java.util.Collection<String> codes) {
                return Set.of();
            }
        };
    }

    /** The seed catalog, read through the cache the use cases use. */
    public static ChannelCatalogs channelCatalogs() {
        return channelCatalogs(ChannelCatalog.seed());
    }

    public static ChannelCatalogs channelCatalogs(ChannelCatalog initial) {
        return new ChannelCatalogs(channels(initial), alwaysNewData());
    }

    /** The company's settings as one versioned record, at version 1. */
    public static CompanySettingsStore companySettings(CompanySettings initial) {
        return new CompanySettingsStore() {
            private Versioned<CompanySettings> kept = new Versioned<>(initial, 1);

            public synchronized Versioned<CompanySettings> versioned() {
                return kept;
            }

            public synchronized VersionedWrite replace(CompanySettings settings, ExpectedVersion expected) {
                if (!expected.admits(kept.version())) {
                    return new VersionedWrite.Stale(kept.version());
                }
                kept = new Versioned<>(settings, kept.version() + 1);
                return new VersionedWrite.Written(kept.version());
            }
        };
    }

    public static CurrentSettings currentSettings(CompanySettings settings) {
        return new CurrentSettings(companySettings(settings), alwaysNewData());
    }
}
