package com.kpipulse.application.scorecard;

import com.kpipulse.application.operations.WorkMeter;
import com.kpipulse.application.testing.InMemoryWorkMeter;
import com.kpipulse.domain.period.Coverage;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.scorecard.Role;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AScorecardIsComputedOncePerChangeOfTheDataTest {

    private final AtomicLong version = new AtomicLong(7);
    private final AtomicInteger computed = new AtomicInteger();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final InMemoryWorkMeter meter = new InMemoryWorkMeter();
    private final RecentScorecards recent = new RecentScorecards(this::compute, version::get, meter, clock);

    @Test
    void theSameRequestIsServedFromTheFirstComputationUntilTheDataChanges() {
        Scorecard first = recent.show(head(Set.of()));
        Scorecard again = recent.show(head(Set.of()));

        assertThat(again).isSameAs(first);
        assertThat(computed).hasValue(1);

        version.incrementAndGet();
        Scorecard afterChange = recent.show(head(Set.of()));

        assertThat(afterChange).isNotSameAs(first);
        assertThat(computed).hasValue(2);
        assertThat(recent.size()).as("the scorecard of the old data is dropped").isEqualTo(1);
        assertThat(meter.scorecards(true)).as("served from what was kept").isEqualTo(1);
        assertThat(meter.scorecards(false)).as("computed").isEqualTo(2);
    }

    @Test
    void aChangeMadeHereCountsBeforeTheDatabaseSaysSo() {
        Scorecard first = recent.show(head(Set.of()));

        recent.changedHere();

        assertThat(recent.show(head(Set.of()))).isNotSameAs(first);
        assertThat(computed).hasValue(2);
    }

    @Test
    void anotherPeriodChannelOrReaderIsAnotherScorecard() {
        recent.show(head(Set.of()));
        recent.show(head(Set.of("seo")));
        recent.show(new ScorecardRequest(Role.MARKETING_HEAD, Set.of("viewer"), Grain.MONTH, LocalDate.of(2026, 11, 5), Set.of()));
        recent.show(new ScorecardRequest(Role.MARKETING_HEAD, Set.of("marketing-head"), Grain.WEEK, LocalDate.of(2026, 11, 5), Set.of()));

        assertThat(computed).hasValue(4);
        recent.show(head(Set.of("seo")));
        assertThat(computed).hasValue(4);
    }

    @Test
    void aNewDayOrTheAgeLimitMeansComputingAgain() {
        recent.show(head(Set.of()));
        clock.advance(RecentScorecards.KEEP.plusSeconds(1));
        recent.show(head(Set.of()));
        assertThat(computed).hasValue(2);

        clock.advance(Duration.ofHours(20));  // past midnight: "today" moved, so did the pacing of goals
        recent.show(head(Set.of()));
        assertThat(computed).hasValue(3);
    }

    @Test
    void concurrentRequestsWaitForOneComputation() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger slow = new AtomicInteger();
        RecentScorecards gated = new RecentScorecards(request -> {
            slow.incrementAndGet();
            await(release);
            return compute(request);
        }, version::get, WorkMeter.NONE, clock);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Scorecard>> pages = java.util.stream.IntStream.range(0, 8)
                    .mapToObj(i -> pool.submit(() -> gated.show(head(Set.of())))).toList();
            Thread.sleep(200);
            release.countDown();
            Scorecard first = pages.getFirst().get(10, TimeUnit.SECONDS);
            for (Future<Scorecard> page : pages) {
                assertThat(page.get(10, TimeUnit.SECONDS)).isSameAs(first);
            }
            assertThat(slow).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedComputationIsNotKept() {
        AtomicInteger attempts = new AtomicInteger();
        RecentScorecards failingOnce = new RecentScorecards(request -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("database went away");
            }
            return compute(request);
        }, version::get, WorkMeter.NONE, clock);

        assertThatThrownBy(() -> failingOnce.show(head(Set.of()))).hasMessage("database went away");
        assertThat(failingOnce.show(head(Set.of()))).isNotNull();
        assertThat(attempts).hasValue(2);
    }

    private static ScorecardRequest head(Set<String> channels) {
        return new ScorecardRequest(Role.MARKETING_HEAD, Set.of("marketing-head"), Grain.MONTH, LocalDate.of(2026, 11, 5),
                channels);
    }

    private Scorecard compute(ScorecardRequest request) {
        computed.incrementAndGet();
        return new Scorecard(request.role(), request.grain(), Period.of(request.grain(), request.day()),
                request.day(), Coverage.complete(Period.of(request.grain(), request.day())), request.channels(), List.of(),
                List.of(), List.of(), Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), List.of());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
