package com.kpipulse.adapters.importing;

/**
 * Channel codes the platform presets set; analytics and CRM presets leave the channel to the channel mapping. Each is a
 * channel of the catalog a new installation starts with ({@code PresetChannelsAreChannelsOfTheCatalogTest}).
 */
public final class Channels {

    public static final String YANDEX_DIRECT = "yandex_direct";
    public static final String GOOGLE_ADS = "google_ads";
    public static final String VK_ADS = "vk_ads";

    private Channels() {
    }
}
