package com.kpipulse.application.scorecard;

import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.setup.SetupProblem;
import com.kpipulse.application.setup.SetupProblem.Kind;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.scorecard.DefaultScorecards;
import com.kpipulse.domain.scorecard.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The KPIs on each role's scorecard: the default composition (seeds 002 and 004) until an admin recomposes it.
 * KPIs that have since left the catalog (a removed custom KPI) are skipped, not an error.
 */
@ApplicationScoped
public class RoleScorecards {

    /** More rows than this stop being a scorecard (seed 001: "too many metrics"). */
    public static final int MAX_KPIS = 12;

    /** How recomposing a scorecard ended. */
    public sealed interface Outcome {

        /** Stored: the KPIs as they are now and the composition's version. */
        record Saved(List<String> kpiCodes, long version) implements Outcome {
        }

        /** Not stored: every problem, each with the element (row, 0-based) it is about. */
        record Rejected(List<SetupProblem> problems) implements Outcome {
            public Rejected {
                problems = List.copyOf(problems);
            }

            /** One English sentence per problem, naming its element ({@code kpis[3]: …}), for the API's errors. */
            public List<String> reasons() {
                return problems.stream().map(RoleScorecards::english).toList();
            }
        }

        /** Not stored: somebody else recomposed the scorecard after the writer read it. */
        record Stale(long currentVersion) implements Outcome {
        }
    }

    private final ScorecardLayouts layouts;
    private final CurrentKpiCatalog catalogs;
    private final AuditTrail audit;

    @Inject
    public RoleScorecards(ScorecardLayouts layouts, CurrentKpiCatalog catalogs, AuditTrail audit) {
        this.layouts = layouts;
        this.catalogs = catalogs;
        this.audit = audit;
    }

    public List<KpiDefinition> kpisOf(Role role) {
        KpiCatalog catalog = catalogs.current();
        return codesOf(role).stream().flatMap(code -> catalog.find(code).stream()).toList();
    }

    public List<String> codesOf(Role role) {
        return composition(role).value();
    }

    /** The role's KPI codes (the default until an admin recomposes it) with the composition's version. */
    public Versioned<List<String>> composition(Role role) {
        Versioned<List<String>> stored = layouts.of(role);
        return stored.value().isEmpty() ? new Versioned<>(DefaultScorecards.kpiCodes(role), stored.version()) : stored;
    }

    /**
     * Recomposes a role's scorecard from the KPI codes in order. Every element is checked before anything else:
     * no empty element, no code longer than {@value TextInput#CODE} characters or with characters no code has, no
     * code twice (a repeated code is named, never silently merged); then 1 to {@value #MAX_KPIS} KPIs, each in the
     * catalog. With {@link ExpectedVersion#of} only the composition the admin saw is replaced.
     */
    @Transactional
    public Outcome compose(Role role, List<String> kpiCodes, ExpectedVersion expected, String actor) {
        List<SetupProblem> reasons = inputProblems(kpiCodes);
        if (!reasons.isEmpty()) {
            return new Outcome.Rejected(reasons);
        }
        Versioned<List<String>> before = composition(role);
        if (!expected.admits(before.version())) {
            return new Outcome.Stale(before.version());
        }
        KpiCatalog catalog = catalogs.current();
        for (int i = 0; i < kpiCodes.size(); i++) {
            if (catalog.find(kpiCodes.get(i)).isEmpty()) {
                reasons.add(SetupProblem.of(i, "kpis", Kind.UNKNOWN_KPI, kpiCodes.get(i)));
            }
        }
        if (!reasons.isEmpty()) {
            return new Outcome.Rejected(reasons);
        }
        List<String> codes = List.copyOf(kpiCodes);
        return switch (layouts.save(role, codes, expected)) {
            case VersionedWrite.Written written -> {
                audit.record(actor, "scorecard", role.claim(), "compose", String.join(",", before.value()),
                        String.join(",", codes));
                yield new Outcome.Saved(codes, written.version());
            }
            case VersionedWrite.Stale stale -> new Outcome.Stale(stale.currentVersion());
            case VersionedWrite.Missing missing -> new Outcome.Stale(0);
        };
    }

    /** Empty elements, unfit texts, repeated codes and a list too long or empty, each naming its element. */
    private static List<SetupProblem> inputProblems(List<String> kpiCodes) {
        List<SetupProblem> reasons = new ArrayList<>();
        if (kpiCodes.isEmpty()) {
            reasons.add(SetupProblem.of(SetupProblem.WHOLE, "kpis", Kind.EMPTY));
            return reasons;
        }
        if (kpiCodes.size() > MAX_KPIS) {
            reasons.add(SetupProblem.of(SetupProblem.WHOLE, "kpis", Kind.TOO_MANY, kpiCodes.size(), MAX_KPIS));
            if (kpiCodes.size() > MAX_KPIS * 10) {
                return reasons; // no point naming each element of a list that long
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < kpiCodes.size(); i++) {
            String code = kpiCodes.get(i);
            if (code == null || code.isBlank()) {
                reasons.add(SetupProblem.of(i, "kpis", Kind.REQUIRED));
                continue;
            }
            Optional<InputProblem> unfit = TextInput.line(code, TextInput.CODE);
            if (unfit.isPresent()) {
                reasons.add(SetupProblem.input(i, "kpis", unfit.get()));
                continue;
            }
            Integer first = seen.putIfAbsent(code, i);
            if (first != null) {
                reasons.add(SetupProblem.of(i, "kpis", Kind.REPEATED, code, first + 1));
            }
        }
        return reasons;
    }

    /** The API's sentences, as they were before problems became data. */
    private static String english(SetupProblem problem) {
        String element = problem.row() == SetupProblem.WHOLE ? "" : "kpis[" + problem.row() + "]: ";
        return element + switch (problem.kind()) {
            case EMPTY -> "a scorecard needs at least one KPI";
            case TOO_MANY -> problem.args().get(0) + " KPIs are too many for one scorecard: at most " + MAX_KPIS;
            case REQUIRED -> "a KPI code is required";
            case REPEATED -> "«" + problem.args().get(0) + "» is already listed at kpis["
                    + (Integer.parseInt(problem.args().get(1)) - 1) + "]: each KPI appears once";
            default -> problem.english();
        };
    }
}
