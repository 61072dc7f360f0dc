package com.kpipulse.application.importing;

import com.kpipulse.domain.channel.ChannelMapping;

/** Outgoing port: the editable channel mapping as it stands now. */
public interface ChannelRules {

    ChannelMapping current();
}
