package com.kpipulse.adapters.cluster;

import com.kpipulse.application.cluster.RunOnce;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every run-once does: of two callers under one name, the one that comes while the other runs skips; once the
 * name is free the work runs again; other names are not held up. Each caller runs on a thread of its own, as two
 * replicas would.
 */
public abstract class RunOnceContract {

    protected abstract RunOnce runOnce();

    @Test
    void aSecondCallerSkipsWhileTheFirstRunsAndRunsOnceTheNameIsFree() throws Exception {
        String name = "contract-" + UUID.randomUUID();
        assertThat(whileHeld(name, () -> runOnce().exclusively(name, () -> "second"))).isEmpty();
        assertThat(runOnce().exclusively(name, () -> "after")).contains("after");
    }

    @Test
    void otherNamesAreNotHeldUp() throws Exception {
        String name = "contract-" + UUID.randomUUID();
        assertThat(whileHeld(name, () -> runOnce().exclusively(name + "-other", () -> "other"))).contains("other");
    }

    @Test
    void workWithoutAResultRunsAndAnswersEmptyAndFreesTheName() {
        String name = "contract-" + UUID.randomUUID();
        boolean[] ran = {false};
        assertThat(runOnce().exclusively(name, () -> {
            ran[0] = true;
            return null;
        })).isEmpty();
        assertThat(ran[0]).isTrue();
        assertThat(runOnce().exclusively(name, () -> "free")).contains("free");
    }

    @Test
    void workThatFailsFreesTheName() {
        String name = "contract-" + UUID.randomUUID();
        try {
            runOnce().exclusively(name, () -> {
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the work's failure reaches the caller
        }
        assertThat(runOnce().exclusively(name, () -> "free")).contains("free");
    }

    /** Runs {@code attempt} on this thread while another thread's work holds {@code name}. */
    private <T> Optional<T> whileHeld(String name, Supplier<Optional<T>> attempt) throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Optional<String>> first = CompletableFuture.supplyAsync(() -> runOnce().exclusively(name,
                () -> {
                    holding.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return "first";
                }));
        try {
            assertThat(holding.await(30, TimeUnit.SECONDS)).as("the first caller runs").isTrue();
            return attempt.get();
        } finally {
            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).contains("first");
        }
    }
}
