package com.kpipulse.domain.channel;

import com.kpipulse.domain.LocalizedText;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The channels of the department, in the order pages list them: the one list every page, filter, import and the
 * mapping go by. A value's channel must be one of these, and so must the channel of every mapping rule, so a typo
 * such as {@code vk ads} is refused instead of becoming a channel no drill-down shows.
 * <p>
 * The catalog is data admins edit (stored, read through {@code application.channel.ChannelCatalogs}); {@link #seed()}
 * is only what a new installation starts with, the same nine channels the first migration of the catalog stores.
 */
public final class ChannelCatalog {

    private static final ChannelCatalog SEED = new ChannelCatalog(List.of(
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

    /** @throws IllegalArgumentException when a code appears twice (stored catalogs never hold one twice) */
    public ChannelCatalog(List<Channel> channels) {
        this.channels = List.copyOf(channels);
        Set<String> codes = new HashSet<>();
        for (Channel channel : this.channels) {
            if (!codes.add(channel.code())) {
                throw new IllegalArgumentException("Channel «" + channel.code() + "» is in the catalog twice");
            }
        }
    }

    /** The channels a new installation starts with (the migration that creates the stored catalog seeds these). */
    public static ChannelCatalog seed() {
        return SEED;
    }

    public List<Channel> all() {
        return channels;
    }

    public List<String> codes() {
        return channels.stream().map(Channel::code).toList();
    }

    /** The social networks, in catalog order. */
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

    @Override
    public boolean equals(Object other) {
        return other instanceof ChannelCatalog catalog && catalog.channels.equals(channels);
    }

    @Override
    public int hashCode() {
        return channels.hashCode();
    }

    @Override
    public String toString() {
        return "ChannelCatalog" + codes();
    }
}
