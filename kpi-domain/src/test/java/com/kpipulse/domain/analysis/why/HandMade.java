package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/** Figures small enough to work out by hand: weeks of 2026 with a few channels. */
final class HandMade {

    private HandMade() {
    }

    /** {@code sums("visits", 1000, "orders", 21)}. */
    static MeasureSums sums(Object... codesAndValues) {
        var values = new LinkedHashMap<String, BigDecimal>();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            values.put((String) codesAndValues[i], new BigDecimal(codesAndValues[i + 1].toString()));
        }
        return new MeasureSums(values);
    }

    /** Week {@code number} of 2026 with the channels in the order given. */
    static PeriodFigures week(int number, Map<String, MeasureSums> channels, InputFlag... flags) {
        var figures = new ArrayList<ChannelFigures>();
        channels.forEach((code, sums) -> figures.add(ChannelFigures.of(code, sums)));
        return new PeriodFigures(Period.isoWeek(2026, number), figures, List.of(flags));
    }

    /** {@code weeks} weeks before week {@code number}, oldest first, each made by {@code week} from its distance. */
    static List<PeriodFigures> history(int number, int weeks, IntFunction<Map<String, MeasureSums>> week) {
        var history = new ArrayList<PeriodFigures>();
        for (int back = weeks; back >= 1; back--) {
            history.add(week(number - back, week.apply(back)));
        }
        return history;
    }

    static DeviationQuestion question(String kpi, PeriodFigures actual, PeriodFigures reference,
                                      List<PeriodFigures> history) {
        return new DeviationQuestion(new KpiCode(kpi), ReferenceKind.PREVIOUS, actual, reference, Optional.empty(),
                history, Set.of(), Optional.of(SyntheticCompany.RUB));
    }

    static Map<String, MeasureSums> channels(Object... codesAndSums) {
        var channels = new LinkedHashMap<String, MeasureSums>();
        for (int i = 0; i < codesAndSums.length; i += 2) {
            channels.put((String) codesAndSums[i], (MeasureSums) codesAndSums[i + 1]);
        }
        return channels;
    }
}
