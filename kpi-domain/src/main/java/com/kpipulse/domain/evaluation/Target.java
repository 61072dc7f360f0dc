package com.kpipulse.domain.evaluation;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * What a KPI should reach in a period: a number in the KPI's unit (fractions for percentages), or
 * a change relative to the value in a baseline period ("+20 % against last quarter").
 */
public sealed interface Target {

    record Absolute(BigDecimal value) implements Target {
        public Absolute {
            Objects.requireNonNull(value, "value");
        }
    }

    record RelativeToBaseline(Period baseline, Percentage change) implements Target {
        public RelativeToBaseline {
            Objects.requireNonNull(baseline, "baseline");
            Objects.requireNonNull(change, "change");
        }
    }

    static Target absolute(String value) {
        return new Absolute(new BigDecimal(value));
    }

    static Target absolute(BigDecimal value) {
        return new Absolute(value);
    }

    static Target relativeTo(Period baseline, Percentage change) {
        return new RelativeToBaseline(baseline, change);
    }

    default LocalizedText describe() {
        return switch (this) {
            case Absolute absolute -> LocalizedText.of(absolute.value().toPlainString(), absolute.value().toPlainString());
            case RelativeToBaseline relative -> LocalizedText.of(
                    "%s к %s".formatted(Figures.signedPercent(relative.change().fraction(), Locale.forLanguageTag("ru")),
                            relative.baseline().label(Locale.forLanguageTag("ru"))),
                    "%s against %s".formatted(Figures.signedPercent(relative.change().fraction(), Locale.ENGLISH),
                            relative.baseline().label(Locale.ENGLISH)));
        };
    }
}
