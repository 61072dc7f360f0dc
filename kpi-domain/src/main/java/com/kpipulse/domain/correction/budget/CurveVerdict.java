package com.kpipulse.domain.correction.budget;

import com.kpipulse.domain.text.Message;

import java.util.List;
import java.util.Objects;

/** A channel's response curve with its uncertainty, or why it has none. */
public sealed interface CurveVerdict {

    String channel();

    /**
     * @param curve          the curve fitted on the weeks
     * @param resamples      the curve fitted on each bootstrap resample of the same weeks: the spread of any figure
     *                       read off them is the figure's uncertainty
     * @param weeks          the weeks fitted on
     * @param spendVariation the coefficient of variation of their spend
     */
    record Fitted(String channel, ResponseCurve curve, List<ResponseCurve> resamples, int weeks,
                  double spendVariation) implements CurveVerdict {

        public Fitted {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(curve, "curve");
            resamples = List.copyOf(resamples);
            if (resamples.isEmpty()) {
                throw new IllegalArgumentException("A fitted curve comes with its resamples");
            }
        }
    }

    /** No curve: {@code reason} as data, {@code message} as a person reads it. */
    record NoCurve(String channel, NoCurveReason reason, Message message) implements CurveVerdict {

        public NoCurve {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }
}
