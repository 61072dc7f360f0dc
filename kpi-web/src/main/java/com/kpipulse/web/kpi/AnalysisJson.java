package com.kpipulse.web.kpi;

import com.kpipulse.application.analysis.AnalyzedDeviation;
import com.kpipulse.domain.analysis.why.Diagnosis;
import com.kpipulse.domain.analysis.why.DriverContribution;
import com.kpipulse.domain.analysis.why.NoDiagnosis;
import com.kpipulse.domain.analysis.why.SliceContribution;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Why a KPI deviated, as {@code GET /api/v1/kpis/{code}/analysis} answers it: figures as JSON numbers in the KPI's
 * unit (rates as fractions, like the values API); without a diagnosis the figures are null, {@code cause} is null and
 * {@code reason} says why, in both languages. {@code compared} gives the days read on each side: a provisional period
 * is compared over its days covered with the same days of the period before or of last year.
 */
public record AnalysisJson(String kpi, String period, String compareTo, BigDecimal actual, BigDecimal reference,
                           BigDecimal deviation, boolean provisional, long daysCovered, ComparedJson compared,
                           List<DriverJson> drivers, List<ChannelJson> channels, List<String> explainedBy, String cause,
                           TextJson evidence, TextJson reason) {

    /**
     * The days compared, both ends included: those of the period ({@code from}, {@code to}) and those of the period
     * before or last year held against them ({@code referenceFrom}, {@code referenceTo}; null against the plan).
     */
    public record ComparedJson(LocalDate from, LocalDate to, LocalDate referenceFrom, LocalDate referenceTo) {

        static ComparedJson of(AnalyzedDeviation analyzed) {
            return new ComparedJson(analyzed.compared().start(), analyzed.compared().lastDay(),
                    analyzed.comparedWith().map(Period::start).orElse(null),
                    analyzed.comparedWith().map(Period::lastDay).orElse(null));
        }
    }

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
                    analyzed.provisional(), analyzed.daysCovered(), ComparedJson.of(analyzed),
                    diagnosis.drivers().stream().map(DriverJson::from).toList(),
                    diagnosis.channels().stream().map(ChannelJson::from).toList(), diagnosis.explainedBy(),
                    diagnosis.cause().name(), TextJson.of(diagnosis.evidence()), null);
            case NoDiagnosis none -> new AnalysisJson(none.kpi().value(), period, against, null, null, null,
                    analyzed.provisional(), analyzed.daysCovered(), ComparedJson.of(analyzed), List.of(), List.of(), List.of(), null, null,
                    TextJson.of(List.of(none.reason())));
        };
    }

    /** At 34 significant digits, without trailing zeros and never in exponent notation. */
    static BigDecimal number(BigDecimal value) {
        BigDecimal rounded = value.round(MathContext.DECIMAL128).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
