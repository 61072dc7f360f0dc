package com.kpipulse.application.importing;

import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.domain.measure.MeasureCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
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

    /** A value that cannot be stored: which element of the request, which field, and why. */
    public record Problem(int index, String field, String message) {
    }

    /** How a request ended. */
    public sealed interface Outcome {
        record Stored(int values, long changed) implements Outcome {
        }

        record Rejected(List<Problem> problems) implements Outcome {
            public Rejected {
                problems = List.copyOf(problems);
            }
        }
    }

    private final Observations observations;
    private final StoredValues stored;
    private final ChannelRules channelRules;
    private final AuditTrail audit;

    @Inject
    public EnterValues(Observations observations, StoredValues stored, ChannelRules channelRules, AuditTrail audit) {
        this.observations = observations;
        this.stored = stored;
        this.channelRules = channelRules;
        this.audit = audit;
    }

    @Transactional
    public Outcome enter(String sourceSystem, List<ObservationRow> values, String actor) {
        if (values.isEmpty()) {
            return new Outcome.Rejected(List.of(new Problem(0, "observations", "send at least one value")));
        }
        ObservationRowCheck check = new ObservationRowCheck(MeasureCatalog.standard());
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            int index = i;
            check.check(values.get(i)).ifPresent(failure -> problems.add(new Problem(index, failure.field(), failure.message())));
        }
        if (!problems.isEmpty()) {
            return new Outcome.Rejected(problems);
        }
        List<ObservationRow> resolved = values.stream()
                .map(row -> ValidatingSink.resolve(row, check.measure(row).orElseThrow(), channelRules.current()))
                .toList();
        try (StagedObservations staging = observations.stage(UUID.randomUUID(), sourceSystem, actor)) {
            resolved.forEach(staging::add);
            List<RowProblem> contradictions = staging.contradictions(values.size());
            if (!contradictions.isEmpty()) {
                return new Outcome.Rejected(contradictions.stream()
                        .map(problem -> new Problem((int) problem.line(), "value", problem.message()))
                        .toList());
            }
            for (ObservationRow row : resolved) {
                Optional<BigDecimal> before = stored.valueOf(sourceSystem, row);
                if (before.isEmpty() || before.get().compareTo(row.value()) != 0) {
                    audit.record(actor, "observation", describe(sourceSystem, row), before.isEmpty() ? "create" : "update",
                            before.map(value -> value.stripTrailingZeros().toPlainString()).orElse(null),
                            row.value().toPlainString());
                }
            }
            return new Outcome.Stored(values.size(), staging.commit());
        }
    }

    private static String describe(String sourceSystem, ObservationRow row) {
        return String.join("|", sourceSystem, row.measure(), row.grain().name(), row.periodStart().toString(),
                nullToEmpty(row.channel()), nullToEmpty(row.campaign()), nullToEmpty(row.source()));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
