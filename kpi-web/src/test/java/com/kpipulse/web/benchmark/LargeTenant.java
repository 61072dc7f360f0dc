package com.kpipulse.web.benchmark;

import io.agroal.api.AgroalDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The large tenant the benchmarks run on, written straight into the store's tables with set-based SQL (the import
 * pipeline has its own benchmark): 3 years × daily × 40 measures × {@value #CHANNELS} channels × N campaigns
 * (N = 12 gives 10.5 M values), source system {@code bench}. Every measure gets the same value on a day, channel and
 * campaign: {@code 100 + (day of year × 7 + channel × 13 + campaign) mod 900}.
 */
final class LargeTenant {

    /** The measures written, each with a value per day, channel and campaign. */
    static final List<String> MEASURES = List.of("revenue", "marketing_spend", "sales_spend", "new_customers",
            "aware_respondents", "survey_respondents", "customers_start", "customers_end", "nps_promoters",
            "nps_passives", "nps_detractors", "orders", "visits", "ad_spend", "clicks", "impressions", "leads",
            "qualified_leads", "converted_leads", "target_actions", "carts", "cart_orders", "reach", "engagements",
            "followers", "social_visits", "social_orders", "organic_visits", "returning_visitors", "unique_visitors",
            "session_seconds", "emails_delivered", "email_clicks", "mentions", "repeat_orders", "gross_profit",
            "total_costs", "requests", "response_minutes", "lead_revenue");
    /** The measures in roubles; the others have no currency. */
    static final List<String> MONEY = List.of("revenue", "marketing_spend", "sales_spend", "ad_spend",
            "gross_profit", "total_costs", "lead_revenue");
    /** How many channels the tenant has: {@code channel_1} to {@code channel_20}. */
    static final int CHANNELS = 20;
    /** The first and the last day with values. */
    static final LocalDate FIRST_DAY = LocalDate.of(2023, 11, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);
    /** The campaigns per channel when {@code kpi.bench.campaigns} does not say otherwise. */
    static final int DEFAULT_CAMPAIGNS = 12;

    private LargeTenant() {
    }

    /** How many campaigns per channel this run writes ({@code -Dkpi.bench.campaigns}, 12 unless told). */
    static int campaigns() {
        return Integer.getInteger("kpi.bench.campaigns", DEFAULT_CAMPAIGNS);
    }

    /** The channels' codes, {@code channel_1} to {@code channel_20}. */
    static List<String> channels() {
        return IntStream.rangeClosed(1, CHANNELS).mapToObj(c -> "channel_" + c).toList();
    }

    /**
     * Writes the tenant (replacing an earlier one) into the store's tables, series then values, then recomputes the
     * sums once: through the view's row triggers ten million values would take hours. Returns the values written.
     */
    static long seed(AgroalDataSource dataSource, int campaigns) throws SQLException {
        long inserted = 0;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("delete from observation_value v using observation_series s"
                    + " where s.id = v.series_id and s.source_system = 'bench'");
            statement.execute("insert into observation_load (import_batch) values (null)");
            for (String measure : MEASURES) {
                String currency = MONEY.contains(measure) ? "'RUB'" : "null";
                statement.execute("insert into observation_series (id, source_system, measure, grain, channel, campaign, source)"
                        + " select kpi_series_id('bench', '" + measure + "', 'DAY', 'channel_' || c, 'campaign_' || k, ''),"
                        + " 'bench', '" + measure + "', 'DAY', 'channel_' || c, 'campaign_' || k, ''"
                        + " from generate_series(1, " + CHANNELS + ") c cross join generate_series(1, " + campaigns + ") k"
                        + " on conflict do nothing");
                inserted += statement.executeUpdate("insert into observation_value (period_start, series_id, value, currency, load_id)"
                        + " select d::date, kpi_series_id('bench', '" + measure + "', 'DAY', 'channel_' || c, 'campaign_' || k, ''),"
                        + " 100 + (extract(doy from d)::int * 7 + c * 13 + k) % 900, " + currency + ","
                        + " (select max(id) from observation_load)"
                        + " from generate_series(date '" + FIRST_DAY + "', date '" + LAST_DAY + "', interval '1 day') d"
                        + " cross join generate_series(1, " + CHANNELS + ") c cross join generate_series(1, " + campaigns + ") k");
            }
            statement.execute("select observation_sums_rebuild()");
            statement.execute("vacuum analyze observation_value");
            statement.execute("vacuum analyze observation_rollup");
        }
        return inserted;
    }
}
