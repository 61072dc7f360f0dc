package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.period.Period;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The base measures of one period per channel, as the store sums them, with what is known to be wrong with them.
 */
public record PeriodFigures(Period period, List<ChannelFigures> channels, List<InputFlag> flags) {

    public PeriodFigures {
        Objects.requireNonNull(period, "period");
        channels = List.copyOf(channels);
        flags = List.copyOf(flags);
        Set<String> seen = new HashSet<>();
        for (ChannelFigures channel : channels) {
            if (!seen.add(channel.channel())) {
                throw new IllegalArgumentException("Channel «" + channel.channel() + "» is given twice for " + period);
            }
        }
    }

    public static PeriodFigures of(Period period, List<ChannelFigures> channels) {
        return new PeriodFigures(period, channels, List.of());
    }

    /** The chosen channels' sums, in the order given ({@code chosen} empty: every channel). */
    public Map<String, MeasureSums> byChannel(Set<String> chosen) {
        var sums = new LinkedHashMap<String, MeasureSums>();
        channels.stream().filter(channel -> chosen.isEmpty() || chosen.contains(channel.channel()))
                .forEach(channel -> sums.put(channel.channel(), channel.sums()));
        return sums;
    }

    /** The chosen channels together. */
    public MeasureSums total(Set<String> chosen) {
        return MeasureSums.sum(byChannel(chosen).values());
    }

    /** One channel's campaigns, or none. */
    public Map<String, MeasureSums> campaignsOf(String channel) {
        return channels.stream().filter(figures -> figures.channel().equals(channel)).findFirst()
                .map(ChannelFigures::campaigns).orElse(Map.of());
    }
}
