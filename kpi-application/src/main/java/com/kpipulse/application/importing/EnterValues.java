package com.kpipulse.application.importing;

import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.channel.ChannelCatalogs;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.application.measure.Observations;
import com.kpipulse.application.measure.StagedObservations;
import com.kpipulse.application.measure.StoredObservations;
import com.kpipulse.domain.measure.MeasureCatalog;
import com.kpipulse.domain.text.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Values typed in by a person or sent one by one through the API (survey answers, brand awareness, market size,
 * receivables): checked by the same rules as imports, stored all or nothing, each change audited with its old value.
 */
@ApplicationScoped
public class EnterValues {

    /** The most values one request may carry; more go as a file through the import. */
    public static final int MAX_VALUES = 100_000;

    /** A value that cannot be stored: which element of the request, which field, and why (said late, by the reader). */
    public record Problem(int index, String field, Message message) {
    }

    /** How a request ended. */
    public sealed interface Outcome {
        /**
         * @param values     the values stored (each key once)
         * @param duplicates elements that repeated an earlier element of the request exactly, stored once
         * @param changed    stored values that are new or differ from what was stored before
         */
        record Stored(int values, int duplicates, long changed) implements Outcome {
        }

        record Rejected(List<Problem> problems) implements Outcome {
            public Rejected {
                problems = List.copyOf(problems);
            }
        }
    }

    private final Observations observations;
    private final StoredObservations stored;
    private final ChannelRules channelRules;
    private final ChannelCatalogs channels;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public EnterValues(Observations observations, StoredObservations stored, ChannelRules channelRules,
                       ChannelCatalogs channels, AuditTrail audit, Clock clock) {
        this.observations = observations;
        this.stored = stored;
        this.channelRules = channelRules;
        this.channels = channels;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Outcome enter(String sourceSystem, List<ObservationRow> values, String actor) {
        if (values.isEmpty()) {
            return new Outcome.Rejected(List.of(new Problem(0, "observations",
                    Message.of(ImportProblemKind.NOTHING_SENT))));
        }
        if (values.size() > MAX_VALUES) {
            return new Outcome.Rejected(List.of(new Problem(MAX_VALUES, "observations",
                    Message.of(ImportProblemKind.TOO_MANY_VALUES, values.size(), MAX_VALUES))));
        }
        ObservationRowCheck check = new ObservationRowCheck(MeasureCatalog.standard(), channels.current(),
                channelRules.current(), LocalDate.now(clock));
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            int index = i;
            check.check(values.get(i)).ifPresent(failure -> problems.add(new Problem(index, failure.field(), failure.message())));
        }
        if (!problems.isEmpty()) {
            return new Outcome.Rejected(problems);
        }
        List<ObservationRow> resolved = values.stream()
                .map(row -> ValidatingSink.resolve(row, check.measure(row).orElseThrow(), check))
                .toList();
        try (StagedObservations staging = observations.stage(UUID.randomUUID(), sourceSystem, actor)) {
            resolved.forEach(staging::add);
            List<RowProblem> contradictions = staging.contradictions(values.size()).stream().map(RowProblem::of)
                    .toList();
            if (!contradictions.isEmpty()) {
                return new Outcome.Rejected(contradictions.stream()
                        .map(problem -> new Problem((int) problem.line(), "value", problem.message()))
                        .toList());
            }
            List<ObservationRow> distinct = distinctKeys(resolved);
            for (ObservationRow row : distinct) {
                Optional<BigDecimal> before = stored.valueOf(sourceSystem, row);
                if (before.isEmpty() || before.get().compareTo(row.value()) != 0) {
                    audit.record(actor, "observation", describe(sourceSystem, row), before.isEmpty() ? "create" : "update",
                            before.map(value -> value.stripTrailingZeros().toPlainString()).orElse(null),
                            row.value().toPlainString());
                }
            }
            return new Outcome.Stored(distinct.size(), resolved.size() - distinct.size(),
                    staging.commit().changed());
        }
    }

    /** The rows with each natural key once (the staging area has refused keys that repeat with another value). */
    private static List<ObservationRow> distinctKeys(List<ObservationRow> rows) {
        java.util.Map<String, ObservationRow> byKey = new java.util.LinkedHashMap<>();
        for (ObservationRow row : rows) {
            byKey.putIfAbsent(String.join("|", row.measure(), row.grain().name(), row.periodStart().toString(),
                    nullToEmpty(row.channel()), nullToEmpty(row.campaign()), nullToEmpty(row.source())), row);
        }
        return List.copyOf(byKey.values());
    }

    private static String describe(String sourceSystem, ObservationRow row) {
        return String.join("|", sourceSystem, row.measure(), row.grain().name(), row.periodStart().toString(),
                nullToEmpty(row.channel()), nullToEmpty(row.campaign()), nullToEmpty(row.source()));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
