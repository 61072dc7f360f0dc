package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.channel.Channel;

import java.util.Objects;

/**
 * What the caller knows is wrong with a period's inputs: a source that did not deliver some days, or figures an
 * anomaly check flagged. The analysis does not look for these itself; it weighs them against the deviation.
 *
 * @param channel the channel whose inputs are affected, or {@code ""} for the whole period
 */
public record InputFlag(Kind kind, String channel) {

    public enum Kind {
        /** Some days or sources of the period were not delivered. */
        INCOMPLETE,
        /** Figures an anomaly check or a person marked as suspicious. */
        ANOMALOUS
    }

    public InputFlag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        if (!channel.isEmpty() && !Channel.isCode(channel)) {
            throw new IllegalArgumentException("Channel «" + channel + "» must be lower_snake_case or empty");
        }
    }

    public boolean wholePeriod() {
        return channel.isEmpty();
    }
}
