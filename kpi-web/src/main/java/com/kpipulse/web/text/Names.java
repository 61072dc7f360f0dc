package com.kpipulse.web.text;

import com.kpipulse.application.channel.ChannelCatalogs;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.measure.MeasureCatalog;
import io.quarkus.arc.Arc;

import java.util.Locale;
import java.util.Map;

/**
 * Readable names of channels (from the stored {@link ChannelCatalog}, kept in memory by {@link ChannelCatalogs}: pages
 * name a channel per row), base measures and source systems; an unknown code as it is.
 */
public final class Names {

    private static final Map<String, LocalizedText> SOURCES = Map.ofEntries(
            Map.entry("yandex_metrica", LocalizedText.of("Метрика", "Metrica")),
            Map.entry("yandex_direct", LocalizedText.of("Директ", "Direct")),
            Map.entry("ga4", LocalizedText.of("GA4", "GA4")),
            Map.entry("google_ads", LocalizedText.of("Google Ads", "Google Ads")),
            Map.entry("vk_ads", LocalizedText.of("VK Реклама", "VK Ads")),
            Map.entry("amocrm", LocalizedText.of("amoCRM", "amoCRM")),
            Map.entry("bitrix24", LocalizedText.of("Битрикс24", "Bitrix24")),
            Map.entry("hubspot", LocalizedText.of("HubSpot", "HubSpot")),
            Map.entry("crm", LocalizedText.of("CRM", "CRM")),
            Map.entry("manual", LocalizedText.of("Ручной ввод", "Manual entry")),
            Map.entry("generic", LocalizedText.of("Файлы в общем формате", "Files in the generic format")));

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
        LocalizedText name = SOURCES.get(code);
        return name == null ? code : name.in(locale);
    }
}
