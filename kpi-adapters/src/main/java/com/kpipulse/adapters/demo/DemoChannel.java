package com.kpipulse.adapters.demo;

/**
 * The demo shop's eight marketing channels and how each behaves: visits a day at the start, growth over the two
 * years, share of visits that end in a paid order, average order, share of buyers who are new, share of returning
 * visitors, average visit length, and how its leads are tagged in the CRM ({@code utm_source / utm_medium}, which the
 * default channel mapping resolves). Ad channels get their visits from their campaigns' clicks and cost what the
 * platform charges plus a markup (agency fee, creatives); the others cost a fixed amount a day.
 */
enum DemoChannel {

    YANDEX_DIRECT("yandex_direct", 1500, 0.20, 0.0140, 5200, 0.72, 0.22, 150, "yandex", "cpc", null, 0, 1.10),
    VK_ADS("vk_ads", 800, 0.15, 0.0110, 4800, 0.78, 0.15, 95, "vk", "cpc", null, 0, 1.12),
    GOOGLE_ADS("google_ads", 200, 0.10, 0.0100, 6000, 0.80, 0.18, 130, "google", "cpc", null, 0, 1.10),
    SEO("seo", 2000, 0.40, 0.0110, 5000, 0.68, 0.25, 175, "yandex", "organic", "Переходы из поисковых систем",
            4600, 0),
    SMM_VK("smm_vk", 300, 0.20, 0.0070, 4200, 0.62, 0.30, 110, "vk.com", "social", "Переходы из социальных сетей",
            3500, 0),
    TELEGRAM("telegram", 180, 0.90, 0.0100, 4600, 0.50, 0.40, 140, "telegram", "social", "Переходы из мессенджеров",
            2200, 0),
    /** Visits follow the mailings (see {@link CompanyHistory}), so there is no base number of visits. */
    EMAIL("email", 0, 0, 0.0260, 5400, 0.12, 0.75, 190, "newsletter", "email", "Переходы из почтовых рассылок",
            1200, 0),
    /** Direct visits carry no UTM medium; "(none)" would read as "no data", so the CRM tags them "direct". */
    DIRECT("direct", 700, 0.15, 0.0220, 5800, 0.30, 0.65, 240, "direct", null, "Прямые заходы", 0, 0);

    final String code;
    final double visitsPerDay;
    final double growth;
    final double conversion;
    final double averageOrder;
    final double newCustomerShare;
    final double returningShare;
    final double sessionSeconds;
    final String utmSource;
    final String utmMedium;
    /** Metrica's "last significant traffic source" for channels without UTM tags; null for ad channels. */
    final String metricaSource;
    final double costPerDay;
    /** Marketing spend per rouble of ad spend; 0 for channels without an ad platform. */
    final double adMarkup;

    DemoChannel(String code, double visitsPerDay, double growth, double conversion, double averageOrder,
                double newCustomerShare, double returningShare, double sessionSeconds, String utmSource,
                String utmMedium, String metricaSource, double costPerDay, double adMarkup) {
        this.code = code;
        this.visitsPerDay = visitsPerDay;
        this.growth = growth;
        this.conversion = conversion;
        this.averageOrder = averageOrder;
        this.newCustomerShare = newCustomerShare;
        this.returningShare = returningShare;
        this.sessionSeconds = sessionSeconds;
        this.utmSource = utmSource;
        this.utmMedium = utmMedium;
        this.metricaSource = metricaSource;
        this.costPerDay = costPerDay;
        this.adMarkup = adMarkup;
    }

    boolean isAdvertising() {
        return adMarkup > 0;
    }

    /** The raw source a CRM or analytics row carries for this channel, as the channel mapping reads it. */
    String utm() {
        return utmMedium == null ? utmSource : utmSource + " / " + utmMedium;
    }
}
