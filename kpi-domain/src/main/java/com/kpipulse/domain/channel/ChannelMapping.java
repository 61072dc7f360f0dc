package com.kpipulse.domain.channel;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Maps raw traffic sources to the department's channels ({@code yandex_direct}, {@code google_ads}, {@code vk_ads},
 * {@code seo}, {@code smm_vk}, {@code telegram}, {@code email}, {@code direct}, {@code referral}, …). Editable data:
 * the most specific matching rule wins; an unknown source has no channel (and stays visible as such).
 */
public final class ChannelMapping {

    private final List<ChannelRule> rules;

    public ChannelMapping(List<ChannelRule> rules) {
        this.rules = rules.stream().sorted(Comparator.comparingInt(ChannelRule::specificity).reversed()).toList();
    }

    public Optional<String> channelOf(String source) {
        if (source == null || source.isBlank()) {
            return Optional.empty();
        }
        return rules.stream().filter(rule -> rule.matches(source)).map(ChannelRule::channel).findFirst();
    }

    public List<ChannelRule> rules() {
        return rules;
    }
}
