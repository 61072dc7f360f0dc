package com.kpipulse.adapters.channel;

import com.kpipulse.application.channel.Channels;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.domain.channel.ChannelCatalog;

/** The channel catalog contract against the fake the use-case tests use. */
class ChannelsInMemoryTest extends ChannelsContract {

    private final Channels channels = InMemory.channels(ChannelCatalog.seed());

    @Override
    protected Channels channels() {
        return channels;
    }
}
