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
