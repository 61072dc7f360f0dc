package com.kpipulse.adapters.demo;

import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.domain.period.Grain;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class TheDemoCompanyIsReadByTheRealPresetsWithoutProblemsTest {

    @TempDir
    static Path directory;

    private static DemoRows demo;

    @BeforeAll
    static void generate() {
        demo = DemoRows.generateAndRead(directory);
    }

    @Test
    void everyFileIsReadWithoutASingleProblemAndGivesValues() {
        assertThat(demo.files).hasSizeGreaterThanOrEqualTo(10);
        demo.problems.forEach((file, problems) -> assertThat(problems).as(file).isEmpty());
        demo.rowsByFile.forEach((file, rows) -> assertThat(rows).as(file).isNotEmpty());
    }

    @Test
    void theDailyFilesCoverTheTwoYearsEndingYesterday() {
        List<ObservationRow> daily = demo.rows.stream().filter(r -> r.grain() == Grain.DAY).toList();
        LocalDate first = daily.stream().map(ObservationRow::periodStart).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = daily.stream().map(ObservationRow::periodStart).max(LocalDate::compareTo).orElseThrow();

        assertThat(first).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(last).isEqualTo(DemoRows.YESTERDAY);
        assertThat(demo.daily("clicks").map(ObservationRow::periodStart).distinct().count()).isEqualTo(730);
        assertThat(demo.daily("visits").map(ObservationRow::periodStart).distinct().count())
                .as("every day but the one the story's Metrica missed").isEqualTo(729);
        assertThat(demo.rows.stream().filter(r -> r.grain() == Grain.MONTH).map(ObservationRow::periodStart))
                .isNotEmpty()
                .allSatisfy(month -> assertThat(month).isBetween(first, last.withDayOfMonth(1).minusMonths(1)));
    }

    @Test
    void allEightChannelsHaveVisitsOrdersRevenueAndMarketingSpendWhereTheyCost() {
        for (String channel : DemoRows.CHANNELS) {
            assertThat(demo.sum("visits", channel, day -> true)).as("visits of " + channel).isPositive();
            assertThat(demo.sum("orders", channel, day -> true)).as("orders of " + channel).isPositive();
            assertThat(demo.sum("revenue", channel, day -> true)).as("revenue of " + channel).isPositive();
        }
        Set<String> paid = demo.daily("marketing_spend").map(ObservationRow::channel).collect(Collectors.toSet());
        assertThat(paid).containsExactlyInAnyOrderElementsOf(
                DemoRows.CHANNELS.stream().filter(c -> !c.equals("direct")).toList());
    }

    @Test
    void everyRawSourceIsResolvedByTheDefaultChannelMapping() {
        assertThat(demo.rows.stream().filter(r -> r.source() != null))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.channel()).as(row.source()).isNotNull());
        assertThat(demo.rows.stream().map(ObservationRow::channel).collect(Collectors.toSet()))
                .containsAll(DemoRows.CHANNELS);
    }

    @Test
    void everyBaseMeasureTheCatalogListsIsDeliveredButRevenueFromLeads() {
        Set<String> measures = demo.rows.stream().map(ObservationRow::measure).collect(Collectors.toSet());

        assertThat(measures).contains("revenue", "gross_profit", "total_costs", "marketing_spend", "ad_spend",
                "sales_spend", "orders", "repeat_orders", "new_customers", "active_customers", "customers_start",
                "customers_end", "leads", "qualified_leads", "converted_leads", "visits", "unique_visitors",
                "organic_visits", "social_visits", "returning_visitors", "session_seconds", "impressions", "clicks",
                "target_actions", "carts", "cart_orders", "emails_delivered", "email_clicks", "followers", "reach",
                "engagements", "mentions", "social_orders", "social_revenue", "nps_promoters", "nps_passives",
                "nps_detractors", "aware_respondents", "survey_respondents", "requests", "response_minutes",
                "market_revenue", "receivables");
    }

    @Test
    void theSameDayGivesTheSameFiles(@TempDir Path again) throws IOException {
        List<DemoFile> second = new DemoCompany(DemoRows.CLOCK).writeFiles(again);

        for (int i = 0; i < second.size(); i++) {
            assertThat(Files.mismatch(demo.files.get(i).path(), second.get(i).path()))
                    .as(second.get(i).name()).isEqualTo(-1L);
        }
    }
}
