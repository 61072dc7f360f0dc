package com.kpipulse.web.importing.pull;

import com.kpipulse.application.cluster.RunOnce;
import com.kpipulse.application.importing.pull.PullReports;
import com.kpipulse.localstack.RealStackResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Two runners on two database sessions, as two replicas would be: the PostgreSQL advisory lock lets one through. */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class RunOnceExcludesASecondReplicaTest {

    @Inject
    RunOnce runOnce;

    @Inject
    PullReports pullReports;

    @Test
    void aSecondRunnerSkipsWhileTheFirstHoldsTheNameAndRunsOnceItIsFree() throws Exception {
        assertThat(whileHeldElsewhere("test-exclusive", () -> runOnce.exclusively("test-exclusive", () -> "second")))
                .isEmpty();
        assertThat(runOnce.exclusively("test-exclusive", () -> "after")).contains("after");
    }

    @Test
    void aScheduledPullIsSkippedWhileAnotherReplicaPulls() throws Exception {
        assertThat(whileHeldElsewhere(PullReports.LOCK, pullReports::pullDue)).isEmpty();
    }

    @Test
    void otherNamesAreNotHeldUp() throws Exception {
        assertThat(whileHeldElsewhere("test-one", () -> runOnce.exclusively("test-other", () -> "other")))
                .contains("other");
    }

    /** Runs {@code attempt} on this thread while another thread holds {@code name}. */
    private <T> Optional<T> whileHeldElsewhere(String name, Supplier<Optional<T>> attempt) throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Optional<String>> first = CompletableFuture.supplyAsync(() -> runOnce.exclusively(name, () -> {
            holding.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "first";
        }));
        try {
            assertThat(holding.await(30, TimeUnit.SECONDS)).as("the first runner took the lock").isTrue();
            return attempt.get();
        } finally {
            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).contains("first");
        }
    }
}
