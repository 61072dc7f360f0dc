package com.kpipulse.domain.channel;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TheMostSpecificChannelRuleWinsTest {

    private final ChannelMapping mapping = new ChannelMapping(List.of(
            new ChannelRule("google / *", "seo"),
            new ChannelRule("google / cpc", "google_ads"),
            new ChannelRule("yandex / *", "seo"),
            new ChannelRule("yandex / cpc*", "yandex_direct"),
            new ChannelRule("vk.com / social", "smm_vk")));

    @Test
    void anExactRuleBeatsAWildcard() {
        assertThat(mapping.channelOf("google / cpc")).contains("google_ads");
        assertThat(mapping.channelOf("google / organic")).contains("seo");
    }

    @Test
    void theLongerWildcardIsMoreSpecific() {
        assertThat(mapping.channelOf("yandex / cpc_retargeting")).contains("yandex_direct");
        assertThat(mapping.channelOf("yandex / organic")).contains("seo");
    }

    @Test
    void matchingIgnoresCaseAndExtraSpaces() {
        assertThat(mapping.channelOf("  VK.com   /  Social ")).contains("smm_vk");
    }

    @Test
    void anUnknownOrEmptySourceHasNoChannel() {
        assertThat(mapping.channelOf("bing / cpc")).isEmpty();
        assertThat(mapping.channelOf("")).isEmpty();
        assertThat(mapping.channelOf(null)).isEmpty();
    }

    @Test
    void aRuleNeedsAPatternAndASnakeCaseChannel() {
        assertThatThrownBy(() -> new ChannelRule("*", "seo")).hasMessageContaining("source pattern");
        assertThatThrownBy(() -> new ChannelRule("google / cpc", "Google Ads")).hasMessageContaining("lower_snake_case");
    }
}
