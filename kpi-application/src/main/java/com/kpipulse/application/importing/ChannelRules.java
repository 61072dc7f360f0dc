package com.kpipulse.application.importing;

import com.kpipulse.domain.channel.ChannelMapping;
import com.kpipulse.domain.channel.ChannelRule;

import java.util.List;

/** Outgoing port: the editable channel mapping as it stands now. */
public interface ChannelRules {

    ChannelMapping current();

    /** Replaces every rule with these. */
    void replace(List<ChannelRule> rules);
}
