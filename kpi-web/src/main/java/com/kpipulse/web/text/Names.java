package com.kpipulse.web.text;

import com.kpipulse.application.channel.ChannelCatalogs;
import com.kpipulse.application.measure.SourceSystems;
import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.measure.MeasureCatalog;
import io.quarkus.arc.Arc;

import java.util.Locale;

/**
 * Readable names of channels (from the stored {@link ChannelCatalog}, kept in memory by {@link ChannelCatalogs}: pages
 * name a channel per row), base measures and source systems; an unknown code as it is.
 */
public final class Names {

    private Names() {
    }

    public static String channel(String code, Locale locale) {
        return channels().name(code, locale);
    }

    /** The channel catalog as it stands (the application's, kept in memory until it changes). */
    public static ChannelCatalog channels() {
        return Arc.container().instance(ChannelCatalogs.class).get().current();
    }

    /** A base measure by its name in the catalog; an unknown code as it is. */
    public static String measure(String code, Locale locale) {
        return MeasureCatalog.standard().find(code).map(measure -> measure.name(locale)).orElse(code);
    }

    public static String source(String code, Locale locale) {
        return SourceSystems.name(code).in(locale);
    }
}
