package com.kpipulse.domain.analysis.anomaly;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.evaluation.Figures;
import com.kpipulse.domain.text.Dates;
import com.kpipulse.domain.text.Message;
import com.kpipulse.domain.text.Texts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

/**
 * Says a finding or a refusal to judge in a person's words: figures as the reader writes them, a drop as a percentage
 * (−62 %), a rise below a doubling as one (+40 %), from a doubling on as a multiple (×2,3).
 */
final class Evidence {

    private static final double DOUBLING = 2.0;

    private final DailySeries series;

    Evidence(DailySeries series) {
        this.series = series;
    }

    Message unusual(Deviation deviation, LocalDate day, double value, double usual) {
        Message label = series.names().label();
        if (deviation == Deviation.ZERO) {
            return Message.of(AnomalyText.ZERO, label, date(day), amount(usual));
        }
        return Message.of(deviation == Deviation.DROP ? AnomalyText.DROP : AnomalyText.SPIKE, label,
                change(value / usual), Message.of(UsualWeekday.of(day.getDayOfWeek())), amount(value), amount(usual),
                date(day));
    }

    Message missing(LocalDate day, double usual) {
        return Message.of(AnomalyText.MISSING, series.names().label(), date(day), amount(usual));
    }

    Message notJudged(UsualDay.Unknown why, int windowWeeks) {
        Message label = series.names().label();
        return switch (why.reason()) {
            case TOO_LITTLE_HISTORY -> Message.of(AnomalyText.TOO_LITTLE_HISTORY, label, windowWeeks, why.seen(),
                    why.needed());
            case MOSTLY_ZEROS -> Message.of(AnomalyText.MOSTLY_ZEROS, label, why.zeros(), why.seen());
            case NEGATIVE_VALUES -> Message.of(AnomalyText.NEGATIVE_VALUES, label);
        };
    }

    private static LocalizedText change(double ratio) {
        BigDecimal change = BigDecimal.valueOf(ratio - 1).setScale(2, RoundingMode.HALF_UP);
        String sign = change.signum() > 0 ? "+" : change.signum() < 0 ? "−" : "";
        return both(locale -> ratio >= DOUBLING
                ? "×" + Figures.number(BigDecimal.valueOf(ratio), 1, locale)
                : sign + Figures.percent(change.abs(), 0, locale));
    }

    private LocalizedText amount(double value) {
        return both(locale -> Figures.roughly(BigDecimal.valueOf(value), series.unit(), series.currency(), locale));
    }

    private static LocalizedText date(LocalDate day) {
        return both(locale -> Dates.date(day, locale));
    }

    private static LocalizedText both(Function<Locale, String> say) {
        return LocalizedText.of(say.apply(Texts.RUSSIAN), say.apply(Locale.ENGLISH));
    }
}
