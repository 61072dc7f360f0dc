package com.kpipulse.application.correction;

import com.kpipulse.domain.correction.effect.EffectEstimate;
import com.kpipulse.domain.correction.effect.MeasuringWindow;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.measure.Unit;

import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a corrective action worked: its effect on its KPI as measured over its window, or that there is nothing to
 * measure because the action names no KPI the catalog knows (it is for a goal alone, or its KPI was removed).
 */
public sealed interface ActionEffect {

    /**
     * The estimate, with the window it was measured over: from the day the action started to its due date plus its
     * window (two weeks unless it says otherwise); the KPI with its unit and currency, which the figures are in. Not
     * measured yet and too little data are estimates too ({@link EffectEstimate.NotYet}, {@link EffectEstimate.TooLittleData}).
     */
    record Estimated(KpiCode kpi, Unit unit, Optional<Currency> currency, MeasuringWindow window,
                     EffectEstimate estimate) implements ActionEffect {
        public Estimated {
            Objects.requireNonNull(kpi, "kpi");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(estimate, "estimate");
        }
    }

    /** The action names no KPI to measure. */
    record NoKpi() implements ActionEffect {
    }
}
