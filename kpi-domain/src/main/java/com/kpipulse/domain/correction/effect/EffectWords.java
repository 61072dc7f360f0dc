package com.kpipulse.domain.correction.effect;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.channel.Channel;
import com.kpipulse.domain.evaluation.Figures;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.text.Dates;
import com.kpipulse.domain.text.Message;
import com.kpipulse.domain.text.Notation;
import com.kpipulse.domain.text.Texts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Says a measured effect in a person's words. A rate's effect is said in percentage points («+0,6 п.п.»), any other
 * KPI's as a share of what it would have been («+12,4 %»), with its amount in the details; a KPI that can be zero or
 * below gets its amount. Levels are written roughly, as a usual value is.
 */
final class EffectWords {

    private static final char MINUS = '−';

    private final EffectQuestion question;

    EffectWords(EffectQuestion question) {
        this.question = question;
    }

    Message notYet(LocalDate windowEnd) {
        return Message.of(EffectText.NOT_YET, date(windowEnd));
    }

    Message tooLittleBefore(int weeks, int needed) {
        return Message.of(EffectText.TOO_LITTLE_BEFORE, date(question.window().start()), weeks, needed);
    }

    Message tooLittleAfter(int weeks, int needed) {
        return Message.of(EffectText.TOO_LITTLE_AFTER, weeks, needed);
    }

    Message summary(EffectVerdict verdict, EffectFigures figures) {
        EffectText kind = switch (verdict) {
            case WORKED -> EffectText.WORKED;
            case NO_EFFECT -> EffectText.NO_EFFECT;
            case WORSE -> EffectText.WORSE;
            case INCONCLUSIVE -> EffectText.INCONCLUSIVE;
            case NOT_YET, TOO_LITTLE_DATA -> throw new IllegalArgumentException("Not a verdict on figures: " + verdict);
        };
        boolean rate = question.unit() == Unit.PERCENT;
        IntervalEstimate shown = rate ? figures.effect() : figures.relativeEffect().orElse(figures.effect());
        Function<BigDecimal, LocalizedText> write = rate ? EffectWords::points
                : figures.relativeEffect().isPresent() ? EffectWords::share : this::signedAmount;
        List<Object> args = new ArrayList<>(List.of(subject(), write.apply(shown.estimate()), write.apply(shown.low()),
                write.apply(shown.high()), against(figures)));
        if (verdict == EffectVerdict.NO_EFFECT) {
            args.add(both(locale -> Figures.percent(BigDecimal.valueOf(figures.basis().noEffectBand()), 0, locale)));
        }
        return Message.of(kind, args.toArray());
    }

    List<Message> details(EffectFigures figures) {
        List<Message> details = new ArrayList<>();
        boolean perDay = question.treated().kind() == KpiDays.Kind.MEAN_OF_DAYS;
        details.add(Message.of(perDay ? EffectText.LEVELS_PER_DAY : EffectText.LEVELS, amount(figures.before()),
                amount(figures.after()), amount(figures.counterfactual())));
        if (question.unit() != Unit.PERCENT && figures.relativeEffect().isPresent()) {
            IntervalEstimate effect = figures.effect();
            details.add(Message.of(perDay ? EffectText.AMOUNT_PER_DAY : EffectText.AMOUNT,
                    signedAmount(effect.estimate()), signedAmount(effect.low()), signedAmount(effect.high())));
        }
        figures.control().ifPresent(control -> details.add(Message.of(EffectText.CONTROL_MOVED,
                control.before().signum() > 0 && control.after().signum() >= 0
                        ? share(control.after().divide(control.before(), MathContext.DECIMAL64)
                        .subtract(BigDecimal.ONE))
                        : signedAmount(control.after().subtract(control.before())))));
        EffectBasis basis = figures.basis();
        details.add(Message.of(figures.method() == EffectMethod.DID ? EffectText.BASIS_DID : EffectText.BASIS_ITS,
                basis.before().weeks(), span(basis.before()), basis.after().weeks(), span(basis.after()),
                both(locale -> Figures.percent(BigDecimal.valueOf(basis.confidence()), 0, locale))));
        figures.expected().ifPresent(expected -> details.add(Message.of(switch (expected) {
            case WITHIN -> EffectText.EXPECTED_WITHIN;
            case SHORT_OF_IT -> EffectText.EXPECTED_SHORT_OF_IT;
            case BEYOND -> EffectText.EXPECTED_BEYOND;
        }, share(question.expectedChange().orElseThrow()))));
        return details;
    }

    /** The KPI, in the action's channels when it names some. */
    private Object subject() {
        if (question.treatedChannels().isEmpty()) {
            return question.kpiName();
        }
        return Message.of(EffectText.SUBJECT_IN_CHANNELS, question.kpiName(), names(question.treatedChannels()));
    }

    private static Message against(EffectFigures figures) {
        if (figures.method() == EffectMethod.DID) {
            return Message.of(EffectText.AGAINST_CONTROL, names(figures.controlChannels()));
        }
        return Message.of(figures.basis().trend() ? EffectText.AGAINST_TREND : EffectText.AGAINST_LEVEL);
    }

    private static LocalizedText names(List<Channel> channels) {
        return both(locale -> channels.stream().map(channel -> channel.name(locale)).collect(Collectors.joining(", ")));
    }

    private LocalizedText amount(BigDecimal value) {
        return both(locale -> Figures.roughly(value, question.unit(), question.currency(), locale));
    }

    /** An amount with its sign, and none when it shows as zero. */
    private LocalizedText signedAmount(BigDecimal value) {
        return both(locale -> {
            String shown = Figures.roughly(value.abs(), question.unit(), question.currency(), locale);
            boolean zero = shown.chars().noneMatch(c -> c >= '1' && c <= '9');
            return zero ? shown : (value.signum() < 0 ? MINUS : '+') + shown;
        });
    }

    private static LocalizedText points(BigDecimal fraction) {
        return both(locale -> Figures.signedPoints(fraction, locale));
    }

    private static LocalizedText share(BigDecimal fraction) {
        return both(locale -> Figures.signedPercent(fraction, locale));
    }

    private static LocalizedText span(Stretch stretch) {
        return both(locale -> Texts.render(Notation.SPAN.key(), locale, Dates.date(stretch.from(), locale),
                Dates.date(stretch.to(), locale)));
    }

    private static LocalizedText date(LocalDate day) {
        return both(locale -> Dates.date(day, locale));
    }

    private static LocalizedText both(Function<Locale, String> say) {
        return LocalizedText.written(say);
    }
}
