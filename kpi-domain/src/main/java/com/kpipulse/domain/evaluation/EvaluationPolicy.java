package com.kpipulse.domain.evaluation;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.kpi.ProportionCounts;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How an actual is judged against its target. ON_TRACK from {@code onTrackFrom} attainment up,
 * AT_RISK from {@code atRiskFrom}, OFF_TRACK below. When {@code holdBackUncertainOffTrack} is on,
 * a rate KPI is not called OFF_TRACK while the 95 % interval around it (from the counts behind it)
 * still contains the target: it is AT_RISK, with that reason.
 */
public record EvaluationPolicy(BigDecimal onTrackFrom, BigDecimal atRiskFrom, boolean holdBackUncertainOffTrack) {

    public EvaluationPolicy {
        Objects.requireNonNull(onTrackFrom, "onTrackFrom");
        Objects.requireNonNull(atRiskFrom, "atRiskFrom");
        if (atRiskFrom.signum() <= 0 || atRiskFrom.compareTo(onTrackFrom) > 0) {
            throw new IllegalArgumentException("Need 0 < atRiskFrom <= onTrackFrom, got " + atRiskFrom + " and " + onTrackFrom);
        }
    }

    /** On track from 100 % of target, at risk from 90 %, small samples held back. */
    public static EvaluationPolicy standard() {
        return new EvaluationPolicy(BigDecimal.ONE, new BigDecimal("0.9"), true);
    }

    public EvaluationPolicy withThresholds(BigDecimal onTrack, BigDecimal atRisk) {
        return new EvaluationPolicy(onTrack, atRisk, holdBackUncertainOffTrack);
    }

    public EvaluationPolicy withoutSmallSampleHoldBack() {
        return new EvaluationPolicy(onTrackFrom, atRiskFrom, false);
    }

    /** Judges an actual against a target. Pure: the counts come from the engine when the KPI is a rate. */
    public KpiEvaluation judge(KpiDefinition kpi, Period period, KpiValue actual, KpiValue target,
                               Optional<ProportionCounts> counts) {
        if (actual instanceof KpiValue.None none) {
            return new KpiEvaluation(kpi.code(), period, actual, target, Optional.empty(), Status.NO_DATA, none.explanation());
        }
        if (target instanceof KpiValue.None none) {
            return new KpiEvaluation(kpi.code(), period, actual, target, Optional.empty(), Status.NO_DATA,
                    Message.of(EvaluationMessageKind.NO_TARGET, none.explanation()));
        }
        var known = (KpiValue.Known) actual;
        BigDecimal actualValue = known.value();
        BigDecimal targetValue = ((KpiValue.Known) target).value();
        LocalizedText actualFigure = LocalizedText.written(locale -> Figures.format(actualValue, kpi.unit(), known.currency(), locale));
        LocalizedText targetFigure = LocalizedText.written(locale -> Figures.format(targetValue, kpi.unit(), known.currency(), locale));
        Optional<BigDecimal> attainment = Attainment.of(kpi.direction(), actualValue, targetValue);
        if (attainment.isEmpty()) {
            boolean met = Attainment.meetsTarget(kpi.direction(), actualValue, targetValue);
            return new KpiEvaluation(kpi.code(), period, actual, target, attainment, met ? Status.ON_TRACK : Status.OFF_TRACK,
                    Message.of(met ? EvaluationMessageKind.TARGET_MET : EvaluationMessageKind.TARGET_NOT_MET,
                            actualFigure, targetFigure));
        }
        BigDecimal score = attainment.get();
        Status status = score.compareTo(onTrackFrom) >= 0 ? Status.ON_TRACK
                : score.compareTo(atRiskFrom) >= 0 ? Status.AT_RISK : Status.OFF_TRACK;
        Message reason = Message.of(EvaluationMessageKind.ATTAINMENT, actualFigure, targetFigure,
                LocalizedText.written(locale -> Figures.percent(score, locale)));
        if (status == Status.OFF_TRACK && holdBackUncertainOffTrack && counts.isPresent()) {
            ProportionInterval interval = ProportionInterval.wilson(counts.get(), ProportionInterval.Z_95);
            if (interval.contains(targetValue.doubleValue())) {
                BigDecimal trials = counts.get().trials();
                return new KpiEvaluation(kpi.code(), period, actual, target, attainment, Status.AT_RISK, Message.of(
                        EvaluationMessageKind.TOO_FEW_TRIALS, actualFigure, targetFigure,
                        LocalizedText.written(locale -> Figures.number(trials, 0, locale)),
                        LocalizedText.written(locale -> Figures.percent(BigDecimal.valueOf(interval.low()), locale)),
                        LocalizedText.written(locale -> Figures.percent(BigDecimal.valueOf(interval.high()), locale))));
            }
        }
        return new KpiEvaluation(kpi.code(), period, actual, target, attainment, status, reason);
    }
}
