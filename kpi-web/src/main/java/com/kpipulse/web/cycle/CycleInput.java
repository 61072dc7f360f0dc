package com.kpipulse.web.cycle;

import com.kpipulse.application.cycle.RunCycle;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.text.Dates;
import com.kpipulse.web.access.InvalidInput;
import com.kpipulse.web.text.Bundles;

import java.util.Locale;

/** A cycle's period as the API and the pages take it ({@code 2026-W05}, {@code 2026-01}), or a 400 saying why not. */
final class CycleInput {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private CycleInput() {
    }

    static CyclePeriod period(String field, String text) {
        String code = text == null ? "" : text.strip();
        return CyclePeriod.parse(code).orElseThrow(() -> {
            String shown = InputProblem.excerpt(text == null ? "" : text);
            return InvalidInput.of(field, "NOT_A_CYCLE_PERIOD",
                    Bundles.both(CycleMessages.class, texts -> texts.problem_not_a_period(shown)));
        });
    }

    /** A period that has not begun cannot be monitored yet. */
    static InvalidInput notStarted(RunCycle.Outcome.NotStarted notStarted) {
        return InvalidInput.of("period", "PERIOD_NOT_STARTED", com.kpipulse.domain.LocalizedText.of(
                Bundles.of(CycleMessages.class, RUSSIAN).problem_not_started(
                        notStarted.period().period().label(RUSSIAN), Dates.date(notStarted.firstDay(), RUSSIAN)),
                Bundles.of(CycleMessages.class, Locale.ENGLISH).problem_not_started(
                        notStarted.period().period().label(Locale.ENGLISH), Dates.date(notStarted.firstDay(), Locale.ENGLISH))));
    }
}
