package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.kpi.Funnel;
import com.kpipulse.domain.kpi.Funnels;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Analyze, step 2 of seed 001's cycle: why a KPI deviates from its plan, the previous period or last year. Splits the
 * deviation exactly among the KPI's drivers and among channels (with rate and mix effects), finds the smallest set of
 * channels that explains most of it, names the cause (channel, budget, strategy, data, season, or none: within noise)
 * with evidence a head can repeat, and reads the funnels. Plain computation over the figures it is given, no I/O.
 */
public final class WhyAnalysis {

    private final FormulaValues values;
    private final ChannelCatalog channels;
    private final List<Funnel> funnels;
    private final DriverDecomposition decomposition;
    private final SliceReading slices;
    private final CauseJudgement judgement;

    public WhyAnalysis(KpiCatalog catalog, ChannelCatalog channels) {
        this(catalog, channels, DriverTrees.standard(), Funnels.standard());
    }

    public WhyAnalysis(KpiCatalog catalog, ChannelCatalog channels, DriverTrees trees, List<Funnel> funnels) {
        this.values = new FormulaValues(catalog);
        this.channels = channels;
        this.funnels = List.copyOf(funnels);
        this.decomposition = new DriverDecomposition(values, trees);
        this.slices = new SliceReading(values, decomposition);
        this.judgement = new CauseJudgement(catalog, trees);
    }

    /**
     * @throws java.util.NoSuchElementException when the KPI is not in the catalog this analysis was made with (a bug:
     *                                          KPI codes come from stored data)
     */
    public WhyAnswer diagnose(DeviationQuestion question) {
        KpiDefinition kpi = values.catalog().get(question.kpi());
        LocalizedText kpiName = LocalizedText.of(kpi.nameRu(), kpi.nameEn());
        if (values.needsPreviousPeriod(kpi)) {
            return new NoDiagnosis(kpi.code(), Message.of(WhySentence.GROWTH_KPI, kpiName));
        }
        Set<String> chosen = question.channels();
        var moves = new Moves(values, question);
        MeasureSums now = moves.totalOf(question.actual());
        MeasureSums then = moves.totalOf(question.reference());
        Optional<BigDecimal> actual = values.of(kpi, now);
        if (actual.isEmpty()) {
            return new NoDiagnosis(kpi.code(), Message.of(WhySentence.NO_ACTUAL_VALUE, kpiName));
        }
        Optional<BigDecimal> reference = values.of(kpi, then);
        if (reference.isEmpty()) {
            return new NoDiagnosis(kpi.code(), Message.of(WhySentence.NO_REFERENCE_VALUE, kpiName,
                    Message.of(question.against())));
        }
        BigDecimal deviation = actual.get().subtract(reference.get());
        List<DriverContribution> drivers = decomposition.split(kpi, now, then, deviation);
        List<SliceContribution> channelParts = slices.read(kpi, question.actual().byChannel(chosen),
                question.reference().byChannel(chosen), deviation, this::channelName);
        List<String> explainedBy = ExplainingSet.of(channelParts);
        List<SliceContribution> campaignParts = explainedBy.size() == 1
                ? campaigns(kpi, question, explainedBy.getFirst()) : List.of();

        Optional<Move> kpiMove = moves.total(kpi.code().value());
        Optional<Move> yearEarlier = moves.yearEarlier(kpi.code().value(), kpiMove.flatMap(Move::noise));
        List<CauseFinding> findings = judgement.findings(new CauseJudgement.Facts(deviation, kpiMove, yearEarlier,
                question.against(), drivers, channelParts, explainedBy, flags(question)), moves);

        boolean noiseKnown = kpiMove.flatMap(Move::noise).isPresent();
        List<Message> evidence = new EvidenceWriter(values, new Wording(question.currency())).sentences(
                new EvidenceWriter.Subject(kpi, question.against(), actual.get(), reference.get(), drivers,
                        channelParts, noiseKnown), findings);
        return new Diagnosis(kpi.code(), question.against(), question.actual().period(), actual.get(), reference.get(),
                deviation, drivers, channelParts, explainedBy, campaignParts, ExplainingSet.of(campaignParts),
                findings.getFirst().cause(), findings, evidence, new FunnelDrops(values).read(funnels, question, moves));
    }

    /** The flags of both periods on the whole period or on a chosen channel. */
    private static List<InputFlag> flags(DeviationQuestion question) {
        var flags = new ArrayList<>(question.actual().flags());
        flags.addAll(question.reference().flags());
        Set<String> chosen = question.channels();
        return flags.stream().filter(flag -> flag.wholePeriod() || chosen.isEmpty() || chosen.contains(flag.channel()))
                .toList();
    }

    /** The channel's own change split among its campaigns, when it has two or more and the KPI has values on them. */
    private List<SliceContribution> campaigns(KpiDefinition kpi, DeviationQuestion question, String channel) {
        Map<String, MeasureSums> now = question.actual().campaignsOf(channel);
        Map<String, MeasureSums> then = question.reference().campaignsOf(channel);
        var all = new HashSet<>(now.keySet());
        all.addAll(then.keySet());
        if (all.size() < 2) {
            return List.of();
        }
        Optional<BigDecimal> after = values.of(kpi, MeasureSums.sum(now.values()));
        Optional<BigDecimal> before = values.of(kpi, MeasureSums.sum(then.values()));
        if (after.isEmpty() || before.isEmpty()) {
            return List.of();
        }
        return slices.read(kpi, now, then, after.get().subtract(before.get()), campaign -> campaign.isEmpty()
                ? rendered(Message.of(WhySentence.WITHOUT_CAMPAIGN)) : LocalizedText.of(campaign, campaign));
    }

    private LocalizedText channelName(String code) {
        if (code.isEmpty()) {
            return rendered(Message.of(WhySentence.WITHOUT_CHANNEL));
        }
        return channels.find(code).map(channel -> channel.name()).orElse(LocalizedText.of(code, code));
    }

    private static LocalizedText rendered(Message message) {
        return LocalizedText.of(message.russian(), message.english());
    }
}
