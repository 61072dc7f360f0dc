package com.kpipulse.adapters.demo;

import java.time.LocalDate;

/**
 * Everything the demo shop's systems recorded on one day. Arrays are indexed by {@link DemoChannel#ordinal()} or
 * {@link AdCampaign#ordinal()}; money is in kopecks, except deal budgets and revenue, which are whole roubles.
 * Orders land on the day their deal closes, so they are final once every earlier day has been simulated.
 */
final class CompanyDay {

    private static final int CHANNELS = DemoChannel.values().length;
    private static final int CAMPAIGNS = AdCampaign.values().length;

    final LocalDate date;

    final long[] impressions = new long[CAMPAIGNS];
    final long[] clicks = new long[CAMPAIGNS];
    final long[] adSpendKopecks = new long[CAMPAIGNS];
    final long[] targetActions = new long[CAMPAIGNS];

    final long[] visits = new long[CHANNELS];
    final long[] users = new long[CHANNELS];
    final double[] averageSeconds = new double[CHANNELS];
    final long[] marketingSpendKopecks = new long[CHANNELS];

    final long[] qualifiedLeads = new long[CHANNELS];
    final long[] orders = new long[CHANNELS];
    final long[] revenue = new long[CHANNELS];
    final long[] newCustomers = new long[CHANNELS];
    final long[] repeatOrders = new long[CHANNELS];

    String mailing;
    long emailsDelivered;
    long emailClicks;

    /** Indexed 0 = VK community ({@code smm_vk}), 1 = Telegram channel. */
    final long[] followers = new long[2];
    final long[] reach = new long[2];
    final long[] engagements = new long[2];
    final long[] mentions = new long[2];

    long returningVisitors;
    long carts;
    long cartOrders;
    long customersStart;
    long customersEnd;
    long requests;
    long responseMinutes;
    long salesSpendKopecks;
    long grossProfitKopecks;
    long totalCostsKopecks;

    CompanyDay(LocalDate date) {
        this.date = date;
    }

    long totalOrders() {
        long sum = 0;
        for (long o : orders) {
            sum += o;
        }
        return sum;
    }

    long totalRevenue() {
        long sum = 0;
        for (long r : revenue) {
            sum += r;
        }
        return sum;
    }

    long totalMarketingSpendKopecks() {
        long sum = 0;
        for (long s : marketingSpendKopecks) {
            sum += s;
        }
        return sum;
    }
}
