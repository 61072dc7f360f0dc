package com.kpipulse.web.admin;

import com.kpipulse.domain.channel.Channel;
import com.kpipulse.domain.channel.ChannelCatalog;

import java.util.List;
import java.util.Locale;

/** A channel in a pick list: its code (the value sent) and its name in the reader's language. */
public record ChannelOption(String code, String name) {

    public static ChannelOption from(Channel channel, Locale locale) {
        return new ChannelOption(channel.code(), channel.name(locale));
    }

    /** Every channel of the catalog, in its order. */
    public static List<ChannelOption> all(ChannelCatalog catalog, Locale locale) {
        return catalog.all().stream().map(channel -> from(channel, locale)).toList();
    }
}
