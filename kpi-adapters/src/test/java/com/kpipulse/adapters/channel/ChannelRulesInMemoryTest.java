package com.kpipulse.adapters.channel;

import com.kpipulse.application.importing.ChannelRules;
import com.kpipulse.application.testing.InMemory;

/** The ChannelRules contract against the fake the use-case tests use. */
class ChannelRulesInMemoryTest extends ChannelRulesContract {

    private final ChannelRules store = InMemory.channelRules(java.util.List.of(new com.kpipulse.domain.channel.ChannelRule("yandex / cpc", "yandex_direct")));

    @Override
    protected ChannelRules rules() {
        return store;
    }
}
