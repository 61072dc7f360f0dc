package com.kpipulse.domain.analysis.anomaly;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.measure.MeasureDefinition;
import com.kpipulse.domain.text.Message;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reader calls a series: «Метрика: визиты, SEO» / "Metrica: visits, SEO". Codes never reach a reader; the
 * caller knows the names of sources and channels.
 *
 * @param measure the measure's name as it stands inside a sentence («визиты», not «Визиты»)
 */
public record SeriesNames(LocalizedText source, LocalizedText measure, Optional<LocalizedText> channel) {

    public SeriesNames {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(channel, "channel");
    }

    /** The measure's catalog name, its first letter lowered unless it is an abbreviation ("NPS", "CTR"). */
    public static SeriesNames of(LocalizedText source, MeasureDefinition measure, Optional<LocalizedText> channel) {
        return new SeriesNames(source, LocalizedText.of(inSentence(measure.nameRu()), inSentence(measure.nameEn())),
                channel);
    }

    /** «Метрика: визиты, SEO», or «Метрика: визиты» without a channel. */
    public Message label() {
        return channel.map(name -> Message.of(AnomalyText.SERIES_IN_CHANNEL, source, measure, name))
                .orElseGet(() -> Message.of(AnomalyText.SERIES, source, measure));
    }

    private static String inSentence(String name) {
        boolean abbreviation = name.length() > 1 && Character.isUpperCase(name.charAt(1));
        return abbreviation ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}
