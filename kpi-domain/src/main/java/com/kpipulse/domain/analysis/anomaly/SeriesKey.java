package com.kpipulse.domain.analysis.anomaly;

import com.kpipulse.domain.measure.MeasureCode;

import java.util.Objects;

/**
 * Which daily series: a base measure as one source system delivers it for one channel, e.g. visits from Metrica for
 * SEO ({@code visits / yandex_metrica / seo}). Sources are judged apart (ADR 0006 keeps them side by side), because a
 * broken export shows in its own numbers before anyone ranks the sources.
 *
 * @param source  the source system's code ({@code yandex_metrica}, {@code vk_ads}, {@code amocrm}, {@code manual})
 * @param channel the channel's code, or "" when the source gives none
 */
public record SeriesKey(MeasureCode measure, String source, String channel) {

    public SeriesKey {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(source, "source");
        channel = Objects.requireNonNullElse(channel, "");
    }

    public static SeriesKey of(String measure, String source, String channel) {
        return new SeriesKey(new MeasureCode(measure), source, channel);
    }

    @Override
    public String toString() {
        return measure + "/" + source + (channel.isEmpty() ? "" : "/" + channel);
    }
}
