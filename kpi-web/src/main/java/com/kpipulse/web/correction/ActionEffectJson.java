package com.kpipulse.web.correction;

import com.kpipulse.application.correction.ActionEffect;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.correction.effect.EffectEstimate;
import com.kpipulse.domain.correction.effect.EffectFigures;
import com.kpipulse.domain.correction.effect.IntervalEstimate;
import com.kpipulse.domain.correction.effect.MeasuringWindow;
import com.kpipulse.domain.text.Message;
import com.kpipulse.web.text.Bundles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether an action worked, as the API gives it: the verdict, how it was measured, the figures in the KPI's unit
 * (rates as fractions, a total per day) with the effect's 95 % interval, the channels it was held against, the
 * window and the sentences in both languages. Not yet, too little data and no KPI have their verdict and a reason,
 * and no figures.
 *
 * @param verdict        {@code WORKED}, {@code NO_EFFECT}, {@code WORSE}, {@code INCONCLUSIVE}, {@code NOT_YET},
 *                       {@code TOO_LITTLE_DATA} or {@code NO_KPI}
 * @param method         {@code DID} (against the channels the action did not touch) or {@code ITS} (against the KPI's
 *                       own course); null without figures
 * @param relativeEffect null when what the KPI would have been is not above zero
 * @param window         null when the action has no KPI
 * @param reason         why there is no verdict yet, or none; null when measured
 */
public record ActionEffectJson(String id, String verdict, ActionJson.NamedJson kpi, String unit, String currency,
                               String method, BigDecimal before, BigDecimal after, BigDecimal counterfactual,
                               IntervalJson effect, IntervalJson relativeEffect,
                               List<ActionJson.NamedJson> controlChannels, WindowJson window, TextJson summary,
                               List<TextJson> details, TextJson reason) {

    /** An estimate with the ends of its interval. */
    public record IntervalJson(BigDecimal estimate, BigDecimal low, BigDecimal high) {
        static IntervalJson of(IntervalEstimate interval) {
            return new IntervalJson(interval.estimate(), interval.low(), interval.high());
        }
    }

    /** From the action's start to its due date plus the days after it; {@code end} is the last day measured. */
    public record WindowJson(LocalDate start, LocalDate due, int daysAfterDue, LocalDate end) {
        static WindowJson of(MeasuringWindow window) {
            return new WindowJson(window.start(), window.due(), window.daysAfterDue(), window.end());
        }
    }

    public record TextJson(String ru, String en) {
        static TextJson of(Message message) {
            return new TextJson(message.russian(), message.english());
        }

        static TextJson of(LocalizedText text) {
            return new TextJson(text.ru(), text.en());
        }
    }

    static ActionEffectJson of(String id, ActionEffect effect, ActionNames names) {
        return switch (effect) {
            case ActionEffect.NoKpi noKpi -> {
                TextJson reason = TextJson.of(Bundles.both(ActionMessages.class, ActionMessages::effect_no_kpi));
                yield new ActionEffectJson(id, "NO_KPI", null, null, null, null, null, null, null, null, null,
                        List.of(), null, reason, List.of(), reason);
            }
            case ActionEffect.Estimated estimated -> estimated(id, estimated, names);
        };
    }

    private static ActionEffectJson estimated(String id, ActionEffect.Estimated estimated, ActionNames names) {
        String code = estimated.kpi().value();
        ActionJson.NamedJson kpi = ActionJson.NamedJson.of(code, names.kpi(code));
        EffectEstimate estimate = estimated.estimate();
        String currency = estimated.currency().map(java.util.Currency::getCurrencyCode).orElse(null);
        WindowJson window = WindowJson.of(estimated.window());
        TextJson summary = TextJson.of(estimate.summary());
        if (!(estimate instanceof EffectEstimate.Measured measured)) {
            return new ActionEffectJson(id, estimate.verdict().name(), kpi, estimated.unit().name(), currency, null,
                    null, null, null, null, null, List.of(), window, summary, List.of(), summary);
        }
        EffectFigures figures = measured.figures();
        return new ActionEffectJson(id, measured.verdict().name(), kpi, estimated.unit().name(), currency,
                figures.method().name(), figures.before(), figures.after(), figures.counterfactual(),
                IntervalJson.of(figures.effect()), figures.relativeEffect().map(IntervalJson::of).orElse(null),
                figures.controlChannels().stream().map(channel -> ActionJson.NamedJson.of(channel.code(),
                        channel.name())).toList(),
                window, summary, measured.details().stream().map(TextJson::of).toList(), null);
    }
}
