package com.kpipulse.application.run;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A computation that reads nothing and changes nothing shared, done once by whichever thread takes it first: a run
 * (ADR 24, ADR 26) reads on its own thread and hands each such computation to the common fork-join pool as soon as
 * what it needs is read ({@link #offered}); when the run wants the result and no other thread has started it, the
 * run's thread computes it itself. Its failure is the run's failure, as if computed where asked.
 */
public final class TakenOnce<T> {

    private final Supplier<T> work;
    private final AtomicBoolean taken = new AtomicBoolean();
    private final CompletableFuture<T> result = new CompletableFuture<>();

    private TakenOnce(Supplier<T> work) {
        this.work = work;
    }

    /** The work, offered to the common fork-join pool now. */
    public static <T> TakenOnce<T> offered(Supplier<T> work) {
        TakenOnce<T> once = new TakenOnce<>(work);
        ForkJoinPool.commonPool().execute(once::computeUnlessTaken);
        return once;
    }

    /** The work, done by the first thread that asks for the result or calls {@link #computeUnlessTaken}. */
    public static <T> TakenOnce<T> waiting(Supplier<T> work) {
        return new TakenOnce<>(work);
    }

    /** Does the work here unless another thread has taken it. */
    public void computeUnlessTaken() {
        if (taken.compareAndSet(false, true)) {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }
    }

    /** The result; computed here when no other thread has taken the work yet, else waited for. */
    public T get() {
        computeUnlessTaken();
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
