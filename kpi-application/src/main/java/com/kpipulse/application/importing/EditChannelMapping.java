package com.kpipulse.application.importing;

import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.channel.ChannelCatalogs;
import com.kpipulse.application.setup.SetupProblem;
import com.kpipulse.application.setup.SetupProblem.Kind;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.channel.ChannelMapping;
import com.kpipulse.domain.channel.ChannelRule;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.input.TextInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Admins keep the channel mapping (raw traffic source → channel) as data. The whole mapping is replaced at once,
 * checked first (every rule, with its row and field), and audited with the old and new rules. Every rule names a
 * channel of the channel catalog. New imports use the mapping at once; stored values keep the channel they were
 * imported with until their file is imported again.
 */
@ApplicationScoped
public class EditChannelMapping {

    /** More rules than this are no mapping a person keeps by hand. */
    public static final int MAX_RULES = 2_000;

    /** One rule as an admin typed it. */
    public record RuleLine(String sourcePattern, String channel) {
    }

    /** How replacing the mapping ended. */
    public sealed interface Outcome {

        /** Stored: the mapping as it is now and its version. */
        record Saved(ChannelMapping mapping, long version) implements Outcome {
        }

        /** Not stored: every problem, with its row (0-based) and field ({@code sourcePattern}, {@code channel}). */
        record Rejected(List<SetupProblem> problems) implements Outcome {
            public Rejected {
                problems = List.copyOf(problems);
            }

            /** One English sentence per problem, {@code line 3: channel: …}, for the API's {@code errors}. */
            public List<String> reasons() {
                return problems.stream().map(problem -> (problem.row() == SetupProblem.WHOLE ? ""
                        : "line " + (problem.row() + 1) + ": ") + problem.field() + ": " + problem.english()).toList();
            }
        }

        /** Not stored: somebody else replaced the mapping after the writer read it. */
        record Stale(long currentVersion) implements Outcome {
        }
    }

    private final ChannelRules rules;
    private final ChannelCatalogs channels;
    private final AuditTrail audit;

    @Inject
    public EditChannelMapping(ChannelRules rules, ChannelCatalogs channels, AuditTrail audit) {
        this.rules = rules;
        this.channels = channels;
        this.audit = audit;
    }

    public ChannelMapping current() {
        return rules.current();
    }

    /** The mapping with its version, for a writer who wants to replace exactly what they saw. */
    public Versioned<ChannelMapping> versioned() {
        return rules.versioned();
    }

    /**
     * Replaces the whole mapping, the rules kept in the order given. Each rule's texts are bounded before anything
     * else is done with them (a source pattern {@value TextInput#NAME} characters, a channel {@value TextInput#CODE},
     * no control characters); its channel must be in the channel catalog; with {@link ExpectedVersion#of} only the
     * mapping the admin saw is replaced.
     */
    @Transactional
    public Outcome replace(List<RuleLine> lines, ExpectedVersion expected, String actor) {
        List<SetupProblem> problems = new ArrayList<>();
        if (lines.size() > MAX_RULES) {
            return new Outcome.Rejected(List.of(SetupProblem.of(SetupProblem.WHOLE, "rules", Kind.TOO_MANY,
                    lines.size(), MAX_RULES)));
        }
        ChannelCatalog catalog = channels.fresh();
        List<ChannelRule> checked = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (int row = 0; row < lines.size(); row++) {
            RuleLine line = lines.get(row);
            int before = problems.size();
            String pattern = line == null ? null : line.sourcePattern();
            String channel = line == null ? null : line.channel();
            checkPattern(row, pattern, problems);
            checkChannel(row, channel, catalog, problems);
            if (problems.size() == before) {
                ChannelRule rule = new ChannelRule(pattern, channel.strip());
                Integer first = firstRow.putIfAbsent(rule.sourcePattern(), row);
                if (first != null) {
                    problems.add(SetupProblem.of(row, "sourcePattern", Kind.REPEATED, rule.sourcePattern(), first + 1));
                } else {
                    checked.add(rule);
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome.Rejected(problems);
        }
        Versioned<ChannelMapping> before = rules.versioned();
        if (!expected.admits(before.version())) {
            return new Outcome.Stale(before.version());
        }
        return switch (rules.replace(checked, expected)) {
            case VersionedWrite.Written written -> {
                audit.record(actor, "channel_mapping", "all", "replace", describe(before.value().rules()), describe(checked));
                yield new Outcome.Saved(new ChannelMapping(checked), written.version());
            }
            case VersionedWrite.Stale stale -> new Outcome.Stale(stale.currentVersion());
            case VersionedWrite.Missing missing -> new Outcome.Stale(0);
        };
    }

    private static void checkPattern(int row, String pattern, List<SetupProblem> problems) {
        if (pattern == null || pattern.isBlank()) {
            problems.add(SetupProblem.of(row, "sourcePattern", Kind.REQUIRED));
            return;
        }
        Optional<InputProblem> unfit = TextInput.line(pattern, TextInput.NAME);
        if (unfit.isPresent()) {
            problems.add(SetupProblem.input(row, "sourcePattern", unfit.get()));
        } else if (pattern.strip().equals("*")) {
            problems.add(SetupProblem.of(row, "sourcePattern", Kind.PATTERN_MATCHES_ALL, pattern.strip()));
        }
    }

    private static void checkChannel(int row, String channel, ChannelCatalog catalog, List<SetupProblem> problems) {
        if (channel == null || channel.isBlank()) {
            problems.add(SetupProblem.of(row, "channel", Kind.REQUIRED));
            return;
        }
        Optional<InputProblem> unfit = TextInput.line(channel, TextInput.CODE);
        if (unfit.isPresent()) {
            problems.add(SetupProblem.input(row, "channel", unfit.get()));
        } else if (!catalog.contains(channel.strip())) {
            problems.add(SetupProblem.of(row, "channel", Kind.UNKNOWN_CHANNEL, InputProblem.excerpt(channel.strip())));
        }
    }

    private static String describe(List<ChannelRule> rules) {
        return rules.stream().map(rule -> rule.sourcePattern() + " -> " + rule.channel()).sorted()
                .collect(Collectors.joining("\n"));
    }
}
