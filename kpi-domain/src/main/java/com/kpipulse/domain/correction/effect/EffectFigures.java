package com.kpipulse.domain.correction.effect;

import com.kpipulse.domain.channel.Channel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of a measured effect, in the KPI's unit (rates as fractions; a KPI whose days are averaged, such as
 * revenue, per day).
 *
 * @param before          the KPI over the weeks before the start, in the action's channels
 * @param after           the KPI over the weeks of the measuring window
 * @param counterfactual  what the KPI would have been in the window without the action
 * @param effect          after − counterfactual, with its interval
 * @param relativeEffect  the effect as a share of the counterfactual (0.12 is +12 %), when the counterfactual is
 *                        above zero
 * @param controlChannels the channels compared with; empty for an interrupted time series
 * @param control         the KPI over those channels before and in the window
 * @param expected        where the change the action was expected to make stands against the interval, when it was
 *                        given and the effect has a relative size
 */
public record EffectFigures(EffectMethod method, BigDecimal before, BigDecimal after, BigDecimal counterfactual,
                            IntervalEstimate effect, Optional<IntervalEstimate> relativeEffect,
                            List<Channel> controlChannels, Optional<ControlLevels> control,
                            Optional<ExpectedSize> expected, EffectBasis basis) {

    /** The KPI over the channels compared with, before the start and in the window. */
    public record ControlLevels(BigDecimal before, BigDecimal after) {

        public ControlLevels {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    public EffectFigures {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(counterfactual, "counterfactual");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(relativeEffect, "relativeEffect");
        controlChannels = List.copyOf(controlChannels);
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(basis, "basis");
        boolean compared = method == EffectMethod.DID;
        if (compared == controlChannels.isEmpty() || compared != control.isPresent()) {
            throw new IllegalArgumentException("A difference in differences names its channels and their levels; "
                    + "a time series has none");
        }
    }
}
