package com.kpipulse.web.kpi;

import com.kpipulse.application.evaluation.KpiExplanation;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.web.text.Names;

import java.util.Locale;

/** One channel in the drill-down. */
public record ChannelRow(String channel, String name, KpiValue now, KpiValue before) {

    static ChannelRow from(KpiExplanation.ChannelValue channel, Locale locale) {
        return new ChannelRow(channel.channel(), Names.channel(channel.channel(), locale), channel.value(),
                channel.previous());
    }
}
