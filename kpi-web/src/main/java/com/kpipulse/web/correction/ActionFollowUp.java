package com.kpipulse.web.correction;

import com.kpipulse.application.correction.ActionEffect;
import com.kpipulse.domain.correction.ActionStatus;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.domain.correction.effect.EffectEstimate;
import com.kpipulse.domain.correction.effect.EffectVerdict;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.text.Formats;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a done action worked, as a list shows it: a badge with the verdict («Сработало», «Нет эффекта», «Хуже»,
 * «Не ясно»), the effect with its interval under it and the whole sentence as its title; while its window is open,
 * the day it is checked after. Nothing for an open action, one without a KPI, or a reader who may not read its KPI's
 * figures (the application gives no effect for them).
 *
 * @param key     the verdict's code in lower case with dashes ({@code worked}, {@code no-effect}, …), for the page's
 *                marks; "" when there is no badge
 * @param figures the effect and its interval («−58 % (от −63 % до −52 %)»); "" when not measured
 * @param title   the verdict's sentence with its figures
 * @param after   «Проверка после 12 декабря» while the window is open; "" otherwise
 */
public record ActionFollowUp(String key, String label, String figures, String title, String after) {

    static final ActionFollowUp NONE = new ActionFollowUp("", "", "", "", "");

    public static ActionFollowUp of(CorrectiveAction action, Optional<ActionEffect> effect, Locale locale) {
        if (action.status() != ActionStatus.DONE || effect.isEmpty()
                || !(effect.get() instanceof ActionEffect.Estimated estimated)) {
            return NONE;
        }
        ActionMessages texts = Bundles.of(ActionMessages.class, locale);
        EffectEstimate estimate = estimated.estimate();
        return switch (estimate) {
            case EffectEstimate.NotYet notYet -> new ActionFollowUp("", "", "", "",
                    texts.check_after(Formats.dayMonth(notYet.windowEnd(), locale)));
            case EffectEstimate.TooLittleData tooLittle -> new ActionFollowUp(key(tooLittle.verdict()),
                    texts.badge_too_little_data(), "", tooLittle.summary().in(locale), "");
            case EffectEstimate.Measured measured -> new ActionFollowUp(key(measured.verdict()),
                    label(measured.verdict(), texts), ActionEffectContent.shortly(estimated, measured, locale),
                    measured.summary().in(locale), "");
        };
    }

    /** Whether there is a verdict to show. */
    public boolean judged() {
        return !key.isEmpty();
    }

    private static String key(EffectVerdict verdict) {
        return verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String label(EffectVerdict verdict, ActionMessages texts) {
        return switch (verdict) {
            case WORKED -> texts.badge_worked();
            case NO_EFFECT -> texts.badge_no_effect();
            case WORSE -> texts.badge_worse();
            case INCONCLUSIVE -> texts.badge_inconclusive();
            case NOT_YET, TOO_LITTLE_DATA -> throw new IllegalArgumentException("Not a measured verdict: " + verdict);
        };
    }
}
