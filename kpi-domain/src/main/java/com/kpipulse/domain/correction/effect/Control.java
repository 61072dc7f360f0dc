package com.kpipulse.domain.correction.effect;

import com.kpipulse.domain.channel.Channel;

import java.util.List;
import java.util.Objects;

/**
 * The channels an action did not touch, to compare its channels with: the KPI over all of them together, day by day
 * (computed as for the action's channels, the same way), and which they are.
 */
public record Control(KpiDays days, List<Channel> channels) {

    public Control {
        Objects.requireNonNull(days, "days");
        channels = List.copyOf(channels);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("A comparison names the channels it is made of");
        }
    }
}
