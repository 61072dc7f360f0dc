package com.kpipulse.adapters.demo;

import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@link DemoStory} in the demo company's files, as the presets read them: VK Ads' conversion drop, Google Ads'
 * budget cut and the day Metrica missed, each where the story puts it and as large as it says.
 */
class TheDemoCompanysLastWeeksHoldAConversionDropABudgetCutAndAMissingDayTest {

    private static final DemoStory STORY = DemoRows.STORY;

    @TempDir
    static Path directory;

    private static DemoRows demo;

    @BeforeAll
    static void generate() {
        demo = DemoRows.generateAndRead(directory);
    }

    @Test
    void theEventsFallInTheWeeksBeforeTheLastDayTheStoryNames() {
        assertThat(STORY.googleBudgetCut().code()).isEqualTo("2026-W10");
        assertThat(STORY.vkConversionDrop().code()).isEqualTo("2026-W07");
        assertThat(STORY.metricaMissingDay()).isEqualTo(LocalDate.of(2026, 2, 26));
        assertThat(STORY.metricaMissingDay().getDayOfWeek()).isIn(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY);
        assertThat(DemoStory.endingOn(LocalDate.of(2026, 3, 8), DemoCompany.SEED).googleBudgetCut().code())
                .as("a last day that is a Sunday ends the last complete week").isEqualTo("2026-W10");
    }

    @Test
    void sinceTheDropVkAdsVisitorsBuyLessThanHalfAsOftenAsInTheEightWeeksBefore() {
        LocalDate from = STORY.vkConversionDrop().start();
        Predicate<LocalDate> drop = day -> !day.isBefore(from) && STORY.metricaDelivered(day);
        Predicate<LocalDate> before = weeksBefore(from, 8);

        double conversionBefore = demo.sum("orders", "vk_ads", before) / demo.sum("visits", "vk_ads", before);
        double conversionSince = demo.sum("orders", "vk_ads", drop) / demo.sum("visits", "vk_ads", drop);
        System.out.printf("demo VK Ads: site conversion %.2f %% in the 8 weeks before %s, %.2f %% since%n",
                100 * conversionBefore, from, 100 * conversionSince);

        assertThat(conversionSince / conversionBefore).isBetween(0.3, 0.5);
        assertThat(perVisit("revenue", drop) / perVisit("revenue", before)).isLessThan(0.55);
        assertThat(perVisit("new_customers", drop) / perVisit("new_customers", before)).isLessThan(0.6);
        assertThat(perVisit("leads", drop) / perVisit("leads", before)).isLessThan(0.55);
    }

    @Test
    void vkAdsClicksVisitsAndSpendGoOnAsBeforeTheDropAlongsideYandexDirect() {
        LocalDate from = STORY.vkConversionDrop().start();
        Predicate<LocalDate> drop = day -> !day.isBefore(from) && STORY.metricaDelivered(day);
        Predicate<LocalDate> before = weeksBefore(from, 8);

        for (String measure : Set.of("clicks", "visits", "ad_spend")) {
            double vk = demo.sum(measure, "vk_ads", drop) / demo.sum(measure, "vk_ads", before);
            double direct = demo.sum(measure, "yandex_direct", drop) / demo.sum(measure, "yandex_direct", before);
            assertThat(vk / direct).as(measure).isBetween(0.9, 1.1);
        }
    }

    @Test
    void inTheCutWeekGoogleAdsSpendsLessThanHalfAsMuchAtTheSamePriceOfAClick() {
        Period cut = STORY.googleBudgetCut();
        Predicate<LocalDate> week = cut::contains;
        Predicate<LocalDate> before = weeksBefore(cut.start(), 4);

        double spend = demo.sum("ad_spend", "google_ads", week) / (demo.sum("ad_spend", "google_ads", before) / 4);
        double clicks = demo.sum("clicks", "google_ads", week) / (demo.sum("clicks", "google_ads", before) / 4);
        double yandexSpend = demo.sum("ad_spend", "yandex_direct", week)
                / (demo.sum("ad_spend", "yandex_direct", before) / 4);
        System.out.printf("demo Google Ads in %s: spend %.0f %%, clicks %.0f %% of the 4 weeks before a week; "
                + "Yandex Direct's spend %.0f %%%n", cut.code(), 100 * spend, 100 * clicks, 100 * yandexSpend);

        assertThat(spend).isBetween(0.38, 0.55);
        assertThat(spend / clicks).as("the price of a click").isBetween(0.9, 1.1);
        assertThat(yandexSpend).as("the other platforms spend as before").isBetween(0.85, 1.2);
    }

    @Test
    void googleAdsVisitorsStillComeFromItsClicksAndBuyAsOftenAsBefore() {
        Period cut = STORY.googleBudgetCut();
        Predicate<LocalDate> since = day -> !day.isBefore(cut.start()) && STORY.metricaDelivered(day);
        Predicate<LocalDate> before = weeksBefore(cut.start(), 8);

        double visitsPerClick = (demo.sum("visits", "google_ads", since) / demo.sum("clicks", "google_ads", since))
                / (demo.sum("visits", "google_ads", before) / demo.sum("clicks", "google_ads", before));
        double conversion = (demo.sum("orders", "google_ads", since) / demo.sum("visits", "google_ads", since))
                / (demo.sum("orders", "google_ads", before) / demo.sum("visits", "google_ads", before));

        assertThat(visitsPerClick).isBetween(0.95, 1.05);
        assertThat(conversion).as("orders per visit, from a few dozen orders").isBetween(0.6, 1.6);
    }

    @Test
    void metricaLeavesOutOneDayOfTheWeekBeforeTheCutWhichTheAdPlatformsAndTheCrmHave() {
        LocalDate missing = STORY.metricaMissingDay();
        Set<LocalDate> metricaDays = demo.dailyFrom("yandex_metrica").map(ObservationRow::periodStart)
                .collect(Collectors.toSet());

        assertThat(STORY.googleBudgetCut().previous().contains(missing)).isTrue();
        assertThat(metricaDays).doesNotContain(missing).hasSize(729)
                .contains(missing.minusDays(1), missing.plusDays(1));
        for (String system : Set.of("yandex_direct", "vk_ads", "google_ads", "amocrm")) {
            assertThat(demo.dailyFrom(system).filter(row -> row.periodStart().equals(missing))).as(system).isNotEmpty();
        }
        assertThat(demo.sum("clicks", null, missing::equals)).isPositive();
        assertThat(demo.sum("orders", null, missing::equals)).isPositive();
    }

    private static double perVisit(String measure, Predicate<LocalDate> days) {
        return demo.sum(measure, "vk_ads", days) / demo.sum("visits", "vk_ads", days);
    }

    /** The {@code weeks} whole weeks before {@code monday}. */
    private static Predicate<LocalDate> weeksBefore(LocalDate monday, int weeks) {
        return day -> !day.isBefore(monday.minusWeeks(weeks)) && day.isBefore(monday);
    }
}
