package com.kpipulse.domain.channel;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Maps raw traffic sources to the department's channels (those of the {@link ChannelCatalog}: {@code yandex_direct},
 * {@code vk_ads}, {@code seo}, …). Editable data: the most specific matching rule wins; an unknown source has no
 * channel (and stays visible as such).
 */
public final class ChannelMapping {

    private final List<ChannelRule> rules;
    private final List<ChannelRule> listed;

    /** @param rules in the order the admin keeps them (which decides nothing: the most specific rule wins) */
    public ChannelMapping(List<ChannelRule> rules) {
        this.listed = List.copyOf(rules);
        this.rules = rules.stream().sorted(Comparator.comparingInt(ChannelRule::specificity).reversed()).toList();
    }

    public Optional<String> channelOf(String source) {
        if (source == null || source.isBlank()) {
            return Optional.empty();
        }
        // the source is normalised once, not once for every rule it is tried against
        String normalized = ChannelRule.normalize(source);
        for (ChannelRule rule : rules) {
            if (rule.matchesNormalized(normalized)) {
                return Optional.of(rule.channel());
            }
        }
        return Optional.empty();
    }

    /** The rules, most specific first. */
    public List<ChannelRule> rules() {
        return rules;
    }

    /** The rules in the order the admin keeps them. */
    public List<ChannelRule> listed() {
        return listed;
    }
}
