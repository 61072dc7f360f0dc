package com.kpipulse.adapters.cycle;

import com.kpipulse.adapters.contract.PortContract;
import com.kpipulse.application.cycle.CycleSnapshots;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.analysis.why.ReferenceKind;
import com.kpipulse.domain.analysis.why.WhySentence;
import com.kpipulse.domain.cycle.CycleCause;
import com.kpipulse.domain.cycle.CycleFigure;
import com.kpipulse.domain.text.Message;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.cycle.CycleSnapshot;
import com.kpipulse.domain.cycle.CycleSummary;
import com.kpipulse.domain.cycle.Impact;
import com.kpipulse.domain.cycle.SourceCompleteness;
import com.kpipulse.domain.evaluation.Status;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.period.Grain;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every store of cycle snapshots does: a snapshot comes back as it was kept, figure by figure in its order; a
 * new one for the same period takes the old one's place whole and says which it replaced; the list gives the periods
 * that start in the span, latest first.
 */
public abstract class CycleSnapshotsContract extends PortContract {

    private static final Currency RUB = Currency.getInstance("RUB");

    protected abstract CycleSnapshots snapshots();

    /** Each test keeps its snapshots in a year of its own, so tests sharing one database never meet. */
    private static final int FIRST = 2011;
    private static final int REPLACE = 2012;
    private static final int NEVER = 2013;
    private static final int LIST = 2014;

    @Test
    void aSnapshotComesBackAsItWasKept() {
        CycleSnapshot kept = snapshot(CyclePeriod.of(Grain.WEEK, LocalDate.of(FIRST, 3, 10)), "hanna", 2);

        assertThat(tx(() -> snapshots().replace(kept))).isEmpty();

        CycleSnapshot read = tx(() -> snapshots().find(kept.period())).orElseThrow();
        assertThat(read.period()).isEqualTo(kept.period());
        assertThat(read.provisional()).isEqualTo(kept.provisional());
        assertThat(read.lastWholeDay()).isEqualTo(kept.lastWholeDay());
        assertThat(read.ranAt()).isEqualTo(kept.ranAt());
        assertThat(read.ranBy()).isEqualTo("hanna");
        assertThat(read.completeness()).isEqualTo(kept.completeness());
        assertThat(read.figures()).hasSize(kept.figures().size());
        for (int i = 0; i < kept.figures().size(); i++) {
            assertSameFigure(read.figures().get(i), kept.figures().get(i));
        }
        assertThat(read.deviations()).extracting(figure -> figure.kpi().value()).containsExactly("revenue", "traffic");
    }

    @Test
    void aNewRunReplacesThePeriodsSnapshotWholeAndSaysWhichItReplaced() {
        CyclePeriod period = CyclePeriod.of(Grain.MONTH, LocalDate.of(REPLACE, 5, 1));
        CycleSnapshot first = snapshot(period, "hanna", 2);
        CycleSnapshot second = snapshot(period, "ada", 1);
        tx(() -> snapshots().replace(first));

        Optional<CycleSnapshot> replaced = tx(() -> snapshots().replace(second));

        assertThat(replaced).map(CycleSnapshot::ranBy).contains("hanna");
        CycleSnapshot read = tx(() -> snapshots().find(period)).orElseThrow();
        assertThat(read.ranBy()).isEqualTo("ada");
        assertThat(read.figures()).hasSize(second.figures().size());
        assertThat(tx(() -> snapshots().between(period.period().start(), period.period().start())))
                .extracting(CycleSummary::ranBy).containsExactly("ada");
    }

    @Test
    void aPeriodThatNeverRanHasNoSnapshot() {
        assertThat(tx(() -> snapshots().find(CyclePeriod.of(Grain.WEEK, LocalDate.of(NEVER, 8, 3))))).isEmpty();
    }

    @Test
    void theListGivesThePeriodsStartingInTheSpanLatestFirstWithTheirCounts() {
        CyclePeriod january = CyclePeriod.of(Grain.MONTH, LocalDate.of(LIST, 1, 1));
        CyclePeriod februaryWeek = CyclePeriod.of(Grain.WEEK, LocalDate.of(LIST, 2, 15));
        CyclePeriod december = CyclePeriod.of(Grain.MONTH, LocalDate.of(LIST, 12, 1));
        tx(() -> snapshots().replace(snapshot(january, "hanna", 2)));
        tx(() -> snapshots().replace(snapshot(februaryWeek, "schedule", 2)));
        tx(() -> snapshots().replace(snapshot(december, "hanna", 2)));

        List<CycleSummary> listed = tx(() -> snapshots().between(LocalDate.of(LIST, 1, 1), LocalDate.of(LIST, 11, 30)));

        assertThat(listed).extracting(CycleSummary::period).containsExactly(februaryWeek, january);
        CycleSummary week = listed.getFirst();
        assertThat(week.offTrack()).isEqualTo(1);
        assertThat(week.atRisk()).isEqualTo(1);
        assertThat(week.offTrackThreeInARow()).isEqualTo(1);
        assertThat(week.ranBy()).isEqualTo("schedule");
    }

    private static void assertSameFigure(CycleFigure read, CycleFigure kept) {
        assertThat(read.kpi()).isEqualTo(kept.kpi());
        assertThat(read.channel()).isEqualTo(kept.channel());
        assertThat(read.unit()).isEqualTo(kept.unit());
        assertThat(read.direction()).isEqualTo(kept.direction());
        assertThat(read.currency()).isEqualTo(kept.currency());
        assertSameNumber(read.actual(), kept.actual());
        assertThat(read.judgement()).isEqualTo(kept.judgement());
        assertSameNumber(read.target(), kept.target());
        assertSameNumber(read.attainment(), kept.attainment());
        assertThat(read.status()).isEqualTo(kept.status());
        assertThat(read.goalId()).isEqualTo(kept.goalId());
        assertSameNumber(read.previous(), kept.previous());
        assertSameNumber(read.lastYear(), kept.lastYear());
        assertThat(read.offTrackThreeInARow()).isEqualTo(kept.offTrackThreeInARow());
        assertThat(read.why().isPresent()).isEqualTo(kept.why().isPresent());
        kept.why().ifPresent(why -> {
            CycleCause back = read.why().orElseThrow();
            assertThat(back.against()).isEqualTo(why.against());
            assertThat(back.cause()).isEqualTo(why.cause());
            assertThat(back.alsoFits()).isEqualTo(why.alsoFits());
            assertThat(back.explainedBy()).isEqualTo(why.explainedBy());
            assertThat(back.driver()).isEqualTo(why.driver());
            assertThat(back.anomalies()).isEqualTo(why.anomalies());
            assertThat(back.evidence()).extracting(Message::code)
                    .isEqualTo(why.evidence().stream().map(Message::code).toList());
            assertThat(back.evidence()).extracting(Message::russian)
                    .isEqualTo(why.evidence().stream().map(Message::russian).toList());
            assertThat(back.evidence()).extracting(Message::english)
                    .isEqualTo(why.evidence().stream().map(Message::english).toList());
        });
        switch (kept.impact()) {
            case Impact.InMoney money -> {
                assertThat(read.impact()).isInstanceOf(Impact.InMoney.class);
                assertThat(((Impact.InMoney) read.impact()).amount()).isEqualByComparingTo(money.amount());
                assertThat(((Impact.InMoney) read.impact()).currency()).isEqualTo(money.currency());
            }
            case Impact.ShareOfTarget share -> assertThat(((Impact.ShareOfTarget) read.impact()).share())
                    .isEqualByComparingTo(share.share());
            case Impact.Unmeasured none -> assertThat(read.impact()).isEqualTo(none);
        }
    }

    private static void assertSameNumber(Optional<BigDecimal> read, Optional<BigDecimal> kept) {
        assertThat(read.isPresent()).isEqualTo(kept.isPresent());
        kept.ifPresent(value -> assertThat(read.orElseThrow()).isEqualByComparingTo(value));
    }

    /** A channel's drop, with evidence in both languages (a name, a nested sentence) and an anomaly beside it. */
    private static final CycleCause REVENUE_CAUSE = new CycleCause(ReferenceKind.PLAN, Cause.CHANNEL,
            List.of(Cause.DATA, Cause.BUDGET), List.of("vk_ads", "google_ads"), Optional.of("conversion_rate"),
            List.of(Message.of(WhySentence.DEVIATION, LocalizedText.of("Выручка", "Revenue"), "−18 %",
                            Message.of(ReferenceKind.PLAN), "−540 000"),
                    Message.of(ReferenceKind.PREVIOUS)),
            List.of("visits.yandex_metrica.vk_ads.2026-02-03.missing"));

    /** Revenue off track (money), traffic at risk, ROMI with no goal, and revenue on one channel; {@code figures} of them. */
    private static CycleSnapshot snapshot(CyclePeriod period, String ranBy, int sources) {
        List<CycleFigure> figures = new ArrayList<>(List.of(
                new CycleFigure(new KpiCode("traffic"), Optional.empty(), Unit.COUNT, Direction.HIGHER_IS_BETTER,
                        Optional.empty(), Optional.of(new BigDecimal("9400")), CycleFigure.Judgement.JUDGED,
                        Optional.of(new BigDecimal("10000")), Optional.of(new BigDecimal("0.94")),
                        Optional.of(Status.AT_RISK), Optional.of("7b0e4c1e-0d8c-4b8e-9a55-2d0f2c2f3a11"),
                        Optional.of(new BigDecimal("9800")), Optional.empty(), new Impact.ShareOfTarget(new BigDecimal("0.06")),
                        false, Optional.of(new CycleCause(ReferenceKind.PREVIOUS, Cause.BUDGET, List.of(), List.of(),
                                Optional.empty(), List.of(), List.of()))),
                new CycleFigure(new KpiCode("revenue"), Optional.empty(), Unit.MONEY, Direction.HIGHER_IS_BETTER,
                        Optional.of(RUB), Optional.of(new BigDecimal("1234567.891234")), CycleFigure.Judgement.JUDGED,
                        Optional.of(new BigDecimal("1500000")), Optional.of(new BigDecimal("0.8230452608226666666666666666666667")),
                        Optional.of(Status.OFF_TRACK), Optional.of("7b0e4c1e-0d8c-4b8e-9a55-2d0f2c2f3a11"),
                        Optional.of(new BigDecimal("1400000")), Optional.of(new BigDecimal("1100000")),
                        new Impact.InMoney(new BigDecimal("265432.108766"), RUB), true, Optional.of(REVENUE_CAUSE)),
                new CycleFigure(new KpiCode("romi"), Optional.empty(), Unit.PERCENT, Direction.HIGHER_IS_BETTER,
                        Optional.empty(), Optional.empty(), CycleFigure.Judgement.NO_GOAL, Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(new BigDecimal("0.25")),
                        Optional.empty(), new Impact.Unmeasured(), false, Optional.empty()),
                new CycleFigure(new KpiCode("revenue"), Optional.of("vk_ads"), Unit.MONEY, Direction.HIGHER_IS_BETTER,
                        Optional.of(RUB), Optional.of(new BigDecimal("100000")), CycleFigure.Judgement.UPCOMING,
                        Optional.of(new BigDecimal("120000")), Optional.empty(), Optional.empty(),
                        Optional.of("7b0e4c1e-0d8c-4b8e-9a55-2d0f2c2f3a11"), Optional.empty(), Optional.empty(),
                        new Impact.Unmeasured(), false, Optional.empty())));
        List<SourceCompleteness> completeness = new ArrayList<>();
        completeness.add(new SourceCompleteness("crm", period.period().lastDay(), 7, 7));
        if (sources > 1) {
            completeness.add(new SourceCompleteness("metrica", period.period().start().plusDays(4), 5, 7));
        }
        return new CycleSnapshot(period, false, period.period().lastDay(), Instant.now().truncatedTo(ChronoUnit.MICROS),
                ranBy, figures, completeness);
    }
}
