package com.kpipulse.domain.evaluation;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.kpi.ProportionCounts;
import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How an actual is judged against its target. ON_TRACK from {@code onTrackFrom} attainment up,
 * AT_RISK from {@code atRiskFrom}, OFF_TRACK below. When {@code holdBackUncertainOffTrack} is on,
 * a rate KPI is not called OFF_TRACK while the 95 % interval around it (from the counts behind it)
 * still contains the target: it is AT_RISK, with that reason.
 */
public record EvaluationPolicy(BigDecimal onTrackFrom, BigDecimal atRiskFrom, boolean holdBackUncertainOffTrack) {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;

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
                    LocalizedText.of("Нет плана: " + none.reasonRu(), "No target: " + none.reasonEn()));
        }
        var known = (KpiValue.Known) actual;
        BigDecimal actualValue = known.value();
        BigDecimal targetValue = ((KpiValue.Known) target).value();
        String actualRu = Figures.format(actualValue, kpi.unit(), known.currency(), RU);
        String actualEn = Figures.format(actualValue, kpi.unit(), known.currency(), EN);
        String targetRu = Figures.format(targetValue, kpi.unit(), known.currency(), RU);
        String targetEn = Figures.format(targetValue, kpi.unit(), known.currency(), EN);
        Optional<BigDecimal> attainment = Attainment.of(kpi.direction(), actualValue, targetValue);
        if (attainment.isEmpty()) {
            boolean met = Attainment.meetsTarget(kpi.direction(), actualValue, targetValue);
            return new KpiEvaluation(kpi.code(), period, actual, target, attainment, met ? Status.ON_TRACK : Status.OFF_TRACK,
                    LocalizedText.of("Факт %s при плане %s: план %s".formatted(actualRu, targetRu, met ? "выполнен" : "не выполнен"),
                            "Actual %s against a target of %s: %s".formatted(actualEn, targetEn, met ? "met" : "not met")));
        }
        BigDecimal score = attainment.get();
        Status status = score.compareTo(onTrackFrom) >= 0 ? Status.ON_TRACK
                : score.compareTo(atRiskFrom) >= 0 ? Status.AT_RISK : Status.OFF_TRACK;
        LocalizedText reason = LocalizedText.of(
                "Факт %s при плане %s — выполнение %s".formatted(actualRu, targetRu, Figures.percent(score, RU)),
                "Actual %s against a target of %s: %s of target".formatted(actualEn, targetEn, Figures.percent(score, EN)));
        if (status == Status.OFF_TRACK && holdBackUncertainOffTrack && counts.isPresent()) {
            ProportionInterval interval = ProportionInterval.wilson(counts.get(), ProportionInterval.Z_95);
            if (interval.contains(targetValue.doubleValue())) {
                String n = Figures.number(counts.get().trials(), 0, EN);
                String low = Figures.percent(BigDecimal.valueOf(interval.low()), EN);
                String high = Figures.percent(BigDecimal.valueOf(interval.high()), EN);
                String lowRu = Figures.percent(BigDecimal.valueOf(interval.low()), RU);
                String highRu = Figures.percent(BigDecimal.valueOf(interval.high()), RU);
                return new KpiEvaluation(kpi.code(), period, actual, target, attainment, Status.AT_RISK, LocalizedText.of(
                        "Факт %s при плане %s, но наблюдений мало (%s): с вероятностью 95 %% истинное значение между %s и %s, и план в этом диапазоне. Рано говорить об отставании"
                                .formatted(actualRu, targetRu, Figures.number(counts.get().trials(), 0, RU), lowRu, highRu),
                        "Actual %s against a target of %s, but on only %s trials the true rate is anywhere between %s and %s (95 %%), which includes the target. Too few to call it off track"
                                .formatted(actualEn, targetEn, n, low, high)));
            }
        }
        return new KpiEvaluation(kpi.code(), period, actual, target, attainment, status, reason);
    }
}
