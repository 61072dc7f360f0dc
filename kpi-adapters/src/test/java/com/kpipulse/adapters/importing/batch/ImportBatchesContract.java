package com.kpipulse.adapters.importing.batch;

import com.kpipulse.application.measure.Written;
import com.kpipulse.adapters.contract.PortContract;
import com.kpipulse.application.importing.ImportBatches;
import com.kpipulse.application.importing.ImportContent;
import com.kpipulse.application.importing.ImportProblemKind;
import com.kpipulse.application.importing.ImportReport;
import com.kpipulse.application.importing.ImportStatus;
import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.text.Message;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What every history of imports does: keeps an import as it ended (its problems in order, said again in either
 * language), without the preview a person saw, its time to the nearest microsecond; lists the latest first. An
 * import begun is RUNNING until it is recorded; one nobody holds any more (its process died) is said to be
 * INTERRUPTED, one held by a live import or begun a moment ago is not.
 */
public abstract class ImportBatchesContract extends PortContract {

    /** Later than any other test's imports, so they are the latest. */
    private static final Instant FAR_AHEAD = Instant.parse("2999-01-01T00:00:00Z");

    protected abstract ImportBatches batches();

    @Test
    void aRecordedImportIsFoundAsItEndedWithItsProblemsButWithoutItsPreview() {
        ImportReport report = new ImportReport(UUID.randomUUID(), ImportStatus.REJECTED, "generic_csv", "март.csv",
                "lena", Instant.parse("2026-03-20T10:15:30.123456789Z"), 40, 120, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), List.of(
                        new RowProblem(7, "Сумма", Message.of(ImportProblemKind.NEGATIVE,
                                LocalizedText.of("Выручка", "Revenue"), new BigDecimal("-3"))),
                        new RowProblem(12, null, Message.of(ImportProblemKind.UNKNOWN_MEASURE, "visitz"))),
                5, List.of(new ObservationRow(2, "visits", LocalDate.of(2026, 3, 1), Grain.DAY, "seo", null, null,
                        BigDecimal.ONE, null)));
        tx(() -> batches().record(report, "generic", ImportContent.ofBytes("март.csv", new byte[] {1, 2, 3})));

        ImportReport found = tx(() -> batches().find(report.id())).orElseThrow();

        assertThat(found).usingRecursiveComparison().ignoringFields("at", "errors", "preview").isEqualTo(report);
        assertThat(found.at()).as("to the nearest microsecond").isEqualTo(Instant.parse("2026-03-20T10:15:30.123457Z"));
        assertThat(found.preview()).isEmpty();
        assertThat(found.errors()).extracting(RowProblem::line, RowProblem::column,
                problem -> problem.message().code(), problem -> problem.message().russian(),
                problem -> problem.message().english()).containsExactly(
                tuple(7L, "Сумма", "import.negative", report.errors().get(0).message().russian(),
                        report.errors().get(0).message().english()),
                tuple(12L, null, "import.unknown_measure", report.errors().get(1).message().russian(),
                        report.errors().get(1).message().english()));
    }

    @Test
    void theLatestImportsComeFirst() {
        ImportReport first = committed(FAR_AHEAD.plusSeconds(1));
        ImportReport third = committed(FAR_AHEAD.plusSeconds(3));
        ImportReport second = committed(FAR_AHEAD.plusSeconds(2));
        for (ImportReport report : List.of(first, third, second)) {
            tx(() -> batches().record(report, "generic", ImportContent.ofBytes(report.fileName(), new byte[0])));
        }

        assertThat(tx(() -> batches().latest(2))).extracting(ImportReport::id).containsExactly(third.id(), second.id());
    }

    @Test
    void aBegunImportIsRunningUntilItIsRecordedAsItEnded() {
        ImportReport running = running(BEGUN);
        tx(() -> batches().begin(running, "generic"));

        assertThat(tx(() -> batches().find(running.id()))).map(ImportReport::status).contains(ImportStatus.RUNNING);

        ImportReport ended = new ImportReport(running.id(), ImportStatus.COMMITTED, running.presetId(),
                running.fileName(), running.importedBy(), BEGUN.plusSeconds(3), 10, 30, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 10), List.of(), 0, List.of()).withWritten(new Written(3, 2, 25));
        tx(() -> {
            batches().hold(running.id());
            batches().record(ended, "generic", ImportContent.ofBytes(ended.fileName(), new byte[] {1}));
        });

        ImportReport found = tx(() -> batches().find(running.id())).orElseThrow();
        assertThat(found.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(found.observations()).isEqualTo(30);
        assertThat(found.written()).as("how many values it added, replaced and found unchanged")
                .contains(new Written(3, 2, 25));
        assertThat(found.at()).isEqualTo(BEGUN.plusSeconds(3));
    }

    @Test
    void aRunningImportThatNobodyHoldsAnyMoreIsInterrupted() {
        ImportReport running = running(BEGUN);
        tx(() -> batches().begin(running, "generic"));

        int interrupted = tx(() -> batches().interruptAbandoned(BEGUN.plusSeconds(1)));

        assertThat(interrupted).isPositive();
        assertThat(tx(() -> batches().find(running.id()))).map(ImportReport::status).contains(ImportStatus.INTERRUPTED);
    }

    @Test
    void aRunningImportBegunAMomentAgoIsNotTakenForAbandoned() {
        ImportReport running = running(BEGUN);
        tx(() -> batches().begin(running, "generic"));

        tx(() -> batches().interruptAbandoned(BEGUN.minusSeconds(1)));

        assertThat(tx(() -> batches().find(running.id()))).map(ImportReport::status).contains(ImportStatus.RUNNING);
        tx(() -> batches().interruptAbandoned(BEGUN.plusSeconds(1)));
    }

    @Test
    void aRunningImportALiveImportHoldsIsNotInterruptedFromAnotherThread() throws Exception {
        ImportReport running = running(BEGUN);
        tx(() -> batches().begin(running, "generic"));
        AtomicReference<Optional<ImportReport>> seenMeanwhile = new AtomicReference<>();

        tx(() -> {
            batches().hold(running.id());
            Thread other = Thread.ofPlatform().start(() -> {
                tx(() -> batches().interruptAbandoned(BEGUN.plusSeconds(1)));
                seenMeanwhile.set(tx(() -> batches().find(running.id())));
            });
            try {
                other.join(Duration.ofSeconds(20));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            batches().record(new ImportReport(running.id(), ImportStatus.REJECTED, running.presetId(),
                    running.fileName(), running.importedBy(), BEGUN, 1, 0, null, null, List.of(), 0, List.of()),
                    "generic", ImportContent.ofBytes(running.fileName(), new byte[0]));
        });

        assertThat(seenMeanwhile.get()).as("read while the import ran").map(ImportReport::status)
                .contains(ImportStatus.RUNNING);
        assertThat(tx(() -> batches().find(running.id()))).map(ImportReport::status).contains(ImportStatus.REJECTED);
    }

    @Test
    void anImportNeverRecordedIsNotFound() {
        assertThat(tx(() -> batches().find(UUID.randomUUID()))).isEmpty();
    }

    /** Long before any other test's imports, so it is never among the latest. */
    private static final Instant BEGUN = Instant.parse("2001-05-01T09:00:00Z");

    private static ImportReport running(Instant at) {
        return new ImportReport(UUID.randomUUID(), ImportStatus.RUNNING, "generic_csv", "большой.csv", "mark", at, 0, 0,
                null, null, List.of(), 0, List.of());
    }

    private static ImportReport committed(Instant at) {
        return new ImportReport(UUID.randomUUID(), ImportStatus.COMMITTED, "generic_csv", at + ".csv", "vic", at, 1, 1,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), List.of(), 0, List.of());
    }
}
