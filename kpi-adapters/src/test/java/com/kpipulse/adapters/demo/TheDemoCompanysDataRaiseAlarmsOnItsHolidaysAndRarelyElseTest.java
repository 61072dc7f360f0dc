package com.kpipulse.adapters.demo;

import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.analysis.anomaly.AnomalyDetector;
import com.kpipulse.domain.analysis.anomaly.DailySeries;
import com.kpipulse.domain.analysis.anomaly.Deviation;
import com.kpipulse.domain.analysis.anomaly.Finding;
import com.kpipulse.domain.analysis.anomaly.SeriesKey;
import com.kpipulse.domain.analysis.anomaly.SeriesNames;
import com.kpipulse.domain.analysis.anomaly.SeriesVerdict;
import com.kpipulse.domain.measure.MeasureCatalog;
import com.kpipulse.domain.measure.MeasureDefinition;
import com.kpipulse.domain.period.Grain;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check of incoming data on the demo company's last year, as the presets read its files (each base measure per
 * file and channel a series): its New Year holidays and its Black Friday rush stand out in most series, as they
 * would to anyone watching, the day Metrica missed ({@link DemoStory}) is a missing day of every Metrica series and
 * Google Ads' budget cut a drop, and on the other days, leaving out the series and days the story changed, under one
 * series-day in a hundred is flagged.
 */
class TheDemoCompanysDataRaiseAlarmsOnItsHolidaysAndRarelyElseTest {

    private static final LocalDate LAST = DemoRows.YESTERDAY;
    private static final LocalDate FIRST = LAST.minusDays(364);
    private static final LocalDate BLACK_FRIDAY = LocalDate.of(2025, 11, 28);
    private static final DemoStory STORY = DemoRows.STORY;
    private static final String METRICA = "metrica-report-csv";
    /** VK Ads' measures its conversion drop leaves as they were. */
    private static final Set<String> VK_TRAFFIC_AND_SPEND = Set.of("impressions", "clicks", "ad_spend",
            "marketing_spend", "visits", "unique_visitors", "session_seconds");

    @TempDir
    static Path directory;

    private static final List<SeriesVerdict> verdicts = new ArrayList<>();

    @BeforeAll
    static void judgeTheLastYear() {
        DemoRows demo = DemoRows.generateAndRead(directory);
        Map<SeriesKey, TreeMap<LocalDate, BigDecimal>> byKey = new LinkedHashMap<>();
        for (DemoFile file : demo.files) {
            for (ObservationRow row : demo.rowsByFile.get(file.name())) {
                if (row.grain() == Grain.DAY) {
                    SeriesKey key = SeriesKey.of(row.measure(), file.presetId(), row.channel());
                    byKey.computeIfAbsent(key, k -> new TreeMap<>()).merge(row.periodStart(), row.value(),
                            BigDecimal::add);
                }
            }
        }
        AnomalyDetector detector = new AnomalyDetector();
        byKey.forEach((key, values) -> verdicts.add(detector.judge(series(key, values), FIRST, LAST)));
    }

    @Test
    void outsideTheHolidaysAndTheStoryUnderOneSeriesDayInAHundredIsFlagged() {
        int days = 0;
        int storyDays = 0;
        int flagged = 0;
        int holidayFlags = 0;
        int storyFlags = 0;
        for (SeriesVerdict verdict : verdicts) {
            if (verdict instanceof SeriesVerdict.Judged judged) {
                days += judged.daysJudged();
                storyDays += (int) FIRST.datesUntil(LAST.plusDays(1))
                        .filter(day -> inTheStory(judged.series(), day)).count();
                for (Finding finding : judged.findings()) {
                    flagged++;
                    if (inTheStory(finding.series(), finding.day())) {
                        storyFlags++;
                    } else if (holiday(finding.day())) {
                        holidayFlags++;
                    }
                }
            }
        }
        double outside = (double) (flagged - holidayFlags - storyFlags) / (days - storyDays);
        System.out.printf("demo company, last year: %d series, %d series-days judged, %d flagged (%.2f %%), %d of them "
                        + "in the New Year and Black Friday weeks, %d of %d in the series-days the story changed; "
                        + "elsewhere %.2f %%; not judged: %s%n",
                verdicts.size(), days, flagged, 100.0 * flagged / days, holidayFlags, storyFlags, storyDays,
                100 * outside, verdicts.stream().filter(SeriesVerdict.NotJudged.class::isInstance)
                        .map(SeriesVerdict::series).toList());

        assertThat(outside).isLessThan(0.01);
    }

    @Test
    void theDayMetricaMissedIsAMissingDayOfEveryChannelsVisits() {
        List<Finding> missing = findingsOn(STORY.metricaMissingDay()).stream()
                .filter(Finding.MissingDay.class::isInstance).toList();

        assertThat(missing).allSatisfy(finding -> assertThat(finding.series().source()).isEqualTo(METRICA));
        assertThat(missing).filteredOn(finding -> finding.series().measure().value().equals("visits"))
                .extracting(finding -> finding.series().channel())
                .containsExactlyInAnyOrderElementsOf(DemoRows.CHANNELS);
    }

    @Test
    void googleAdsBudgetCutIsADropOfItsSpendAndClicksOnMostDaysOfTheCutWeek() {
        for (String measure : List.of("ad_spend", "clicks")) {
            SeriesKey key = SeriesKey.of(measure, "google-ads-api-csv", "google_ads");
            long drops = verdicts.stream().filter(verdict -> verdict.series().equals(key))
                    .map(SeriesVerdict.Judged.class::cast).flatMap(judged -> judged.findings().stream())
                    .filter(finding -> STORY.googleBudgetCut().contains(finding.day()))
                    .filter(finding -> finding instanceof Finding.UnusualValue unusual
                            && unusual.deviation() == Deviation.DROP).count();
            assertThat(drops).as(measure).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void theNewYearHolidaysAndBlackFridayStandOutInManySeries() {
        long judged = verdicts.stream().filter(SeriesVerdict.Judged.class::isInstance).count();

        assertThat(seriesFlaggedOn(LocalDate.of(2026, 1, 2))).isGreaterThan(judged / 4);
        assertThat(seriesFlaggedOn(BLACK_FRIDAY)).isGreaterThanOrEqualTo(5);
    }

    @Test
    void seriesTooYoungOrMostlyZeroSaySoInsteadOfPassingAsQuiet() {
        assertThat(verdicts).filteredOn(SeriesVerdict.NotJudged.class::isInstance)
                .allSatisfy(verdict -> assertThat(((SeriesVerdict.NotJudged) verdict).explanation().english())
                        .contains("not checked"));
    }

    private static List<Finding> findingsOn(LocalDate day) {
        return verdicts.stream().filter(SeriesVerdict.Judged.class::isInstance).map(SeriesVerdict.Judged.class::cast)
                .flatMap(judged -> judged.findings().stream()).filter(finding -> finding.day().equals(day)).toList();
    }

    /**
     * A series-day the story changed: VK Ads' outcomes (orders, revenue, leads, customers, the platform's goals) since
     * its conversion dropped, anything of Google Ads since its budget was cut, and every Metrica series on the day
     * Metrica missed. Everything else counts, VK Ads' traffic and spend included.
     */
    private static boolean inTheStory(SeriesKey series, LocalDate day) {
        boolean vkOutcome = series.channel().equals("vk_ads") && STORY.vkConversionDropped(day)
                && !VK_TRAFFIC_AND_SPEND.contains(series.measure().value());
        boolean google = series.channel().equals("google_ads") && STORY.googleBudgetCut(day);
        boolean metrica = series.source().equals(METRICA) && day.equals(STORY.metricaMissingDay());
        return vkOutcome || google || metrica;
    }

    private static long seriesFlaggedOn(LocalDate day) {
        return verdicts.stream().filter(SeriesVerdict.Judged.class::isInstance).map(SeriesVerdict.Judged.class::cast)
                .filter(judged -> judged.findings().stream().anyMatch(finding -> finding.day().equals(day))).count();
    }

    /** The New Year holidays (31 December to 8 January) and the Black Friday week, as the demo's seasons have them. */
    private static boolean holiday(LocalDate day) {
        MonthDay date = MonthDay.from(day);
        boolean newYear = !date.isBefore(MonthDay.of(12, 29)) || !date.isAfter(MonthDay.of(1, 9));
        boolean blackFriday = !day.isBefore(BLACK_FRIDAY.minusDays(3)) && !day.isAfter(BLACK_FRIDAY.plusDays(4));
        return newYear || blackFriday;
    }

    private static DailySeries series(SeriesKey key, TreeMap<LocalDate, BigDecimal> values) {
        MeasureDefinition measure = MeasureCatalog.standard().get(key.measure());
        Optional<LocalizedText> channel = key.channel().isEmpty() ? Optional.empty()
                : Optional.of(LocalizedText.of(key.channel(), key.channel()));
        Optional<Currency> currency = measure.isMoney() ? Optional.of(Currency.getInstance("RUB")) : Optional.empty();
        return new DailySeries(key, SeriesNames.of(LocalizedText.of(key.source(), key.source()), measure, channel),
                measure.unit(), currency, values);
    }
}
