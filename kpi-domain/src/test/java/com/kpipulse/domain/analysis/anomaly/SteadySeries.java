package com.kpipulse.domain.analysis.anomaly;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.measure.MeasureCatalog;
import com.kpipulse.domain.measure.Unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** A series whose every day is the same, to be changed day by day: its usual value is known to the digit. */
final class SteadySeries {

    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);

    private final NavigableMap<LocalDate, BigDecimal> values = new TreeMap<>();

    private SteadySeries(LocalDate first, LocalDate last, long value) {
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            values.put(day, BigDecimal.valueOf(value));
        }
    }

    /** {@code value} on every day from 5 January 2026 to {@code last}. */
    static SteadySeries of(long value, LocalDate last) {
        return new SteadySeries(FIRST_DAY, last, value);
    }

    SteadySeries on(LocalDate day, long value) {
        values.put(day, BigDecimal.valueOf(value));
        return this;
    }

    SteadySeries without(LocalDate day) {
        values.remove(day);
        return this;
    }

    /** Metrica's SEO visits. */
    DailySeries visits() {
        return new DailySeries(SeriesKey.of("visits", "yandex_metrica", "seo"),
                SeriesNames.of(LocalizedText.of("Метрика", "Metrica"), MeasureCatalog.standard().find("visits")
                        .orElseThrow(), Optional.of(LocalizedText.of("SEO", "SEO"))), Unit.COUNT, Optional.empty(),
                values);
    }

    /** VK Ads' spend, in roubles, without a channel. */
    DailySeries adSpend() {
        return new DailySeries(SeriesKey.of("ad_spend", "vk_ads", ""),
                SeriesNames.of(LocalizedText.of("VK Реклама", "VK Ads"), MeasureCatalog.standard().find("ad_spend")
                        .orElseThrow(), Optional.empty()), Unit.MONEY, Optional.of(Currency.getInstance("RUB")),
                values);
    }
}
