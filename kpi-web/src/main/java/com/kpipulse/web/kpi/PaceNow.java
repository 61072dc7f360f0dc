package com.kpipulse.web.kpi;

import com.kpipulse.application.goal.TargetTrack;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.web.scorecard.StatusView;
import com.kpipulse.web.text.Formats;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/** Where the goal stood on a day: the actual since its start, what was due by then, and the two compared. */
public record PaceNow(LocalDate asOf, KpiValue actual, KpiValue due, String attainment, StatusView status) {

    static PaceNow from(TargetTrack.Pace pace, KpiDefinition kpi, Optional<Currency> currency, Locale locale) {
        return new PaceNow(pace.asOf(), pace.actualSinceStart(), new KpiValue.Known(pace.due(), kpi.unit(), currency),
                pace.evaluation().attainment().map(value -> Formats.percent(value, locale)).orElse("—"),
                StatusView.of(pace.evaluation().status(), locale));
    }
}
