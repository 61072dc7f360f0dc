package com.kpipulse.application.run;

import com.kpipulse.application.measure.DataFreshness;
import com.kpipulse.application.measure.SourceFreshness;
import com.kpipulse.domain.measure.Delivery;
import com.kpipulse.domain.measure.MeasureCode;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;

/**
 * Inside a run of work ({@link RunMemo}) how far each source has delivered is read once per question: a cycle's
 * scorecards and analyses each ask.
 */
@Decorator
@Priority(1)
public abstract class FreshnessReadOncePerRun implements DataFreshness {

    private final DataFreshness freshness;
    private final RunMemo memo;

    @Inject
    FreshnessReadOncePerRun(@Delegate DataFreshness freshness, RunMemo memo) {
        this.freshness = freshness;
        this.memo = memo;
    }

    private record LastDaysOf(Set<MeasureCode> measures) {
    }

    @Override
    public List<SourceFreshness> lastDaysOf(Set<MeasureCode> measures) {
        Set<MeasureCode> asked = Set.copyOf(measures);
        return memo.once(new LastDaysOf(asked), () -> freshness.lastDaysOf(asked));
    }

    @Override
    public List<Delivery> deliveries() {
        return memo.once(FreshnessReadOncePerRun.class, freshness::deliveries);
    }
}
