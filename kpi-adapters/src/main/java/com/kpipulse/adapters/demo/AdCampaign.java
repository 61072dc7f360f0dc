package com.kpipulse.adapters.demo;

/**
 * The demo shop's ad campaigns: which channel, the id and name the platform reports, the campaign's share of the
 * channel's clicks, click-through rate, cost per click at the start (RUB), share of clicks that become a target
 * action in the platform's statistics, and how much better or worse than the channel its visitors buy.
 */
enum AdCampaign {

    DIRECT_BRAND(DemoChannel.YANDEX_DIRECT, "48201234", "Бренд | Поиск", 0.25, 0.090, 14, 0.060, 1.45),
    DIRECT_GOODS(DemoChannel.YANDEX_DIRECT, "48201240", "Товарные | Поиск", 0.45, 0.050, 34, 0.045, 1.00),
    DIRECT_NETWORK(DemoChannel.YANDEX_DIRECT, "48201255", "РСЯ | Ретаргетинг", 0.30, 0.006, 18, 0.030, 0.70),
    VK_LOOKALIKE(DemoChannel.VK_ADS, "7731201", "Lookalike покупателей", 0.45, 0.008, 22, 0.040, 1.00),
    VK_RETARGETING(DemoChannel.VK_ADS, "7731202", "Ретаргетинг корзины", 0.30, 0.012, 18, 0.050, 1.30),
    VK_VIDEO(DemoChannel.VK_ADS, "7731203", "Видео охват", 0.25, 0.004, 24, 0.020, 0.65),
    GOOGLE_BRAND(DemoChannel.GOOGLE_ADS, "20593011", "Search | Brand KZ", 0.55, 0.070, 22, 0.050, 1.20),
    GOOGLE_CATALOG(DemoChannel.GOOGLE_ADS, "20593012", "PMax | Catalog KZ", 0.45, 0.012, 30, 0.035, 0.75);

    final DemoChannel channel;
    final String id;
    final String title;
    final double clickShare;
    final double clickThroughRate;
    final double costPerClick;
    final double targetActionRate;
    final double conversionFactor;

    AdCampaign(DemoChannel channel, String id, String title, double clickShare, double clickThroughRate,
               double costPerClick, double targetActionRate, double conversionFactor) {
        this.channel = channel;
        this.id = id;
        this.title = title;
        this.clickShare = clickShare;
        this.clickThroughRate = clickThroughRate;
        this.costPerClick = costPerClick;
        this.targetActionRate = targetActionRate;
        this.conversionFactor = conversionFactor;
    }

    /**
     * The campaign as the ad platform's report and the CRM's {@code utm_campaign} name it: VK Ads statistics know
     * only the ad plan id (the tag uses the {@code {{campaign_id}}} macro), Direct and Google Ads the name.
     */
    String reportedName() {
        return channel == DemoChannel.VK_ADS ? id : title;
    }
}
