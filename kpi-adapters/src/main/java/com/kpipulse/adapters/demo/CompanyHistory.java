package com.kpipulse.adapters.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Two years in the life of a mid-size online shop, simulated day by day from a fixed seed, so every load tells the
 * same story:
 * <ul>
 *     <li>traffic grows (SEO and Telegram fastest) while the site converts a little worse every month;</li>
 *     <li>Yandex Direct pays back all along;</li>
 *     <li>VK Ads got more budget five months ago, its clicks got dearer and its audience stopped buying: over the
 *     last quarter it returns less than it costs;</li>
 *     <li>weekends are quieter, summer dips, November and December peak;</li>
 *     <li>in the last weeks, the {@link DemoStory}: VK Ads' visitors buy less than half as often, Google Ads' budget
 *     is cut by more than half, and Metrica misses a day.</li>
 * </ul>
 */
final class CompanyHistory {

    static final ZoneId SHOP_ZONE = ZoneId.of("Europe/Moscow");

    /** Ad platforms count clicks; analytics counts a little fewer visits from them. */
    private static final double VISITS_PER_CLICK = 0.93;
    private static final long FIRST_DEAL_ID = 31_000_001L;

    private final SplittableRandom random;
    private final DemoStory story;
    private final List<CompanyDay> days = new ArrayList<>();
    private final List<CompanyMonth> months = new ArrayList<>();
    private final List<Lead> leads = new ArrayList<>();
    private long nextDealId = FIRST_DEAL_ID;
    private long customers = 38_000;
    private long vkFollowers = 18_500;
    private long telegramFollowers = 4_200;
    private long lastMailingClicks;

    private CompanyHistory(long seed, DemoStory story) {
        this.random = new SplittableRandom(seed);
        this.story = story;
    }

    static CompanyHistory simulate(LocalDate firstDay, LocalDate lastDay, long seed) {
        CompanyHistory history = new CompanyHistory(seed, DemoStory.endingOn(lastDay, seed));
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            history.days.add(new CompanyDay(day));
        }
        for (int index = 0; index < history.days.size(); index++) {
            history.live(index);
        }
        return history;
    }

    List<CompanyDay> days() {
        return days;
    }

    List<CompanyMonth> months() {
        return months;
    }

    List<Lead> leads() {
        return leads;
    }

    DemoStory story() {
        return story;
    }

    LocalDate firstDay() {
        return days.get(0).date;
    }

    LocalDate lastDay() {
        return days.get(days.size() - 1).date;
    }

    private void live(int index) {
        CompanyDay day = days.get(index);
        double progress = (double) index / (days.size() - 1);
        double season = Seasonality.yearly(day.date) * Seasonality.weekly(day.date);
        advertise(day, progress, season, vkFatigue(index));
        attractWithoutAds(day, progress, season);
        mail(day, progress);
        for (DemoChannel channel : DemoChannel.values()) {
            day.users[channel.ordinal()] = Math.round(day.visits[channel.ordinal()] * (0.84 + 0.06 * random.nextDouble()));
            day.averageSeconds[channel.ordinal()] = channel.sessionSeconds * noise(0.10);
            day.returningVisitors += Math.round(day.visits[channel.ordinal()] * channel.returningShare);
        }
        for (AdCampaign campaign : AdCampaign.values()) {
            double visits = day.clicks[campaign.ordinal()] * VISITS_PER_CLICK;
            createDeals(index, campaign.channel, campaign, visits, progress, campaign.conversionFactor);
        }
        for (DemoChannel channel : DemoChannel.values()) {
            if (!channel.isAdvertising()) {
                createDeals(index, channel, null, day.visits[channel.ordinal()], progress, 1.0);
            }
        }
        keepTheBooks(day, progress);
        runCommunities(day, progress);
        if (day.date.equals(day.date.with(TemporalAdjusters.lastDayOfMonth())) && !day.date.withDayOfMonth(1)
                .isBefore(firstDay())) {
            closeMonth(YearMonth.from(day.date), progress);
        }
    }

    /**
     * VK Ads fatigue, 0 to 1: from five months before the end the budget was raised, clicks got dearer and the
     * audience converted worse; over the last quarter the effect is complete.
     */
    private double vkFatigue(int index) {
        int start = days.size() - 150;
        int full = days.size() - 92;
        return Math.clamp((double) (index - start) / (full - start), 0.0, 1.0);
    }

    private void advertise(CompanyDay day, double progress, double season, double vkFatigue) {
        double[] channelNoise = new double[DemoChannel.values().length];
        for (DemoChannel channel : DemoChannel.values()) {
            channelNoise[channel.ordinal()] = noise(0.06);
        }
        double peakPricing = 1 + 0.5 * Math.max(0, Seasonality.yearly(day.date) - 1);
        double[] clicksTotal = new double[DemoChannel.values().length];
        double googleBudget = story.googleBudgetCut(day.date) ? DemoStory.GOOGLE_BUDGET_KEPT : 1;
        double vkGoals = story.vkConversionDropped(day.date) ? DemoStory.VK_CONVERSION_KEPT : 1;
        for (AdCampaign campaign : AdCampaign.values()) {
            DemoChannel channel = campaign.channel;
            boolean vk = channel == DemoChannel.VK_ADS;
            // a smaller budget buys fewer impressions and clicks at the same price
            double budget = channel == DemoChannel.GOOGLE_ADS ? googleBudget : 1;
            double visits = channel.visitsPerDay * (1 + channel.growth * progress) * season
                    * channelNoise[channel.ordinal()] * (vk ? 1 + 0.35 * vkFatigue : 1) * budget;
            long clicks = Math.round(visits / VISITS_PER_CLICK * campaign.clickShare * noise(0.05));
            double costPerClick = campaign.costPerClick * (1 + 0.18 * progress) * peakPricing
                    * (vk ? 1 + 0.5 * vkFatigue : 1) * noise(0.07);
            int c = campaign.ordinal();
            day.clicks[c] = clicks;
            day.impressions[c] = Math.round(clicks / (campaign.clickThroughRate * noise(0.08)));
            day.adSpendKopecks[c] = Math.round(clicks * costPerClick * 100);
            // the platform's goals are the site's, reported back by its pixel: they fall with the site's conversion
            day.targetActions[c] = poisson(clicks * campaign.targetActionRate * (vk ? vkGoals : 1));
            day.marketingSpendKopecks[channel.ordinal()] += Math.round(day.adSpendKopecks[c] * channel.adMarkup);
            clicksTotal[channel.ordinal()] += clicks;
        }
        for (DemoChannel channel : DemoChannel.values()) {
            if (channel.isAdvertising()) {
                day.visits[channel.ordinal()] = Math.round(clicksTotal[channel.ordinal()] * VISITS_PER_CLICK
                        * noise(0.02));
            }
        }
    }

    private void attractWithoutAds(CompanyDay day, double progress, double season) {
        for (DemoChannel channel : DemoChannel.values()) {
            if (channel.isAdvertising() || channel == DemoChannel.EMAIL) {
                continue;
            }
            day.visits[channel.ordinal()] = Math.round(channel.visitsPerDay * (1 + channel.growth * progress) * season
                    * noise(0.08));
            day.marketingSpendKopecks[channel.ordinal()] = Math.round(channel.costPerDay * (1 + 0.1 * progress) * 100);
        }
    }

    /** A digest on Tuesdays, news on Thursdays, extra mailings for Black Friday and before New Year. */
    private void mail(CompanyDay day, double progress) {
        day.mailing = mailing(day.date);
        long clicks = 0;
        if (day.mailing != null) {
            double listSize = 52_000 * (1 + 0.3 * progress);
            day.emailsDelivered = Math.round(listSize * (0.955 + 0.02 * random.nextDouble()));
            clicks = Math.round(day.emailsDelivered * 0.021 * (1 - 0.15 * progress) * noise(0.15));
            day.emailClicks = clicks;
        }
        double visits = 0.85 * clicks + 0.25 * lastMailingClicks + 35 * noise(0.2);
        lastMailingClicks = clicks;
        day.visits[DemoChannel.EMAIL.ordinal()] = Math.round(visits);
        day.marketingSpendKopecks[DemoChannel.EMAIL.ordinal()] = Math.round(DemoChannel.EMAIL.costPerDay * 100);
    }

    private static String mailing(LocalDate date) {
        LocalDate blackFriday = date.withMonth(11).with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY));
        if (date.equals(blackFriday) || date.equals(blackFriday.minusDays(3))) {
            return "Чёрная пятница";
        }
        if (date.getMonth() == Month.DECEMBER && date.getDayOfWeek() == DayOfWeek.MONDAY
                && date.getDayOfMonth() < 29) {
            return "Подарки к Новому году";
        }
        return switch (date.getDayOfWeek()) {
            case TUESDAY -> "Дайджест недели";
            case THURSDAY -> "Новинки";
            default -> null;
        };
    }

    /**
     * The deals the day's visitors open: won ones close within three days and count as orders on that day, lost
     * ones within a week; deals that would close after the last day are still open.
     */
    private void createDeals(int index, DemoChannel channel, AdCampaign campaign, double visits, double progress,
                             double conversionFactor) {
        CompanyDay day = days.get(index);
        boolean vk = channel == DemoChannel.VK_ADS;
        double fatigue = vk ? 1 - 0.45 * vkFatigue(index) : 1;
        double drop = vk && story.vkConversionDropped(day.date) ? DemoStory.VK_CONVERSION_KEPT : 1;
        double won = visits * channel.conversion * conversionFactor * (1 - 0.10 * progress) * fatigue * drop;
        long wonDeals = poisson(won);
        long lostDeals = poisson(won * 0.62);
        for (long i = 0; i < wonDeals + lostDeals; i++) {
            boolean wins = i < wonDeals;
            int delay = wins ? winDelay() : 1 + random.nextInt(6);
            long created = epochSecond(day.date, LocalTime.of(8, 0).plusMinutes(random.nextInt(13 * 60)));
            String source = channel == DemoChannel.SEO && random.nextDouble() < 0.25 ? "google" : channel.utmSource;
            boolean qualified = wins || random.nextDouble() < 0.35;
            if (qualified) {
                day.qualifiedLeads[channel.ordinal()]++;
            }
            if (index + delay >= days.size()) {
                leads.add(new Lead(nextDealId++, created, 0, Lead.IN_PROGRESS, price(channel, day.date), channel,
                        campaign, source));
                continue;
            }
            CompanyDay closing = days.get(index + delay);
            long closed = epochSecond(closing.date, LocalTime.of(21, 0).plusMinutes(random.nextInt(150)));
            long price = price(channel, day.date);
            leads.add(new Lead(nextDealId++, created, closed, wins ? Lead.WON : Lead.LOST, price, channel, campaign,
                    source));
            if (wins) {
                int c = channel.ordinal();
                closing.orders[c]++;
                closing.revenue[c] += price;
                if (random.nextDouble() < channel.newCustomerShare) {
                    closing.newCustomers[c]++;
                } else {
                    closing.repeatOrders[c]++;
                }
            }
        }
    }

    private int winDelay() {
        double r = random.nextDouble();
        return r < 0.5 ? 0 : r < 0.8 ? 1 : r < 0.92 ? 2 : 3;
    }

    private long price(DemoChannel channel, LocalDate created) {
        double gifts = created.getMonth() == Month.DECEMBER ? 1.12 : created.getMonth() == Month.NOVEMBER ? 1.05 : 1;
        return Math.max(390, Math.round(channel.averageOrder * gifts * noise(0.45) / 10) * 10);
    }

    /** The customer base, the site funnel, support and finance: all follow from the day's orders. */
    private void keepTheBooks(CompanyDay day, double progress) {
        long orders = day.totalOrders();
        long newCustomers = 0;
        for (long n : day.newCustomers) {
            newCustomers += n;
        }
        day.customersStart = customers;
        customers += newCustomers - poisson(customers * 0.0011);
        day.customersEnd = customers;

        day.cartOrders = Math.round(orders * 0.86);
        day.carts = Math.round(day.cartOrders / ((0.28 - 0.025 * progress) * noise(0.05)));

        double peakLoad = Math.max(0, Seasonality.yearly(day.date) - 1.05);
        day.requests = poisson(orders * 0.4 + 12);
        day.responseMinutes = Math.round(day.requests * 18 * (1 + 1.2 * peakLoad) * noise(0.15));

        long revenueKopecks = day.totalRevenue() * 100;
        day.salesSpendKopecks = Math.round(26_000 * (1 + 0.12 * progress) * 100);
        day.grossProfitKopecks = Math.round(revenueKopecks * 0.37 * noise(0.02));
        day.totalCostsKopecks = revenueKopecks - day.grossProfitKopecks + day.totalMarketingSpendKopecks()
                + day.salesSpendKopecks + 42_000 * 100L;
    }

    private void runCommunities(CompanyDay day, double progress) {
        double season = Seasonality.yearly(day.date);
        vkFollowers += poisson(16 * season * (1 + 0.3 * progress)) - poisson(5);
        telegramFollowers += poisson(9 * (1 + 1.5 * progress)) - poisson(2);
        day.followers[0] = vkFollowers;
        day.followers[1] = telegramFollowers;
        day.reach[0] = Math.round(vkFollowers * 0.30 * Seasonality.weekly(day.date) * noise(0.2));
        day.reach[1] = Math.round(telegramFollowers * 0.60 * noise(0.1));
        day.engagements[0] = Math.round(day.reach[0] * 0.04 * noise(0.15));
        day.engagements[1] = Math.round(day.reach[1] * 0.025 * noise(0.15));
        day.mentions[0] = poisson(5 * season);
        day.mentions[1] = poisson(2 + 2 * progress);
    }

    /** Buyers this month, the market's size and the surveys: customers grow less loyal as conversion slips. */
    private void closeMonth(YearMonth month, double progress) {
        long orders = 0;
        long revenue = 0;
        for (CompanyDay day : days) {
            if (YearMonth.from(day.date).equals(month)) {
                orders += day.totalOrders();
                revenue += day.totalRevenue();
            }
        }
        double marketShare = 0.0065 - 0.0007 * progress;
        long respondents = 260 + random.nextInt(80);
        double promoterShare = 0.52 - 0.07 * progress + 0.02 * random.nextGaussian();
        double detractorShare = 0.16 + 0.05 * progress + 0.015 * random.nextGaussian();
        long promoters = Math.round(respondents * promoterShare);
        long detractors = Math.round(respondents * detractorShare);
        long surveyed = 600;
        long aware = Math.round(surveyed * (0.15 + 0.07 * progress + 0.01 * random.nextGaussian()));
        months.add(new CompanyMonth(month, Math.round(orders * 0.91), Math.round(revenue / marketShare * noise(0.03)),
                Math.round(revenue * 0.065 * noise(0.2)), promoters, respondents - promoters - detractors, detractors,
                aware, surveyed));
    }

    private static long epochSecond(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(SHOP_ZONE).toEpochSecond();
    }

    /** A multiplicative noise around 1 (log-normal, mean 1). */
    private double noise(double sigma) {
        return Math.exp(sigma * random.nextGaussian() - sigma * sigma / 2);
    }

    private long poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        long count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
