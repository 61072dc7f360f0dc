package com.kpipulse.adapters.measure;

import com.kpipulse.adapters.contract.InPostgres;
import com.kpipulse.application.evaluation.DataVersion;
import com.kpipulse.application.goal.Goals;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.localstack.DatabaseResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The data version contract against PostgreSQL's change notices; the change is a goal stored through its port. */
@QuarkusTest
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DataVersionInPostgresTest extends DataVersionContract {

    @Inject
    DataVersion version;

    @Inject
    Goals goals;

    @Override
    protected DataVersion version() {
        return version;
    }

    /** Listening: two reads a moment apart give the same number, so a new one can only come from the change. */
    @Override
    protected void awaitSettled() {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            long first = version.current();
            pause();
            if (version.current() == first) {
                return;
            }
        }
        throw new AssertionError("the data version never settled: nobody listens for change notices");
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void changeTheData() {
        Goal goal = new Goal(GoalId.random(), "Смена данных", Optional.empty(), "hanna", LocalDate.of(2026, 10, 5),
                Optional.empty(), Optional.empty(), List.of(), Set.of());
        InPostgres.committed(() -> {
            goals.create(goal);
            return null;
        });
    }
}
