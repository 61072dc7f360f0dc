package com.kpipulse.application.importing;

import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.domain.channel.ChannelMapping;
import com.kpipulse.domain.channel.ChannelRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Admins keep the channel mapping (raw traffic source → channel) as data. The whole mapping is replaced at once,
 * checked first (every line, with its number), and audited with the old and new rules. New imports use it at once;
 * stored values keep the channel they were imported with until their file is imported again.
 */
@ApplicationScoped
public class EditChannelMapping {

    /** One line as an admin typed it. */
    public record RuleLine(String sourcePattern, String channel) {
    }

    /** How replacing the mapping ended. */
    public sealed interface Outcome {

        /** Stored: the mapping as it is now and its version. */
        record Saved(ChannelMapping mapping, long version) implements Outcome {
        }

        /** @param reasons one per wrong line, e.g. "line 3: …" */
        record Rejected(List<String> reasons) implements Outcome {
        }

        /** Not stored: somebody else replaced the mapping after the writer read it. */
        record Stale(long currentVersion) implements Outcome {
        }
    }

    private final ChannelRules rules;
    private final AuditTrail audit;

    @Inject
    public EditChannelMapping(ChannelRules rules, AuditTrail audit) {
        this.rules = rules;
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
     * Replaces the whole mapping. Each line's texts are bounded before anything else is done with them (a source
     * pattern {@value TextInput#NAME} characters, a channel {@value TextInput#CODE}, no control characters); with
     * {@link ExpectedVersion#of} only the mapping the admin saw is replaced.
     */
    @Transactional
    public Outcome replace(List<RuleLine> lines, ExpectedVersion expected, String actor) {
        List<String> reasons = new ArrayList<>();
        List<ChannelRule> checked = new ArrayList<>();
        Set<String> patterns = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            RuleLine line = lines.get(i);
            String where = "line " + (i + 1) + ": ";
            if (line == null) {
                reasons.add(where + "source pattern and channel are required");
                continue;
            }
            Optional<String> unfit = TextInput.line(line.sourcePattern(), TextInput.NAME).map(p -> "sourcePattern: " + p.english())
                    .or(() -> TextInput.line(line.channel(), TextInput.CODE).map(p -> "channel: " + p.english()));
            if (unfit.isPresent()) {
                reasons.add(where + unfit.get());
                continue;
            }
            try {
                ChannelRule rule = new ChannelRule(line.sourcePattern(), line.channel());
                if (!patterns.add(rule.sourcePattern())) {
                    reasons.add(where + "«" + rule.sourcePattern() + "» is already mapped above");
                } else {
                    checked.add(rule);
                }
            } catch (IllegalArgumentException | NullPointerException e) {
                reasons.add(where + (e.getMessage() == null ? "source pattern and channel are required" : e.getMessage()));
            }
        }
        if (!reasons.isEmpty()) {
            return new Outcome.Rejected(reasons);
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

    private static String describe(List<ChannelRule> rules) {
        return rules.stream().map(rule -> rule.sourcePattern() + " -> " + rule.channel()).sorted()
                .collect(Collectors.joining("\n"));
    }
}
