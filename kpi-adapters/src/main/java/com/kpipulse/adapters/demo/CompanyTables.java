package com.kpipulse.adapters.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The tables other teams of the demo shop keep in spreadsheets and 1C, imported with the generic preset: marketing
 * costs by channel, finance, mailings, the communities, and the monthly market, receivables and survey figures.
 */
final class CompanyTables {

    private static final Map<String, String> DAILY_IN_RUB = Map.of("grain", "day", "currency", "RUB");

    private CompanyTables() {
    }

    /** Accounting's marketing costs by channel: ad platforms with agency fee and creatives, SEO, SMM, mailings. */
    static DemoFile marketingCosts(CompanyHistory history, Path directory) throws IOException {
        Path file = directory.resolve("marketing-costs.csv");
        try (DelimitedWriter csv = DelimitedWriter.create(file, ';')) {
            csv.line("Дата", "Канал", "Затраты на маркетинг, руб.");
            for (CompanyDay day : history.days()) {
                for (DemoChannel channel : DemoChannel.values()) {
                    long spend = day.marketingSpendKopecks[channel.ordinal()];
                    if (spend > 0) {
                        csv.line(csv.date(day.date), channel.code, csv.money(spend));
                    }
                }
            }
        }
        return new DemoFile("marketing-costs.csv", "generic", Map.of("Дата", "date", "Канал", "channel",
                "Затраты на маркетинг, руб.", "marketing_spend"), DAILY_IN_RUB, file);
    }

    /** Finance's daily management accounts for the whole shop. */
    static DemoFile finance(CompanyHistory history, Path directory) throws IOException {
        Path file = directory.resolve("finance.csv");
        try (DelimitedWriter csv = DelimitedWriter.create(file, ';')) {
            csv.line("Дата", "Затраты на продажи", "Валовая прибыль", "Все затраты");
            for (CompanyDay day : history.days()) {
                csv.line(csv.date(day.date), csv.money(day.salesSpendKopecks), csv.money(day.grossProfitKopecks),
                        csv.money(day.totalCostsKopecks));
            }
        }
        return new DemoFile("finance.csv", "generic", Map.of("Дата", "date", "Затраты на продажи", "sales_spend",
                "Валовая прибыль", "gross_profit", "Все затраты", "total_costs"), DAILY_IN_RUB, file);
    }

    /** The mailing service's campaign statistics. */
    static DemoFile mailings(CompanyHistory history, Path directory) throws IOException {
        Path file = directory.resolve("email-campaigns.csv");
        try (DelimitedWriter csv = DelimitedWriter.create(file, ';')) {
            csv.line("Дата отправки", "Канал", "Рассылка", "Доставлено", "Клики");
            for (CompanyDay day : history.days()) {
                if (day.mailing != null) {
                    csv.line(csv.date(day.date), DemoChannel.EMAIL.code, day.mailing, day.emailsDelivered,
                            day.emailClicks);
                }
            }
        }
        return new DemoFile("email-campaigns.csv", "generic", Map.of("Дата отправки", "date", "Канал", "channel",
                "Рассылка", "campaign", "Доставлено", "emails_delivered", "Клики", "email_clicks"),
                Map.of("grain", "day"), file);
    }

    /** The SMM specialist's daily sheet for the VK community and the Telegram channel. */
    static DemoFile communities(CompanyHistory history, Path directory) throws IOException {
        Path file = directory.resolve("smm-communities.csv");
        DemoChannel[] channels = {DemoChannel.SMM_VK, DemoChannel.TELEGRAM};
        try (DelimitedWriter csv = DelimitedWriter.create(file, ';')) {
            csv.line("Дата", "Канал", "Подписчики", "Охват", "Вовлечения", "Упоминания", "Продажи из соцсетей",
                    "Выручка из соцсетей, руб.");
            for (CompanyDay day : history.days()) {
                for (int i = 0; i < channels.length; i++) {
                    int c = channels[i].ordinal();
                    csv.line(csv.date(day.date), channels[i].code, day.followers[i], day.reach[i],
                            day.engagements[i], day.mentions[i], day.orders[c], csv.money(day.revenue[c] * 100));
                }
            }
        }
        return new DemoFile("smm-communities.csv", "generic", Map.of("Дата", "date", "Канал", "channel",
                "Подписчики", "followers", "Охват", "reach", "Вовлечения", "engagements", "Упоминания", "mentions",
                "Продажи из соцсетей", "social_orders", "Выручка из соцсетей, руб.", "social_revenue"), DAILY_IN_RUB,
                file);
    }

    /** Monthly figures: buyers, the market's size, receivables at month end, the NPS and awareness surveys. */
    static DemoFile monthly(CompanyHistory history, Path directory) throws IOException {
        Path file = directory.resolve("monthly-market-and-surveys.csv");
        DateTimeFormatter firstOfMonth = DateTimeFormatter.ofPattern("01.MM.yyyy");
        try (DelimitedWriter csv = DelimitedWriter.create(file, ';')) {
            csv.line("Месяц", "Активные клиенты", "Объём рынка, руб.", "Дебиторская задолженность, руб.",
                    "Промоутеры", "Нейтралы", "Критики", "Знают бренд", "Опрошено");
            for (CompanyMonth month : history.months()) {
                csv.line(firstOfMonth.format(month.month()), month.activeCustomers(),
                        csv.money(month.marketRevenue() * 100), csv.money(month.receivables() * 100),
                        month.promoters(), month.passives(), month.detractors(), month.awareRespondents(),
                        month.surveyRespondents());
            }
        }
        return new DemoFile("monthly-market-and-surveys.csv", "generic", Map.of("Месяц", "date",
                "Активные клиенты", "active_customers", "Объём рынка, руб.", "market_revenue",
                "Дебиторская задолженность, руб.", "receivables", "Промоутеры", "nps_promoters", "Нейтралы",
                "nps_passives", "Критики", "nps_detractors", "Знают бренд", "aware_respondents",
                "Опрошено", "survey_respondents"), Map.of("grain", "month", "currency", "RUB"), file);
    }
}
