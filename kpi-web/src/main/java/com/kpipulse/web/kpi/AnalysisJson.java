package com.kpipulse.web.kpi;

import com.kpipulse.application.analysis.AnalyzedDeviation;
import com.kpipulse.domain.analysis.why.Diagnosis;
import com.kpipulse.domain.analysis.why.DriverContribution;
import com.kpipulse.domain.analysis.why.NoDiagnosis;
import com.kpipulse.domain.analysis.why.SliceContribution;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Why a KPI deviated, as {@code GET /api/v1/kpis/{code}/analysis} answers it: figures as JSON numbers in the KPI's
 * unit (rates as fractions, like the values API); without a diagnosis the figures are null, {@code cause} is null and
 * {@code reason} says why, in both languages.
 */
public record AnalysisJson(String kpi, String period, String compareTo, BigDecimal actual, BigDecimal reference,
                           BigDecimal deviation, boolean provisional, long daysCovered, List<DriverJson> drivers,
                           List<ChannelJson> channels, List<String> explainedBy, String cause, TextJson evidence,
                           TextJson reason) {

    /** A sentence or a few, in both languages. */
    public record TextJson(String ru, String en) {

        static TextJson of(List<Message> messages) {
            return new TextJson(said(messages, Locale.forLanguageTag("ru")), said(messages, Locale.ENGLISH));
        }

        private static String said(List<Message> messages, Locale locale) {
            return messages.stream().map(message -> message.in(locale)).collect(Collectors.joining(" "));
        }
    }

    /** A driver's values (in its own unit) and its part of the deviation (in the KPI's unit), with its own parts. */
    public record DriverJson(String code, TextJson name, String role, BigDecimal actual, BigDecimal reference,
                             BigDecimal contribution, List<DriverJson> parts) {

        static DriverJson from(DriverContribution driver) {
            return new DriverJson(driver.code(), new TextJson(driver.name().ru(), driver.name().en()),
                    driver.role().name(), number(driver.actual()), number(driver.reference()),
                    number(driver.contribution()), driver.parts().stream().map(DriverJson::from).toList());
        }
    }

    /** A channel's part of the deviation, split into its own rate's and its weight's ({@code ""}: no channel). */
    public record ChannelJson(String channel, TextJson name, BigDecimal actual, BigDecimal reference,
                              BigDecimal contribution, BigDecimal rateEffect, BigDecimal mixEffect,
                              double explanatoryPower) {

        static ChannelJson from(SliceContribution slice) {
            return new ChannelJson(slice.slice(), new TextJson(slice.name().ru(), slice.name().en()),
                    slice.actual().map(AnalysisJson::number).orElse(null),
                    slice.reference().map(AnalysisJson::number).orElse(null), number(slice.contribution()),
                    number(slice.rateEffect()), number(slice.mixEffect()), slice.explanatoryPower());
        }
    }

    static AnalysisJson from(AnalyzedDeviation analyzed) {
        String period = analyzed.period().code();
        String against = analyzed.against().name();
        return switch (analyzed.answer()) {
            case Diagnosis diagnosis -> new AnalysisJson(diagnosis.kpi().value(), period, against,
                    number(diagnosis.actual()), number(diagnosis.reference()), number(diagnosis.deviation()),
                    analyzed.provisional(), analyzed.daysCovered(),
                    diagnosis.drivers().stream().map(DriverJson::from).toList(),
                    diagnosis.channels().stream().map(ChannelJson::from).toList(), diagnosis.explainedBy(),
                    diagnosis.cause().name(), TextJson.of(diagnosis.evidence()), null);
            case NoDiagnosis none -> new AnalysisJson(none.kpi().value(), period, against, null, null, null,
                    analyzed.provisional(), analyzed.daysCovered(), List.of(), List.of(), List.of(), null, null,
                    TextJson.of(List.of(none.reason())));
        };
    }

    /** At 34 significant digits, without trailing zeros and never in exponent notation. */
    static BigDecimal number(BigDecimal value) {
        BigDecimal rounded = value.round(MathContext.DECIMAL128).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
