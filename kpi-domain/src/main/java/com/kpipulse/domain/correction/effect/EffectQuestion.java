package com.kpipulse.domain.correction.effect;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.channel.Channel;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.measure.Unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the measurement of a corrective action's effect is asked about.
 *
 * @param kpiName         the KPI's name as it stands in a sentence («Конверсия сайта»)
 * @param unit            the KPI's unit, and {@code currency} for money, to write the figures
 * @param wanted          which way the action should move the KPI: the KPI's own direction (lower is better for CPA
 *                        and CAC)
 * @param treated         the KPI over the action's channels, or over all channels when the action names none
 * @param treatedChannels the action's channels; empty when it acts on the whole KPI
 * @param control         the channels the action did not touch, when there are any with data
 * @param dataUpTo        the last day whose data are in (usually yesterday)
 * @param expectedChange  the change the action was expected to make, as a fraction of what the KPI would have been
 *                        (−0.1 is −10 %), when the action says
 */
public record EffectQuestion(LocalizedText kpiName, Unit unit, Optional<Currency> currency, Direction wanted,
                             KpiDays treated, List<Channel> treatedChannels, Optional<Control> control,
                             MeasuringWindow window, LocalDate dataUpTo, Optional<BigDecimal> expectedChange) {

    public EffectQuestion {
        Objects.requireNonNull(kpiName, "kpiName");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(wanted, "wanted");
        Objects.requireNonNull(treated, "treated");
        treatedChannels = List.copyOf(treatedChannels);
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(dataUpTo, "dataUpTo");
        Objects.requireNonNull(expectedChange, "expectedChange");
        if (control.isPresent() && control.get().days().kind() != treated.kind()) {
            throw new IllegalArgumentException("The channels compared with must be computed as the action's are");
        }
        if (control.isPresent() && control.get().channels().stream().anyMatch(treatedChannels::contains)) {
            throw new IllegalArgumentException("A channel the action touched cannot be compared with");
        }
        if (expectedChange.isPresent() && expectedChange.get().compareTo(BigDecimal.ONE.negate()) <= 0) {
            throw new IllegalArgumentException("A KPI cannot fall by 100 % or more, got " + expectedChange.get());
        }
    }
}
