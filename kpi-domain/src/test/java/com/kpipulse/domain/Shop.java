package com.kpipulse.domain;

import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small web shop with numbers chosen so that every KPI can be worked out by hand: October,
 * November and a bit of December 2026, channels direct / vk / tg / email.
 * The hand calculations are written next to the expectations in the tests.
 */
public final class Shop {

    public static final Currency RUB = Currency.getInstance("RUB");
    public static final Currency USD = Currency.getInstance("USD");

    private final List<Observation> rows = new ArrayList<>();

    public static ObservationSet autumn2026() {
        var shop = new Shop();
        // October: only what the growth KPIs and the quarter need.
        shop.money("revenue", oct(10), "direct", "1000000")
                .count("orders", oct(10), "direct", "250")
                .count("visits", oct(10), "direct", "10000")
                .count("organic_visits", oct(15), null, "5000")
                .count("followers", oct(31), "vk", "9000")
                .count("followers", oct(20), "tg", "2000");
        // November: every measure, spread over days and channels.
        shop.money("revenue", nov(5), "direct", "500000")
                .money("revenue", nov(20), "direct", "300000")
                .money("revenue", nov(12), "vk", "400000")
                .money("total_costs", nov(30), null, "900000")
                .money("marketing_spend", nov(1), "direct", "150000")
                .money("marketing_spend", nov(1), "vk", "50000")
                .money("ad_spend", nov(3), "direct", "60000")
                .money("ad_spend", nov(3), "vk", "40000")
                .money("gross_profit", nov(30), null, "500000")
                .money("sales_spend", nov(30), null, "100000")
                .count("new_customers", nov(15), "direct", "40")
                .count("new_customers", nov(15), "vk", "20")
                .count("target_actions", nov(15), "direct", "400")
                .count("clicks", nov(10), "direct", "3000")
                .count("clicks", nov(10), "vk", "2000")
                .count("impressions", nov(10), "direct", "150000")
                .count("impressions", nov(10), "vk", "100000")
                .count("orders", nov(5), "direct", "150")
                .count("orders", nov(20), "direct", "100")
                .count("orders", nov(12), "vk", "150")
                .count("emails_delivered", nov(2), "email", "10000")
                .count("email_clicks", nov(2), "email", "350")
                .perPeriod("active_customers", Period.month(YearMonth.of(2026, 11)), "direct", "200", null)
                .perPeriod("active_customers", Period.month(YearMonth.of(2026, 11)), "vk", "100", null)
                .count("visits", nov(5), "direct", "7000")
                .count("visits", nov(20), "direct", "5000")
                .count("visits", nov(12), "vk", "8000")
                .count("leads", nov(10), "direct", "800")
                .count("converted_leads", nov(10), "direct", "120")
                .count("qualified_leads", nov(10), "direct", "320")
                .money("lead_revenue", nov(25), "direct", "600000")
                .count("customers_start", nov(1), null, "1000")
                .count("customers_end", nov(15), null, "1010")
                .count("customers_end", nov(30), null, "1020")
                .count("repeat_orders", nov(20), "direct", "100")
                .perPeriod("unique_visitors", Period.month(YearMonth.of(2026, 11)), "direct", "9000", null)
                .perPeriod("unique_visitors", Period.month(YearMonth.of(2026, 11)), "vk", "6000", null)
                .count("unique_visitors", nov(5), "direct", "500")
                .count("returning_visitors", nov(30), "direct", "4500")
                .count("organic_visits", nov(15), null, "6000")
                .count("session_seconds", nov(15), "direct", "2400000")
                .count("social_visits", nov(15), "vk", "3000")
                .count("carts", nov(15), "direct", "500")
                .count("cart_orders", nov(15), "direct", "400")
                .count("followers", nov(10), "vk", "9500")
                .count("followers", nov(30), "vk", "10000")
                .count("followers", nov(25), "tg", "2500")
                .count("engagements", nov(15), "vk", "2000")
                .count("reach", nov(15), "vk", "50000")
                .count("mentions", nov(15), null, "75")
                .count("social_orders", nov(15), "vk", "30")
                .count("nps_promoters", nov(30), null, "60")
                .count("nps_passives", nov(30), null, "25")
                .count("nps_detractors", nov(30), null, "15")
                .count("aware_respondents", nov(30), null, "180")
                .count("survey_respondents", nov(30), null, "600")
                .count("requests", nov(30), null, "200")
                .count("response_minutes", nov(30), null, "3000")
                .perPeriod("market_revenue", Period.month(YearMonth.of(2026, 11)), null, "24000000", RUB)
                .money("receivables", nov(5), null, "300000")
                .money("receivables", nov(28), null, "250000");
        // December: a month where the marketing budget and the new customers are zero.
        shop.money("revenue", dec(5), "direct", "100000")
                .money("marketing_spend", dec(1), "direct", "0")
                .money("sales_spend", dec(10), "direct", "1000")
                .count("new_customers", dec(10), "direct", "0");
        return shop.build();
    }

    public Shop money(String measure, LocalDate day, String channel, String amount) {
        return add(measure, Period.day(day), channel, amount, RUB);
    }

    public Shop money(String measure, LocalDate day, String channel, String amount, Currency currency) {
        return add(measure, Period.day(day), channel, amount, currency);
    }

    public Shop count(String measure, LocalDate day, String channel, String value) {
        return add(measure, Period.day(day), channel, value, null);
    }

    public Shop perPeriod(String measure, Period period, String channel, String value, Currency currency) {
        return add(measure, period, channel, value, currency);
    }

    public ObservationSet build() {
        return ObservationSet.of(rows);
    }

    private Shop add(String measure, Period period, String channel, String value, Currency currency) {
        rows.add(new Observation(new MeasureCode(measure), period,
                channel == null ? Map.of() : Map.of("channel", channel),
                new BigDecimal(value), Optional.ofNullable(currency)));
        return this;
    }

    public static LocalDate oct(int day) {
        return LocalDate.of(2026, 10, day);
    }

    public static LocalDate nov(int day) {
        return LocalDate.of(2026, 11, day);
    }

    public static LocalDate dec(int day) {
        return LocalDate.of(2026, 12, day);
    }

    /** "2026-11-05", "2026-W45", "2026-11", "2026-Q4", "2026". */
    public static Period period(String label) {
        if (label.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Period.day(LocalDate.parse(label));
        }
        if (label.matches("\\d{4}-W\\d{2}")) {
            return Period.isoWeek(Integer.parseInt(label.substring(0, 4)), Integer.parseInt(label.substring(6)));
        }
        if (label.matches("\\d{4}-Q\\d")) {
            return Period.quarter(Integer.parseInt(label.substring(0, 4)), Integer.parseInt(label.substring(6)));
        }
        if (label.matches("\\d{4}-\\d{2}")) {
            return Period.month(YearMonth.parse(label));
        }
        return Period.year(Integer.parseInt(label));
    }
}
