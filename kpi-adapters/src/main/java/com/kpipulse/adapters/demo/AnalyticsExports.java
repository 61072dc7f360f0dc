package com.kpipulse.adapters.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the demo shop's web analytics shows: two Yandex Metrica reports (visits by traffic source, and ad visits by
 * UTM tags, because Metrica's "ad traffic" source lumps all ad platforms together) and the funnel table the analyst
 * keeps for the measures Metrica does not export (organic and social visits, returning visitors, carts).
 * <p>
 * The day the counter recorded nothing ({@link DemoStory#metricaMissingDay()}) has no line in either Metrica report:
 * Metrica's reports list only the days that had visits, so that is what a real export of a broken day holds (not
 * a line of zeros). The store then has no value for the day, which the check of incoming data reports as a missing
 * day of each Metrica series. The visitors came all the same: the ad platforms, the CRM and the analyst's table,
 * kept from the shop's own figures, have the day.
 */
final class AnalyticsExports {

    private AnalyticsExports() {
    }

    /** Metrica "Sources, summary" by day: search, social, messengers, mailings and direct visits. */
    static DemoFile metricaTrafficSources(CompanyHistory history, Path directory) throws IOException {
        Path file = directory.resolve("metrica-traffic-sources.csv");
        try (DelimitedWriter csv = DelimitedWriter.create(file, ',')) {
            csv.line("Дата визита", "Последний значимый источник трафика", "Визиты", "Посетители", "Время на сайте");
            for (CompanyDay day : recorded(history)) {
                for (DemoChannel channel : DemoChannel.values()) {
                    if (!channel.isAdvertising()) {
                        visitsLine(csv, day, channel, channel.metricaSource);
                    }
                }
            }
        }
        return new DemoFile("metrica-traffic-sources.csv", "metrica-report-csv", Map.of(), Map.of(), file);
    }

    /** Metrica report by UTM Source and UTM Medium for the paid channels. */
    static DemoFile metricaAdTraffic(CompanyHistory history, Path directory) throws IOException {
        Path file = directory.resolve("metrica-ad-traffic.csv");
        try (DelimitedWriter csv = DelimitedWriter.create(file, ',')) {
            csv.line("Дата визита", "UTM Source", "UTM Medium", "Визиты", "Посетители", "Время на сайте");
            for (CompanyDay day : recorded(history)) {
                for (DemoChannel channel : DemoChannel.values()) {
                    if (channel.isAdvertising()) {
                        int c = channel.ordinal();
                        csv.line(day.date, channel.utmSource, channel.utmMedium, day.visits[c], day.users[c],
                                duration(day.averageSeconds[c]));
                    }
                }
            }
        }
        return new DemoFile("metrica-ad-traffic.csv", "metrica-report-csv", Map.of(), Map.of(), file);
    }

    /** The days the Metrica counter recorded. */
    private static List<CompanyDay> recorded(CompanyHistory history) {
        return history.days().stream().filter(day -> history.story().metricaDelivered(day.date)).toList();
    }

    private static void visitsLine(DelimitedWriter csv, CompanyDay day, DemoChannel channel, String source)
            throws IOException {
        int c = channel.ordinal();
        csv.line(day.date, source, day.visits[c], day.users[c], duration(day.averageSeconds[c]));
    }

    /** Metrica's "Время на сайте": {@code 0:02:35}. */
    private static String duration(double seconds) {
        Duration d = Duration.ofSeconds(Math.round(seconds));
        return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }

    /** The analyst's daily funnel sheet for the whole site. */
    static DemoFile siteFunnel(CompanyHistory history, Path directory) throws IOException {
        Path file = directory.resolve("site-funnel.csv");
        try (DelimitedWriter csv = DelimitedWriter.create(file, ';')) {
            csv.line("Дата", "Органический трафик", "Переходы из соцсетей", "Вернувшиеся посетители", "Корзины",
                    "Заказы из корзин");
            for (CompanyDay day : history.days()) {
                long social = day.visits[DemoChannel.SMM_VK.ordinal()] + day.visits[DemoChannel.TELEGRAM.ordinal()];
                csv.line(csv.date(day.date), day.visits[DemoChannel.SEO.ordinal()], social, day.returningVisitors,
                        day.carts, day.cartOrders);
            }
        }
        return new DemoFile("site-funnel.csv", "generic", Map.of("Дата", "date",
                "Органический трафик", "organic_visits", "Переходы из соцсетей", "social_visits",
                "Вернувшиеся посетители", "returning_visitors", "Корзины", "carts", "Заказы из корзин", "cart_orders"),
                Map.of("grain", "day"), file);
    }
}
