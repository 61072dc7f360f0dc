package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The evidence of a diagnosis: one or two sentences a head can repeat, with figures. The first says the deviation and
 * its cause; up to two more say the other causes that fit; one more says when the history was too short to know the
 * noise.
 */
final class EvidenceWriter {

    private static final int FINDINGS_SAID = 3;

    private final FormulaValues values;
    private final Wording wording;

    EvidenceWriter(FormulaValues values, Wording wording) {
        this.values = values;
        this.wording = wording;
    }

    /** What the sentences speak of. */
    record Subject(KpiDefinition kpi, ReferenceKind against, BigDecimal actual, BigDecimal reference,
                   List<DriverContribution> drivers, List<SliceContribution> channels, boolean noiseKnown) {
    }

    List<Message> sentences(Subject subject, List<CauseFinding> findings) {
        KpiDefinition kpi = subject.kpi();
        BigDecimal deviation = subject.actual().subtract(subject.reference());
        Message headline = Message.of(WhySentence.DEVIATION, kpiName(kpi),
                wording.change(subject.reference(), subject.actual(), kpi.unit()), Message.of(subject.against()),
                wording.amount(deviation, kpi.unit()));
        var sentences = new ArrayList<Message>();
        for (CauseFinding finding : findings.subList(0, Math.min(FINDINGS_SAID, findings.size()))) {
            Message lead = sentences.isEmpty() ? headline : Message.of(WhySentence.ALSO);
            sentences.add(sentence(lead, finding, subject, deviation));
        }
        if (!subject.noiseKnown()) {
            sentences.add(Message.of(WhySentence.NO_HISTORY, Noise.MIN_CHANGES + 1));
        }
        return List.copyOf(sentences);
    }

    private Message sentence(Message lead, CauseFinding finding, Subject subject, BigDecimal deviation) {
        Unit unit = subject.kpi().unit();
        return switch (finding) {
            case CauseFinding.WithinNoise quiet -> Message.of(WhySentence.WITHIN_NOISE, lead,
                    quiet.kpi().noise().map(noise -> wording.band(noise, CauseJudgement.BEYOND_NOISE, unit))
                            .orElseGet(() -> wording.value(BigDecimal.ZERO, unit)));
            case CauseFinding.ChannelFinding channel -> channelSentence(lead, channel, subject);
            case CauseFinding.BudgetFinding budget -> Message.of(WhySentence.BUDGET, lead, values.nameOf(budget.spend()),
                    moveChange(budget.spendMove(), budget.spend()), figure(budget.spendMove().reference(), budget.spend()),
                    figure(budget.spendMove().actual(), budget.spend()), values.nameOf(budget.driver()),
                    wording.share(budget.share()));
            case CauseFinding.StrategyFinding strategy -> Message.of(WhySentence.STRATEGY, lead,
                    values.nameOf(strategy.driver()), moveChange(strategy.move(), strategy.driver()),
                    figure(strategy.move().reference(), strategy.driver()), figure(strategy.move().actual(), strategy.driver()),
                    strategy.channelsMoved(), strategy.channelsChecked(), wording.share(strategy.share()));
            case CauseFinding.DataFinding data -> Message.of(WhySentence.DATA, lead,
                    data.channels().isEmpty() ? Message.of(WhySentence.ALL_SOURCES)
                            : Wording.names(data.channels().stream().map(code -> nameOf(code, subject)).toList()),
                    wording.share(data.share()));
            case CauseFinding.SeasonFinding season -> Message.of(WhySentence.SEASON, lead,
                    wording.change(season.lastYear().reference(), season.lastYear().actual(), unit));
            case CauseFinding.Unexplained unexplained -> {
                Optional<DriverContribution> largest = CauseJudgement.largestAlong(subject.drivers(), deviation);
                yield Message.of(WhySentence.UNEXPLAINED, lead,
                        largest.map(DriverContribution::name).orElse(kpiName(subject.kpi())),
                        wording.amount(largest.map(DriverContribution::contribution).orElse(deviation), unit));
            }
        };
    }

    private Message channelSentence(Message lead, CauseFinding.ChannelFinding finding, Subject subject) {
        LocalizedText names = Wording.names(finding.channels().stream().map(code -> nameOf(code, subject)).toList());
        Optional<SliceContribution> first = subject.channels().stream()
                .filter(slice -> slice.slice().equals(finding.channels().getFirst())).findFirst();
        Optional<DriverContribution> driver = first
                .filter(slice -> slice.actual().isPresent() && slice.reference().isPresent()
                        && slice.actual().get().compareTo(slice.reference().get()) != 0)
                .flatMap(slice -> CauseJudgement.largestAlong(slice.drivers(),
                        slice.actual().get().subtract(slice.reference().get())));
        if (driver.isEmpty()) {
            return Message.of(WhySentence.CHANNEL_ALONE, lead, wording.share(finding.share()), names);
        }
        DriverContribution found = driver.get();
        return Message.of(WhySentence.CHANNEL, lead, wording.share(finding.share()), names, found.name(),
                wording.value(found.reference(), found.unit()), wording.value(found.actual(), found.unit()));
    }

    private LocalizedText nameOf(String slice, Subject subject) {
        return subject.channels().stream().filter(found -> found.slice().equals(slice)).findFirst()
                .map(SliceContribution::name).orElse(LocalizedText.of(slice, slice));
    }

    private LocalizedText moveChange(Move move, String code) {
        return wording.change(move.reference(), move.actual(), values.unitOf(code));
    }

    private LocalizedText figure(BigDecimal value, String code) {
        return wording.value(value, values.unitOf(code));
    }

    private static LocalizedText kpiName(KpiDefinition kpi) {
        return LocalizedText.of(kpi.nameRu(), kpi.nameEn());
    }
}
