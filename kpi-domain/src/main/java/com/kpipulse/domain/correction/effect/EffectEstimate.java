package com.kpipulse.domain.correction.effect;

import com.kpipulse.domain.text.Message;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of measuring a corrective action's effect: a verdict with its figures, or why there is none yet. Every
 * outcome has a verdict for a list and a summary a person reads on the action.
 */
public sealed interface EffectEstimate {

    EffectVerdict verdict();

    /**
     * «Сработало: Конверсия сайта, VK Реклама: +0,6 п.п. (от +0,5 п.п. до +0,7 п.п.) против каналов без изменений
     * (Яндекс Директ, SEO)».
     */
    Message summary();

    /**
     * The effect was measured.
     *
     * @param details the figures in sentences: the levels before, after and without the action, the effect in the
     *                KPI's unit, the channels compared with, how it was measured, the expected change
     */
    record Measured(EffectVerdict verdict, EffectFigures figures, Message summary, List<Message> details)
            implements EffectEstimate {

        private static final EnumSet<EffectVerdict> MEASURED = EnumSet.of(EffectVerdict.WORKED,
                EffectVerdict.NO_EFFECT, EffectVerdict.WORSE, EffectVerdict.INCONCLUSIVE);

        public Measured {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(figures, "figures");
            Objects.requireNonNull(summary, "summary");
            details = List.copyOf(details);
            if (!MEASURED.contains(verdict)) {
                throw new IllegalArgumentException("A measured effect has a verdict on it, got " + verdict);
            }
        }
    }

    /** The measuring window ends on {@code windowEnd}, or its data are not in yet. */
    record NotYet(LocalDate windowEnd, Message summary) implements EffectEstimate {

        public NotYet {
            Objects.requireNonNull(windowEnd, "windowEnd");
            Objects.requireNonNull(summary, "summary");
        }

        @Override
        public EffectVerdict verdict() {
            return EffectVerdict.NOT_YET;
        }
    }

    /**
     * Too few whole weeks with data: {@code weeksBefore} of {@code weeksBeforeNeeded} before the start, or
     * {@code weeksAfter} of {@code weeksAfterNeeded} in the window.
     */
    record TooLittleData(int weeksBefore, int weeksBeforeNeeded, int weeksAfter, int weeksAfterNeeded,
                         Message summary) implements EffectEstimate {

        public TooLittleData {
            Objects.requireNonNull(summary, "summary");
            if (weeksBefore >= weeksBeforeNeeded && weeksAfter >= weeksAfterNeeded) {
                throw new IllegalArgumentException("Enough weeks on both sides is not too little data");
            }
        }

        @Override
        public EffectVerdict verdict() {
            return EffectVerdict.TOO_LITTLE_DATA;
        }
    }
}
