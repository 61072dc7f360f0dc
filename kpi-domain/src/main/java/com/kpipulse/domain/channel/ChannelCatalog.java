package com.kpipulse.domain.channel;

import com.kpipulse.domain.LocalizedText;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The channels of the department, in the order pages list them: the one list every page, filter, import and the
 * mapping go by. A value's channel must be one of these (or one an admin's mapping rule names), so a typo such as
 * {@code vk ads} is refused instead of becoming a channel no drill-down shows.
 */
public final class ChannelCatalog {

    private static final ChannelCatalog STANDARD = new ChannelCatalog(List.of(
            new Channel("yandex_direct", LocalizedText.of("Яндекс Директ", "Yandex Direct"), true, false),
            new Channel("vk_ads", LocalizedText.of("VK Реклама", "VK Ads"), true, false),
            new Channel("google_ads", LocalizedText.of("Google Ads", "Google Ads"), true, false),
            new Channel("seo", LocalizedText.of("SEO", "SEO"), false, false),
            new Channel("smm_vk", LocalizedText.of("ВКонтакте (SMM)", "VK (SMM)"), false, true),
            new Channel("telegram", LocalizedText.of("Telegram", "Telegram"), false, true),
            new Channel("email", LocalizedText.of("Email-рассылки", "Email"), false, false),
            new Channel("direct", LocalizedText.of("Прямые заходы", "Direct visits"), false, false),
            new Channel("referral", LocalizedText.of("Переходы с сайтов", "Referrals"), false, false)));

    private final List<Channel> channels;

    public ChannelCatalog(List<Channel> channels) {
        this.channels = List.copyOf(channels);
    }

    public static ChannelCatalog standard() {
        return STANDARD;
    }

    public List<Channel> all() {
        return channels;
    }

    public List<String> codes() {
        return channels.stream().map(Channel::code).toList();
    }

    /** The social networks and messengers, in the catalog's order. */
    public List<Channel> social() {
        return channels.stream().filter(Channel::social).toList();
    }

    public Optional<Channel> find(String code) {
        return channels.stream().filter(channel -> channel.code().equals(code)).findFirst();
    }

    public boolean contains(String code) {
        return find(code).isPresent();
    }

    /** The channel's name in the reader's language; an unknown code as it is. */
    public String name(String code, Locale locale) {
        return find(code).map(channel -> channel.name(locale)).orElse(code);
    }
}
