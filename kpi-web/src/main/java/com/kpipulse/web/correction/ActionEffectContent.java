package com.kpipulse.web.correction;

import com.kpipulse.application.correction.ActionEffect;
import com.kpipulse.domain.correction.effect.EffectEstimate;
import com.kpipulse.domain.correction.effect.EffectFigures;
import com.kpipulse.domain.correction.effect.EffectVerdict;
import com.kpipulse.domain.correction.effect.IntervalEstimate;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.text.Formats;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Collectors;

/** The «Сработало ли?» section of an action's page: the verdict, its sentence and its figures in the reader's language. */
final class ActionEffectContent {

    private ActionEffectContent() {
    }

    /**
     * @param verdict  the verdict's code, for the page's marks
     * @param note     why there are no figures (not yet, too little data, no KPI); "" when measured
     * @param measured whether the figures are there
     */
    record EffectView(String verdict, String verdictLabel, String summary, String note, boolean measured,
                      String window, String before, String after, String counterfactual, String effect,
                      String against) {
    }

    static EffectView view(ActionEffect effect, Locale locale) {
        ActionMessages texts = Bundles.of(ActionMessages.class, locale);
        return switch (effect) {
            case ActionEffect.NoKpi noKpi -> new EffectView("NO_KPI", texts.verdict_no_kpi(), "",
                    texts.effect_no_kpi(), false, "", "", "", "", "", "");
            case ActionEffect.Estimated estimated -> estimated(estimated, texts, locale);
        };
    }

    private static EffectView estimated(ActionEffect.Estimated estimated, ActionMessages texts, Locale locale) {
        EffectEstimate estimate = estimated.estimate();
        String verdict = estimate.verdict().name();
        String window = texts.effect_window(Formats.date(estimated.window().start(), locale),
                Formats.date(estimated.window().end(), locale));
        return switch (estimate) {
            case EffectEstimate.NotYet notYet -> new EffectView(verdict, verdictLabel(estimate.verdict(), texts), "",
                    texts.effect_after(Formats.date(notYet.windowEnd(), locale)), false, window, "", "", "", "", "");
            case EffectEstimate.TooLittleData tooLittle -> new EffectView(verdict, verdictLabel(estimate.verdict(), texts), "",
                    tooLittle.summary().in(locale), false, window, "", "", "", "", "");
            case EffectEstimate.Measured measured -> {
                EffectFigures figures = measured.figures();
                String against = figures.controlChannels().isEmpty() ? texts.effect_own_course()
                        : figures.controlChannels().stream().map(channel -> channel.name(locale))
                        .collect(Collectors.joining(", "));
                yield new EffectView(verdict, verdictLabel(estimate.verdict(), texts), measured.summary().in(locale), "", true, window,
                        figure(figures.before(), estimated, locale), figure(figures.after(), estimated, locale),
                        figure(figures.counterfactual(), estimated, locale),
                        texts.effect_interval(change(figures.effect().estimate(), estimated, locale),
                                change(figures.effect().low(), estimated, locale),
                                change(figures.effect().high(), estimated, locale))
                                + figures.relativeEffect().map(relative -> "; " + relative(relative, locale)).orElse(""),
                        against);
            }
        };
    }

    /**
     * The effect and its interval in a few characters, as its sentence says it: in percentage points for a rate, as a
     * share of what the KPI would have been otherwise, in the KPI's unit when there is no share.
     */
    static String shortly(ActionEffect.Estimated estimated, EffectEstimate.Measured measured, Locale locale) {
        ActionMessages texts = Bundles.of(ActionMessages.class, locale);
        EffectFigures figures = measured.figures();
        if (estimated.unit() != Unit.PERCENT && figures.relativeEffect().isPresent()) {
            IntervalEstimate share = figures.relativeEffect().get();
            return texts.effect_interval(signed(share.estimate(), locale), signed(share.low(), locale),
                    signed(share.high(), locale));
        }
        IntervalEstimate effect = figures.effect();
        return texts.effect_interval(change(effect.estimate(), estimated, locale),
                change(effect.low(), estimated, locale), change(effect.high(), estimated, locale));
    }

    private static String verdictLabel(EffectVerdict verdict, ActionMessages texts) {
        return switch (verdict) {
            case WORKED -> texts.verdict_worked();
            case NO_EFFECT -> texts.verdict_no_effect();
            case WORSE -> texts.verdict_worse();
            case INCONCLUSIVE -> texts.verdict_inconclusive();
            case NOT_YET -> texts.verdict_not_yet();
            case TOO_LITTLE_DATA -> texts.verdict_too_little_data();
        };
    }

    private static String figure(BigDecimal value, ActionEffect.Estimated estimated, Locale locale) {
        return Formats.number(value, estimated.unit(), estimated.currency(), locale);
    }

    /** A change with its sign: in percentage points for a rate, in the KPI's unit otherwise. */
    private static String change(BigDecimal value, ActionEffect.Estimated estimated, Locale locale) {
        if (estimated.unit() == Unit.PERCENT) {
            return Formats.signedPoints(value, locale);
        }
        String amount = figure(value, estimated, locale);
        return value.signum() > 0 ? "+" + amount : amount;
    }

    private static String relative(IntervalEstimate relative, Locale locale) {
        return signed(relative.estimate(), locale) + " [" + signed(relative.low(), locale) + "; "
                + signed(relative.high(), locale) + "]";
    }

    private static String signed(BigDecimal fraction, Locale locale) {
        String percent = Formats.percent(fraction, locale);
        return fraction.signum() > 0 ? "+" + percent : percent;
    }
}
