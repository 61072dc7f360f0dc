package com.kpipulse.domain.analysis.forecast;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.evaluation.Figures;
import com.kpipulse.domain.text.Dates;
import com.kpipulse.domain.text.Message;
import com.kpipulse.domain.text.Texts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

/**
 * Says a forecast in a person's words: shares of the plan in whole percent, totals roughly, and a chance that is not
 * certain never as 0 % or 100 % (a model is not that sure), but as «< 1 %» or «> 99 %».
 */
final class ForecastWords {

    private static final double SURE = 0.99;
    private static final double HOPELESS = 0.01;

    private final DeadlineQuestion question;

    ForecastWords(DeadlineQuestion question) {
        this.question = question;
    }

    Message pace(DeadlineForecast.ShareOfPlan share, double probability, boolean certain) {
        return Message.of(ForecastText.PACE, both(locale -> Figures.percent(decimal(share.expected()), 0, locale)),
                digits(share.low()), digits(share.high()), date(question.deadline()), chance(probability, certain));
    }

    Message paceWithoutTarget(double expected, double low, double high) {
        return Message.of(ForecastText.PACE_WITHOUT_TARGET, date(question.deadline()), amount(expected), amount(low),
                amount(high));
    }

    Message finalTotal(double total) {
        return question.target()
                .map(target -> Message.of(ForecastText.FINAL, date(question.deadline()),
                        both(locale -> Figures.percent(decimal(total / target.doubleValue()), 0, locale)),
                        amount(total)))
                .orElseGet(() -> Message.of(ForecastText.FINAL_WITHOUT_TARGET, date(question.deadline()),
                        amount(total)));
    }

    Message tooLittleHistory(int days, LocalDate lastDay) {
        return Message.of(ForecastText.TOO_LITTLE_HISTORY, days, date(lastDay), ForecastRules.minimumDays());
    }

    private static LocalizedText chance(double probability, boolean certain) {
        return both(locale -> {
            if (!certain && probability > SURE) {
                return "> " + Figures.percent(decimal(SURE), 0, locale);
            }
            if (!certain && probability < HOPELESS) {
                return "< " + Figures.percent(decimal(HOPELESS), 0, locale);
            }
            return Figures.percent(decimal(probability), 0, locale);
        });
    }

    private static LocalizedText digits(double share) {
        return both(locale -> Figures.number(decimal(share * 100), 0, locale));
    }

    private LocalizedText amount(double value) {
        return both(locale -> Figures.roughly(decimal(value), question.unit(), question.currency(), locale));
    }

    private static LocalizedText date(LocalDate day) {
        return both(locale -> Dates.date(day, locale));
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value);
    }

    private static LocalizedText both(Function<Locale, String> say) {
        return LocalizedText.of(say.apply(Texts.RUSSIAN), say.apply(Locale.ENGLISH));
    }
}
