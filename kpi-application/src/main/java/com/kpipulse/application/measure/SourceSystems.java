package com.kpipulse.application.measure;

import com.kpipulse.domain.LocalizedText;

import java.util.Map;

/**
 * What a reader calls the source systems values come from («Метрика», "VK Ads"): pages, the API and the sentences
 * of the use cases (the check of incoming data names the system a series came from) all ask here. An unknown code is
 * its own name.
 */
public final class SourceSystems {

    private static final Map<String, LocalizedText> NAMES = Map.ofEntries(
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

    private SourceSystems() {
    }

    public static LocalizedText name(String code) {
        LocalizedText name = NAMES.get(code);
        return name == null ? LocalizedText.of(code, code) : name;
    }
}
