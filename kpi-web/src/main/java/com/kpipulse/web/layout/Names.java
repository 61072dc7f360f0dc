package com.kpipulse.web.layout;

import com.kpipulse.domain.LocalizedText;

import java.util.Locale;
import java.util.Map;

/** Readable names of channels and source systems; an unknown code is shown as it is. */
public final class Names {

    private static final Map<String, LocalizedText> CHANNELS = Map.of(
            "yandex_direct", LocalizedText.of("Яндекс Директ", "Yandex Direct"),
            "vk_ads", LocalizedText.of("VK Реклама", "VK Ads"),
            "google_ads", LocalizedText.of("Google Ads", "Google Ads"),
            "seo", LocalizedText.of("SEO", "SEO"),
            "smm_vk", LocalizedText.of("ВКонтакте (SMM)", "VK (SMM)"),
            "telegram", LocalizedText.of("Telegram", "Telegram"),
            "email", LocalizedText.of("Email-рассылки", "Email"),
            "direct", LocalizedText.of("Прямые заходы", "Direct visits"));

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
        LocalizedText name = CHANNELS.get(code);
        return name == null ? code : name.in(locale);
    }

    public static String source(String code, Locale locale) {
        LocalizedText name = SOURCES.get(code);
        return name == null ? code : name.in(locale);
    }
}
