package com.kpipulse.adapters.channel;

import com.kpipulse.adapters.contract.PortContract;
import com.kpipulse.application.importing.ChannelRules;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.channel.ChannelRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every store of the channel mapping does: keeps the rules as one record, replaced whole, versioned. */
public abstract class ChannelRulesContract extends PortContract {

    protected abstract ChannelRules rules();

    @Test
    void theMappingIsReplacedWholeAndMapsByTheNewRules() {
        long before = tx(() -> rules().versioned()).version();
        List<ChannelRule> rules = List.of(new ChannelRule("dzen / native", "seo"), new ChannelRule("vk ads*", "vk_ads"));

        assertThat(tx(() -> rules().replace(rules, ExpectedVersion.of(before))))
                .isEqualTo(new VersionedWrite.Written(before + 1));
        assertThat(tx(() -> rules().current()).rules()).containsExactlyInAnyOrderElementsOf(rules);
        assertThat(tx(() -> rules().current()).channelOf("VK Ads / summer")).hasValue("vk_ads");
        assertThat(tx(() -> rules().current()).channelOf("yandex / cpc")).as("the old rules are gone").isEmpty();
    }

    @Test
    void aStaleReplacementChangesNothing() {
        long before = tx(() -> rules().versioned()).version();
        tx(() -> rules().replace(List.of(new ChannelRule("google / cpc", "google_ads")), ExpectedVersion.any()));

        assertThat(tx(() -> rules().replace(List.of(new ChannelRule("x / y", "seo")), ExpectedVersion.of(before))))
                .isEqualTo(new VersionedWrite.Stale(before + 1));
        assertThat(tx(() -> rules().current()).channelOf("google / cpc")).hasValue("google_ads");
        assertThat(tx(() -> rules().versioned()).version()).isEqualTo(before + 1);
    }
}
