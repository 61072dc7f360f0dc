package com.kpipulse.domain.channel;

import java.util.Locale;
import java.util.Objects;

/**
 * One line of the channel mapping: a raw traffic source as a source system spells it (UTM {@code source / medium},
 * a Metrica traffic source, an ad platform) and the marketing channel it belongs to. A pattern ending in {@code *}
 * matches every source that starts with the rest, e.g. {@code google / *}.
 */
public record ChannelRule(String sourcePattern, String channel) {

    public ChannelRule {
        Objects.requireNonNull(sourcePattern, "sourcePattern");
        Objects.requireNonNull(channel, "channel");
        sourcePattern = normalize(sourcePattern);
        if (sourcePattern.isEmpty() || sourcePattern.equals("*")) {
            throw new IllegalArgumentException("A channel rule needs a source pattern, not «" + sourcePattern + "»");
        }
        if (!channel.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Channel «" + channel + "» must be lower_snake_case, e.g. yandex_direct");
        }
    }

    public boolean matches(String source) {
        return matchesNormalized(normalize(source));
    }

    /** Whether a source already {@linkplain #normalize normalised} matches. */
    boolean matchesNormalized(String candidate) {
        return sourcePattern.endsWith("*")
                ? candidate.startsWith(sourcePattern.substring(0, sourcePattern.length() - 1))
                : candidate.equals(sourcePattern);
    }

    /** Exact patterns beat wildcards; among wildcards the longer one is more specific. */
    int specificity() {
        return sourcePattern.endsWith("*") ? sourcePattern.length() : Integer.MAX_VALUE;
    }

    static String normalize(String source) {
        return source == null ? "" : source.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
