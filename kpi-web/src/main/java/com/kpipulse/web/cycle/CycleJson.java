package com.kpipulse.web.cycle;

import com.kpipulse.domain.cycle.CycleCause;
import com.kpipulse.domain.cycle.CycleFigure;
import com.kpipulse.domain.cycle.CycleSnapshot;
import com.kpipulse.domain.cycle.CycleSummary;
import com.kpipulse.domain.cycle.Impact;
import com.kpipulse.domain.cycle.SourceCompleteness;
import com.kpipulse.domain.evaluation.Status;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A cycle's snapshot as the API gives it: the period, whether it was over, the deviations ranked by their effect on
 * the goal, every figure, and each source's completeness. Numbers are full precision; percentages are fractions.
 *
 * @param replaced on a run: whether it replaced an earlier snapshot of the period; absent on a read
 */
public record CycleJson(String period, String grain, LocalDate start, LocalDate end, boolean provisional,
                        LocalDate lastWholeDay, Instant ranAt, String ranBy, Boolean replaced,
                        List<FigureJson> deviations, List<FigureJson> figures, List<SourceJson> completeness) {

    /** One KPI in total ({@code channel} null) or for one channel. */
    public record FigureJson(String kpi, String channel, String unit, String currency, BigDecimal actual,
                             String judgement, BigDecimal target, BigDecimal attainment, String status, String goalId,
                             BigDecimal previous, BigDecimal lastYear, ChangeJson changeAgainstPrevious,
                             ChangeJson changeAgainstLastYear, ImpactJson impact, boolean offTrackThreeInARow,
                             WhyJson why) {

        static FigureJson of(CycleFigure figure) {
            return new FigureJson(figure.kpi().value(), figure.channel().orElse(null), figure.unit().name(),
                    figure.currency().map(Currency::getCurrencyCode).orElse(null), figure.actual().orElse(null),
                    figure.judgement().name(), figure.target().orElse(null), figure.attainment().orElse(null),
                    figure.status().map(Status::name).orElse(null), figure.goalId().orElse(null),
                    figure.previous().orElse(null), figure.lastYear().orElse(null),
                    figure.changeAgainstPrevious().map(ChangeJson::of).orElse(null),
                    figure.changeAgainstLastYear().map(ChangeJson::of).orElse(null), ImpactJson.of(figure.impact()),
                    figure.offTrackThreeInARow(), figure.why().map(WhyJson::of).orElse(null));
        }
    }

    /**
     * Why a deviation happened, as the analysis said when the cycle ran (absent for a figure that does not deviate or
     * could not be analysed): the cause, what it was measured from, the other causes that fit, the channels that
     * explain it, the driver that moved it furthest, the evidence in both languages, and the ids of the anomalies in
     * its inputs nobody acknowledged ({@code /api/v1/anomalies}).
     */
    public record WhyJson(String cause, String compareTo, List<String> alsoFits, List<String> explainedBy,
                          String driver, EvidenceJson evidence, List<String> anomalies) {
        static WhyJson of(CycleCause why) {
            return new WhyJson(why.cause().name(), why.against().name(),
                    why.alsoFits().stream().map(Enum::name).toList(), why.explainedBy(), why.driver().orElse(null),
                    new EvidenceJson(said(why, Message::russian), said(why, Message::english)), why.anomalies());
        }

        private static String said(CycleCause why, Function<Message, String> language) {
            return why.evidence().stream().map(language).collect(Collectors.joining(" "));
        }
    }

    /** The evidence in both languages. */
    public record EvidenceJson(String ru, String en) {
    }

    /** A change: relative ({@code 0.05}: 5 % more), or in percentage points for a percentage KPI. */
    public record ChangeJson(BigDecimal value, boolean inPoints) {
        static ChangeJson of(CycleFigure.Change change) {
            return new ChangeJson(change.value(), change.inPoints());
        }
    }

    /** {@code MONEY} (amount short of the target, with its currency), {@code SHARE} (of the target) or {@code NONE}. */
    public record ImpactJson(String kind, BigDecimal value, String currency) {
        static ImpactJson of(Impact impact) {
            return switch (impact) {
                case Impact.InMoney money -> new ImpactJson("MONEY", money.amount(), money.currency().getCurrencyCode());
                case Impact.ShareOfTarget share -> new ImpactJson("SHARE", share.share(), null);
                case Impact.Unmeasured none -> new ImpactJson("NONE", null, null);
            };
        }
    }

    public record SourceJson(String source, LocalDate lastDay, long coveredDays, long dueDays, BigDecimal share) {
        static SourceJson of(SourceCompleteness source) {
            return new SourceJson(source.sourceSystem(), source.lastDay(), source.coveredDays(), source.dueDays(),
                    source.share().orElse(null));
        }
    }

    /** A stored cycle in the list. */
    public record SummaryJson(String period, String grain, LocalDate start, LocalDate end, boolean provisional,
                              Instant ranAt, String ranBy, long offTrack, long atRisk, long offTrackThreeInARow) {
        static SummaryJson of(CycleSummary summary) {
            return new SummaryJson(summary.period().code(), summary.period().grain().name(),
                    summary.period().period().start(), summary.period().period().lastDay(), summary.provisional(),
                    summary.ranAt(), summary.ranBy(), summary.offTrack(), summary.atRisk(), summary.offTrackThreeInARow());
        }
    }

    static CycleJson of(CycleSnapshot snapshot, Boolean replaced) {
        return new CycleJson(snapshot.period().code(), snapshot.period().grain().name(),
                snapshot.period().period().start(), snapshot.period().period().lastDay(), snapshot.provisional(),
                snapshot.lastWholeDay(), snapshot.ranAt(), snapshot.ranBy(), replaced,
                snapshot.deviations().stream().map(FigureJson::of).toList(),
                snapshot.figures().stream().map(FigureJson::of).toList(),
                snapshot.completeness().stream().map(SourceJson::of).toList());
    }
}
