package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.channel.Channel;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One channel's base measures over one period and, where they are kept, its campaigns' ({@code ""}: values that came
 * without a campaign). The channel's own sums are given, not added up from the campaigns, because some measures are
 * kept per channel only (marketing spend from accounting). Campaigns are kept in the order of their names.
 *
 * @param channel a channel code, or {@link #WITHOUT_CHANNEL} for values that came without one (sales spend, say)
 */
public record ChannelFigures(String channel, MeasureSums sums, Map<String, MeasureSums> campaigns) {

    public static final String WITHOUT_CHANNEL = "";

    public ChannelFigures {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(sums, "sums");
        if (!channel.equals(WITHOUT_CHANNEL) && !Channel.isCode(channel)) {
            throw new IllegalArgumentException("Channel «" + channel + "» must be lower_snake_case or empty");
        }
        campaigns = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(campaigns, "campaigns")));
    }

    public static ChannelFigures of(String channel, MeasureSums sums) {
        return new ChannelFigures(channel, sums, Map.of());
    }
}
