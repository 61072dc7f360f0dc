package com.kpipulse.application.importing;

import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.text.Message;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A file is read on a thread of its own while the calling thread checks and stores what was read ({@link ReadAhead}):
 * the checks see the same rows and problems in the same order as when they read the file themselves, on the thread
 * that holds the transaction; a reading that fails fails the import; a store that fails stops the reading.
 */
class AFileReadAheadReachesTheChecksInItsOrderOnTheCallersThreadTest {

    @Test
    void rowsAndProblemsReachTheSinkInFileOrderOnTheCallersThread() {
        Thread caller = Thread.currentThread();
        Recording sink = new Recording(caller);

        ReadAhead.read(rows -> {
            for (int line = 2; line < 5_000; line++) {
                if (line % 777 == 0) {
                    rows.reject(RowProblem.ofFile(Message.of(ImportProblemKind.UNREADABLE)));
                } else {
                    rows.accept(row(line));
                }
            }
        }, sink);

        List<String> expected = new ArrayList<>();
        for (int line = 2; line < 5_000; line++) {
            expected.add(line % 777 == 0 ? "problem" : Integer.toString(line));
        }
        assertThat(sink.seen).as("more than %d chunks", 4).isEqualTo(expected);
        assertThat(sink.otherThreads).isZero();
    }

    @Test
    void aReadingThatFailsFailsTheCallerAfterWhatItReadBefore() {
        Recording sink = new Recording(Thread.currentThread());

        assertThatThrownBy(() -> ReadAhead.read(rows -> {
            rows.accept(row(2));
            rows.accept(row(3));
            throw new IllegalStateException("the parser broke");
        }, sink)).isInstanceOf(IllegalStateException.class).hasMessage("the parser broke");
        assertThat(sink.seen).containsExactly("2", "3");
    }

    @Test
    void aStoreThatFailsStopsTheReading() throws InterruptedException {
        CountDownLatch readingEnded = new CountDownLatch(1);
        RowSink failing = new RowSink() {
            @Override
            public void accept(ObservationRow row) {
                if (row.line() == 3_000) {
                    throw new IllegalStateException("the store went away");
                }
            }

            @Override
            public void reject(RowProblem problem) {
            }
        };

        assertThatThrownBy(() -> ReadAhead.read(rows -> {
            try {
                for (long line = 2; ; line++) {  // a file without end, as far as the reading knows
                    rows.accept(row(line));
                }
            } finally {
                readingEnded.countDown();
            }
        }, failing)).hasMessage("the store went away");
        assertThat(readingEnded.await(30, TimeUnit.SECONDS)).as("the reading stopped").isTrue();
    }

    private static ObservationRow row(long line) {
        return new ObservationRow(line, "visits", LocalDate.of(2026, 3, 1), Grain.DAY, "seo", null, null,
                BigDecimal.ONE, null);
    }

    private static final class Recording implements RowSink {
        private final Thread expected;
        private final List<String> seen = new ArrayList<>();
        private int otherThreads;

        Recording(Thread expected) {
            this.expected = expected;
        }

        @Override
        public void accept(ObservationRow row) {
            check();
            seen.add(Long.toString(row.line()));
        }

        @Override
        public void reject(RowProblem problem) {
            check();
            seen.add("problem");
        }

        private void check() {
            if (Thread.currentThread() != expected) {
                otherThreads++;
            }
        }
    }
}
