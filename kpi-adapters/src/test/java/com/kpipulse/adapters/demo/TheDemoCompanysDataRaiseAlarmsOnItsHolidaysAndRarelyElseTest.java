package com.kpipulse.adapters.demo;

import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.analysis.anomaly.AnomalyDetector;
import com.kpipulse.domain.analysis.anomaly.DailySeries;
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
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check of incoming data on the demo company's last year, as the presets read its files (each base measure per
 * file and channel a series): its New Year holidays and its Black Friday rush stand out in most series, as they
 * would to anyone watching, and on the other days under one series-day in a hundred is flagged.
 */
class TheDemoCompanysDataRaiseAlarmsOnItsHolidaysAndRarelyElseTest {

    private static final LocalDate LAST = DemoRows.YESTERDAY;
    private static final LocalDate FIRST = LAST.minusDays(364);
    private static final LocalDate BLACK_FRIDAY = LocalDate.of(2025, 11, 28);

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
    void outsideTheHolidaysUnderOneSeriesDayInAHundredIsFlagged() {
        int days = 0;
        int flagged = 0;
        int holidayFlags = 0;
        for (SeriesVerdict verdict : verdicts) {
            if (verdict instanceof SeriesVerdict.Judged judged) {
                days += judged.daysJudged();
                for (Finding finding : judged.findings()) {
                    flagged++;
                    holidayFlags += holiday(finding.day()) ? 1 : 0;
                }
            }
        }
        double outside = (double) (flagged - holidayFlags) / days;
        System.out.printf("demo company, last year: %d series, %d series-days judged, %d flagged (%.2f %%), %d of them "
                        + "in the New Year and Black Friday weeks; elsewhere %.2f %%; not judged: %s%n",
                verdicts.size(), days, flagged, 100.0 * flagged / days, holidayFlags, 100 * outside, verdicts.stream()
                        .filter(SeriesVerdict.NotJudged.class::isInstance).map(SeriesVerdict::series).toList());

        assertThat(outside).isLessThan(0.01);
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
