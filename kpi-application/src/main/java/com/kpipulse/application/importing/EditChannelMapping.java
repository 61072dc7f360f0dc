package com.kpipulse.application.importing;

import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.domain.channel.ChannelMapping;
import com.kpipulse.domain.channel.ChannelRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
        record Saved(ChannelMapping mapping) implements Outcome {
        }

        /** @param reasons one per wrong line, e.g. "line 3: …" */
        record Rejected(List<String> reasons) implements Outcome {
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

    @Transactional
    public Outcome replace(List<RuleLine> lines, String actor) {
        List<String> reasons = new ArrayList<>();
        List<ChannelRule> checked = new ArrayList<>();
        Set<String> patterns = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            RuleLine line = lines.get(i);
            try {
                ChannelRule rule = new ChannelRule(line.sourcePattern(), line.channel());
                if (!patterns.add(rule.sourcePattern())) {
                    reasons.add("line " + (i + 1) + ": «" + rule.sourcePattern() + "» is already mapped above");
                } else {
                    checked.add(rule);
                }
            } catch (IllegalArgumentException | NullPointerException e) {
                reasons.add("line " + (i + 1) + ": " + (e.getMessage() == null ? "source pattern and channel are required" : e.getMessage()));
            }
        }
        if (!reasons.isEmpty()) {
            return new Outcome.Rejected(reasons);
        }
        String before = describe(rules.current().rules());
        rules.replace(checked);
        audit.record(actor, "channel_mapping", "all", "replace", before, describe(checked));
        return new Outcome.Saved(new ChannelMapping(checked));
    }

    private static String describe(List<ChannelRule> rules) {
        return rules.stream().map(rule -> rule.sourcePattern() + " -> " + rule.channel()).sorted()
                .collect(Collectors.joining("\n"));
    }
}
