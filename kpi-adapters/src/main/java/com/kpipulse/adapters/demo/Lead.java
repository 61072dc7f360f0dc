package com.kpipulse.adapters.demo;

/**
 * One deal in the demo CRM: every site order and every call-back request becomes one.
 *
 * @param createdAt Unix seconds
 * @param closedAt  Unix seconds, or 0 while the deal is still open
 * @param status    amoCRM status: {@link #WON}, {@link #LOST} or {@link #IN_PROGRESS}
 * @param price     the deal's budget in roubles
 * @param campaign  the ad campaign that brought it, or null
 * @param utmSource the tag it came with (organic search comes from Yandex or Google)
 */
record Lead(long id, long createdAt, long closedAt, int status, long price, DemoChannel channel, AdCampaign campaign,
            String utmSource) {

    static final int WON = 142;
    static final int LOST = 143;
    static final int IN_PROGRESS = 60456942;
}
