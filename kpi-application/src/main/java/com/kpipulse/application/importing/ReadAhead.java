package com.kpipulse.application.importing;

import com.kpipulse.application.measure.ObservationRow;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A preset's reading on a thread of its own, handed to the calling thread in chunks, in file order: reading a large
 * file (parsing its text) and checking and storing its rows take about as long each, so the two run on two cores
 * (issue 17). The calling thread keeps everything else (the transaction, the checks, the store, the progress), so
 * what the sink sees is what it saw when it read the file itself: the same rows and problems in the same order.
 * At most {@value #CHUNKS_AHEAD} chunks of {@value #CHUNK} rows are read ahead. Should the reading fail, the caller
 * gets its exception; should the caller stop taking (its store failed), the reading stops too.
 */
final class ReadAhead {

    static final int CHUNK = 1024;
    static final int CHUNKS_AHEAD = 16;
    private static final Object END = new Object();

    private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private volatile boolean abandoned;

    private ReadAhead() {
    }

    /** Runs {@code reading} on a thread of its own; what it gives its sink reaches {@code sink} on this thread. */
    static void read(Consumer<RowSink> reading, RowSink sink) {
        new ReadAhead().run(reading, sink);
    }

    private void run(Consumer<RowSink> reading, RowSink sink) {
        Thread reader = Thread.ofPlatform().daemon().name("kpi-import-reader").start(() -> {
            Handing handing = new Handing();
            try {
                reading.accept(handing);
                handing.flush();
                put(END);
            } catch (Abandoned e) {
                // the caller stopped taking: nobody waits for the rest
            } catch (RuntimeException | Error e) {
                try {
                    handing.flush();  // what was read before it, as the sink would have seen it
                    put(new Failure(e));
                } catch (Abandoned abandonedMeanwhile) {
                    // nobody takes it
                }
            }
        });
        try {
            for (Object taken = take(); taken != END; taken = take()) {
                if (taken instanceof Failure failure) {
                    throw failure.rethrown();
                }
                for (Object item : (Object[]) taken) {
                    if (item == null) {
                        break;
                    }
                    if (item instanceof ObservationRow row) {
                        sink.accept(row);
                    } else {
                        sink.reject((RowProblem) item);
                    }
                }
            }
        } finally {
            abandoned = true;
            reader.interrupt();
        }
    }

    private Object take() {
        try {
            return chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted while its file was read", e);
        }
    }

    private void put(Object chunk) {
        try {
            while (!chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                if (abandoned) {
                    throw new Abandoned();
                }
            }
        } catch (InterruptedException e) {
            throw new Abandoned();
        }
    }

    /** The reading thread's sink: rows and problems in chunks, in order. */
    private final class Handing implements RowSink {
        private Object[] chunk = new Object[CHUNK];
        private int size;

        @Override
        public void accept(ObservationRow row) {
            add(row);
        }

        @Override
        public void reject(RowProblem problem) {
            add(problem);
        }

        private void add(Object item) {
            chunk[size++] = item;
            if (size == CHUNK) {
                flush();
            }
        }

        void flush() {
            if (size > 0) {
                put(chunk);
                chunk = new Object[CHUNK];
                size = 0;
            }
        }
    }

    /** What the reading thread threw, to be thrown on the calling thread. */
    private record Failure(Throwable thrown) {
        RuntimeException rethrown() {
            if (thrown instanceof Error error) {
                throw error;
            }
            return (RuntimeException) thrown;
        }
    }

    /** The caller stopped taking. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super(null, null, false, false);
        }
    }
}
